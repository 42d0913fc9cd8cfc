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
        // The unlock window (before the data opens) has its own preload with its own tiny API.
        input: { index: 'src/preload/index.ts', unlock: 'src/preload/unlock.ts' },
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
      rolldownOptions: {
        // The unlock page, shown before the data opens (src/renderer/src/unlock).
        input: { index: 'src/renderer/index.html', unlock: 'src/renderer/unlock.html' },
      },
    },
  },
});
