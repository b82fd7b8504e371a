import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

/** The sample store at a stable path in dist/ (`?data=sample-data/tea-shop.csv`, the landing page's button). */
function sampleData(): Plugin {
  return {
    name: 'ottok-sample-data',
    apply: 'build',
    generateBundle() {
      const fileName = 'sample-data/tea-shop.csv';
      this.emitFile({ type: 'asset', fileName, source: readFileSync(fileName) });
    },
  };
}

/**
 * The service worker (Workbox, generated at build time): after the first visit it holds the app shell, the
 * DuckDB engine (.wasm and worker) and the sample store, so later visits start from the cache and work offline.
 * A new build brings a new precache list; the page offers to reload (src/state/app-update.svelte.ts).
 */
const serviceWorker = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{html,js,css,wasm,svg,png}', 'sample-data/*.csv'],
    // The engine's WebAssembly is 34 MB.
    maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  base: './',
  plugins: [svelte(), sampleData(), serviceWorker],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
});
