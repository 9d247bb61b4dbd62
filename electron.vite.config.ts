import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for the three Electron targets; the Chromium host and the e2e harness serve the
// same `out/renderer` the Electron window loads.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/electron/index.ts'),
          // The import worker runs in its own thread from out/main/import-worker.js (see main/import/import-worker-pool.ts).
          'import-worker': resolve(__dirname, 'main/import/routes/import-worker.ts'),
          // The offline suggester's thread, out/main/suggest-worker.js (see main/suggest/suggest-worker-pool.ts).
          'suggest-worker': resolve(__dirname, 'main/suggest/suggest-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified; every window (and every e2e story) then
      // parses 1.8 MB of comments and whitespace before the library shows.
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
