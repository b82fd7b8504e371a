/** The import-graph check (scripts/check-imports.mjs): it catches what it must, and src/ passes it. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types
import { circles, importGraph, violations } from '../../scripts/check-imports.mjs';

type Graph = Map<string, string[]>;

describe('the import-graph check', () => {
  it('finds imports up a layer and circles in a hand-made graph', () => {
    const graph: Graph = new Map([
      ['src/views/overview/Overview.svelte', ['src/engine/engine.ts', 'src/state/dataset.svelte.ts']],
      ['src/analysis/kpis.ts', ['src/state/settings.svelte.ts', 'npm:svelte']],
      ['src/state/sample.ts', ['src/state/share-start.svelte.ts']],
      ['src/state/share-start.svelte.ts', ['src/state/sample.ts', 'src/views/registry.ts']],
      ['src/share/hash-codec.ts', ['src/state/settings.svelte.ts']],
      ['src/ingest/load.ts', ['npm:@duckdb/duckdb-wasm']],
      ['src/engine/engine.ts', ['npm:@duckdb/duckdb-wasm']],
    ]);
    const found = violations(graph) as string[];
    expect(found.map((v) => v.slice(v.lastIndexOf(': ') + 2)).sort()).toEqual(
      [
        'src/analysis/kpis.ts → src/state/settings.svelte.ts',
        'src/analysis/kpis.ts → svelte',
        'src/ingest/load.ts → @duckdb/duckdb-wasm',
        'src/share/hash-codec.ts → src/state/settings.svelte.ts',
        'src/state/share-start.svelte.ts → src/views/registry.ts',
        'src/views/overview/Overview.svelte → src/engine/engine.ts',
      ].sort(),
    );
    expect(circles(graph)).toEqual([['src/state/sample.ts', 'src/state/share-start.svelte.ts']]);
  });

  it('passes on src/', () => {
    const graph = importGraph() as Graph;
    expect(graph.size).toBeGreaterThan(150);
    expect(violations(graph)).toEqual([]);
    expect(circles(graph)).toEqual([]);
  });
});
