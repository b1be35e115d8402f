// electron-vite builds the three parts of the desktop app into out/: main (ESM, Node deps left external so
// better-sqlite3 loads its own native file), preload (one CommonJS file: sandboxed preloads cannot load ES modules
// or anything but 'electron' and a few built-ins, so everything is bundled into it), and the renderer, using the
// renderer's own Vite config so the desktop window and the HTTP host serve the very same build.
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import rendererConfig from './renderer/vite.config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // dependencies stay in node_modules (electron-builder packs them); better-sqlite3 must, being native.
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { ...rendererConfig.build?.rollupOptions, input: resolve(root, 'renderer/index.html') },
    },
  },
});
