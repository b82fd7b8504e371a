#!/usr/bin/env node
/**
 * The import graph of src/ against the layer rules of docs/DESIGN.md §4 (run by `npm test`): no import
 * circles, and no import running up a layer. Prints each broken rule with the import; exit code 1 if any.
 * (dependency-cruiser would be the tool for this, but its releases for Node 20 cannot read TypeScript 6 and
 * its current ones need Node 22.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** [name, files it applies to, imports it forbids (src paths or npm packages)]. */
const PURE = /^src\/(analysis|simulate)\/|^src\/charts\/[^/]+-options\.ts$|^src\/charts\/(palette|status-colors)\.ts$/;
export const RULES = [
  ['analysis/, simulate/ and chart builders are pure: no state, views, app, ui, engine, Svelte or DuckDB', PURE,
    /^src\/(state|views|app|ui|engine)\/|\.svelte$|^npm:(svelte|@duckdb\/.*)$/],
  ['state never imports views, app or ui', /^src\/state\//, /^src\/(views|app|ui)\/|\.svelte$/],
  ['views and ui never import the engine', /^src\/(views|ui)\//, /^src\/engine\/|^npm:@duckdb\//],
  ['share/ (codecs, recorder, privacy) never imports state, views, app, ui or the engine', /^src\/share\//, /^src\/(state|views|app|ui|engine)\//],
  ['only engine/ imports DuckDB-WASM', /^src\/(?!engine\/)/, /^npm:@duckdb\/duckdb-wasm$/],
];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|svelte)$/.test(name) ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

const IMPORT = /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolve(from, spec) {
  const bare = spec.split('?')[0];
  if (!bare.startsWith('.')) return `npm:${bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : bare.split('/')[0]}`;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), bare));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
    if (existsSync(path.join(root, candidate)) && statSync(path.join(root, candidate)).isFile()) return candidate;
  }
  return base;
}

export function importGraph() {
  const graph = new Map();
  for (const file of files(path.join(root, 'src'))) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const targets = new Set();
    for (const m of text.matchAll(IMPORT)) targets.add(resolve(file, m[1] ?? m[2]));
    graph.set(file, [...targets].filter((t) => !/\.(sql|css)$/.test(t)));
  }
  return graph;
}

/** Strongly connected components with more than one file (Tarjan), i.e. the import circles. */
export function circles(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const found = [];
  const visit = (v) => {
    info.set(v, { index, low: index, on: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).on) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).on = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!info.has(v)) visit(v);
  return found;
}

export function violations(graph) {
  const out = [];
  for (const [file, targets] of graph) {
    for (const [rule, from, to] of RULES) {
      if (!from.test(file)) continue;
      for (const target of targets) if (to.test(target)) out.push(`${rule}: ${file} → ${target.replace(/^npm:/, '')}`);
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  const problems = [...violations(graph), ...circles(graph).map((c) => `import circle: ${c.join(' → ')}`)];
  for (const p of problems) console.log(p);
  const edges = [...graph.values()].reduce((n, t) => n + t.length, 0);
  console.log(`${graph.size} files, ${edges} imports: ${problems.length ? `${problems.length} broken rule(s)` : 'no circle, no import up a layer'}`);
  process.exitCode = problems.length ? 1 : 0;
}
