#!/usr/bin/env node
/**
 * `npm run bench:cli` (issue 18): `ottok analyse` on native DuckDB over generated UCI-shaped CSV files of
 * 10 M, 50 M and — when the disk has room — 100 M lines (bench/.data/, git-ignored, made by bench/generate.mjs
 * and kept for the next run): wall time, peak memory (maximum resident set, /usr/bin/time -v), lines per second.
 * The browser's figure for the 10 M-line file comes from `npm run bench` (drop → overview in Chromium).
 * Figures, not a test. The machine may be shared: the figures say how many cores DuckDB had.
 *
 *   node bench/cli.mjs [--rows 10,50,100] [--memory 6GB] [--threads N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statfsSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from './data.mjs';
import { generateRetailCsv } from './generate.mjs';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10,50,100' }, memory: { type: 'string', default: '6GB' }, threads: { type: 'string' } } });
const millions = values.rows.split(',').map(Number);
const BYTES_PER_ROW = 57; // bench/generate.mjs: ~56 bytes a line
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
mkdirSync(DATA_DIR, { recursive: true });

const freeBytes = () => {
  const s = statfsSync(DATA_DIR);
  return s.bavail * s.bsize;
};

/** Runs the CLI under /usr/bin/time -v; returns seconds, peak RSS (bytes) and the CLI's JSON figures. */
function timed(file) {
  const out = path.join(DATA_DIR, `${path.basename(file, '.csv')}.ottok.json`);
  const args = ['-v', process.execPath, path.join(root, 'bin/ottok.mjs'), 'analyse', file, '--json', '--out', out, '--memory', values.memory];
  if (values.threads) args.push('--threads', values.threads);
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`ottok failed on ${file}: ${run.stderr.slice(-3000)}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN) * 1024;
  return { seconds, rss, summary: JSON.parse(run.stdout) };
}

// Build the CLI once, outside the timings.
spawnSync(process.execPath, [path.join(root, 'bin/ottok.mjs'), '--help'], { stdio: 'ignore' });

console.log(`ottok analyse on native DuckDB: ${values.threads ?? availableParallelism()} threads, memory limit ${values.memory} (spills beyond it), ` +
  `${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (a shared machine: other jobs run beside it)`);
const results = [];
for (const m of millions) {
  const rows = m * 1_000_000;
  const file = path.join(DATA_DIR, `gen_${m}m.csv`);
  if (!existsSync(file)) {
    const need = rows * BYTES_PER_ROW * 2.5; // the file, and DuckDB's spill files beside it
    if (freeBytes() < need) {
      console.log(`${m} M lines: skipped, needs ~${(need / 1e9).toFixed(0)} GB of free disk, ${(freeBytes() / 1e9).toFixed(0)} GB free`);
      continue;
    }
    const t = performance.now();
    process.stdout.write(`generating ${file}… `);
    await generateRetailCsv(file, rows);
    console.log(`${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  const bytes = statSync(file).size;
  const { seconds, rss, summary } = timed(file);
  results.push({ m, bytes, seconds, rss, summary });
  console.log(
    `${String(m).padStart(4)} M lines (${(bytes / 1e9).toFixed(1)} GB): ${seconds.toFixed(1)} s, peak memory ${(rss / 2 ** 30).toFixed(2)} GiB, ` +
      `${Math.round(rows / seconds).toLocaleString('en')} lines/s; ${summary.kpis.customers.toLocaleString('en')} customers, ${summary.kpis.orders.toLocaleString('en')} orders`,
  );
}
const ten = results.find((r) => r.m === 10);
if (ten) console.log(`10 M lines through the CLI: ${ten.seconds.toFixed(1)} s (the browser's drop → overview for the same file: npm run bench, "generated 10 M")`);
if (process.env.BENCH_CLI_CLEAN) for (const r of results) rmSync(path.join(DATA_DIR, `gen_${r.m}m.csv`), { force: true });
