import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

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

export default defineConfig({
  base: './',
  plugins: [svelte(), sampleData()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
});
