import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // better-sqlite3 is a native module: it must be loaded from node_modules, not bundled.
      externalizeDeps: true,
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
    },
  },
});
