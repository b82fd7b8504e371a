import { defineConfig } from 'vite';

/**
 * The command line (src/cli/ottok.ts) built for Node into bin/dist/ottok.js: the app's TypeScript and its `.sql`
 * files (`?raw` imports) in one ES module; packages (@duckdb/node-api, read-excel-file, …) stay imports.
 */
export default defineConfig({
  build: {
    ssr: 'src/cli/ottok.ts',
    outDir: 'bin/dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: { output: { format: 'es', entryFileNames: 'ottok.js' } },
  },
  logLevel: 'warn',
});
