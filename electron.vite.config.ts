import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // better-sqlite3 is a native module: it must be loaded from node_modules, not bundled.
      externalizeDeps: true,
      rolldownOptions: {
        // The handout renderer runs on a worker thread, from its own file beside index.js.
        input: {
          index: 'src/main/electron/index.ts',
          'handout-worker': 'src/main/handout/worker.ts',
          // Backups are made on a worker thread too (src/main/db/backup-in-worker.ts).
          'backup-worker': 'src/main/db/backup-worker.ts',
          'integrity-worker': 'src/main/db/integrity-worker.ts',
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load ES modules or packages: one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    plugins: [react()],
    build: {
      // The built renderer is also what the web host serves, so it stays self-contained.
      assetsInlineLimit: 0,
      // Minified: the window's code is parsed at every start (a third of the time to the list).
      minify: true,
    },
  },
});
