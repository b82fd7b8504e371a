// Builds the bench harness (bench/harness) into the served site as `bare/` (see bench/run.mjs).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: process.env.BENCH_HARNESS_OUT ?? here('../.data/site/bare'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
  },
  worker: { format: 'es' },
});
