// Builds the renderer to out/renderer. base './' keeps asset URLs relative, so the same build loads from file://
// inside Electron and from the HTTP host (`npm run serve`).
// This file runs in Node at build time; the browser-only import rule is for the code under src/.
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    // Electron 40 ships a current Chromium; no legacy transpiling needed.
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `vite --config renderer/vite.config.ts` during development talks to a host started with `npm run serve`.
    proxy: { '/trpc': 'http://127.0.0.1:5180' },
  },
});
