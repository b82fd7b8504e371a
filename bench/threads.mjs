// `node bench/threads.mjs [--runs N] [--only uci,gen_1m,gen_10m]`: the issue-12 "both cores" experiment.
// DuckDB-WASM's threaded build (duckdb-coi.wasm + its pthread worker) needs a cross-origin isolated page; here a
// local server sends the COOP/COEP headers a service worker would add on a static host. The bare harness
// (bench/harness, mode=bare: read_csv → orders → the overview's queries) runs interleaved on the
// single-threaded build the app ships (duckdb-eh) and on the threaded build with `SET threads = 2`; medians.
// Not a test and not part of `npm run bench`: it prints figures to decide whether the threaded build is worth it.
// Seen so far (duckdb-wasm 1.32, Chromium 156, page cross-origin isolated): the threaded build starts its four
// pthread workers but `instantiate` never resolves (waited 240 s), so the app keeps the single-threaded build.
import { chromium } from '@playwright/test';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, resolve } from 'node:path';
import { BENCH_DIR, DATA_DIR, prepareData } from './data.mjs';
import { run } from './sys.mjs';

const ROOT = resolve(BENCH_DIR, '..');
const SITE = join(DATA_DIR, 'threads-site');
const DUCKDB = join(ROOT, 'node_modules/@duckdb/duckdb-wasm/dist');
const argv = process.argv.slice(2);
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(argv[runsArg + 1]) : 3;
const onlyArg = argv.indexOf('--only');
const ONLY = onlyArg >= 0 ? argv[onlyArg + 1].split(',') : ['uci', 'gen_1m'];

const BUILDS = {
  single: 'mode=bare&worker=../engine/duckdb-browser-eh.worker.js&wasm=../engine/duckdb-eh.wasm',
  threads: 'mode=bare&worker=../engine/duckdb-browser-coi.worker.js&wasm=../engine/duckdb-coi.wasm&pthread=../engine/duckdb-browser-coi.pthread.worker.js&threads=2',
};
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

function serve() {
  const server = http.createServer((request, response) => {
    const file = join(SITE, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!file.startsWith(SITE) || !existsSync(file) || statSync(file).isDirectory()) return void response.writeHead(404).end();
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function once(browser, url, file, warmup) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.ready || window.__bench?.startError, null, { timeout: 120_000 });
    const start = await page.evaluate(() => ({ error: window.__bench.startError, threads: window.__bench.threads, isolated: window.__bench.isolated }));
    if (start.error) throw new Error(start.error);
    const runFile = async (path, n) => {
      await page.setInputFiles('#file', path);
      await page.waitForFunction((k) => window.__bench.runs.length >= k, n, { timeout: 600_000, polling: 100 });
      const entry = await page.evaluate((k) => window.__bench.runs[k - 1], n);
      if (entry.error) throw new Error(entry.error);
      return entry;
    };
    await runFile(warmup, 1);
    return { ...start, ...(await runFile(file, 2)) };
  } finally {
    await page.close();
  }
}

async function main() {
  mkdirSync(join(SITE, 'engine'), { recursive: true });
  run('npx', ['vite', 'build', '--config', 'bench/harness/vite.config.mjs'], { cwd: ROOT, env: { ...process.env, BENCH_HARNESS_OUT: join(SITE, 'bare') } });
  for (const f of ['duckdb-eh.wasm', 'duckdb-browser-eh.worker.js', 'duckdb-coi.wasm', 'duckdb-browser-coi.worker.js', 'duckdb-browser-coi.pthread.worker.js']) {
    copyFileSync(join(DUCKDB, f), join(SITE, 'engine', f));
  }
  const { files, warmup } = await prepareData({ quick: !ONLY.includes('gen_10m') });
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    for (const file of files.filter((f) => ONLY.includes(f.key))) {
      const times = { single: [], threads: [] };
      const steps = { single: [], threads: [] };
      for (let i = 0; i < RUNS; i++) {
        for (const build of ['single', 'threads']) {
          let r;
          try {
            r = await once(browser, `${origin}/bare/index.html?${BUILDS[build]}`, file.path, warmup);
          } catch (error) {
            console.log(`  ${file.key} run ${i + 1} ${build}: FAILED — ${String(error.message ?? error).split('\n')[0]}`);
            continue;
          }
          times[build].push(r.ms);
          steps[build].push(r.steps);
          console.log(`  ${file.key} run ${i + 1} ${build}: ${(r.ms / 1000).toFixed(2)} s (threads ${r.threads}, isolated ${r.isolated}, ${r.result.rows} rows)`);
        }
      }
      if (times.single.length === 0 || times.threads.length === 0) {
        console.log(`${file.label}: no comparison (a build did not run: see above)`);
        continue;
      }
      const a = median(times.single);
      const b = median(times.threads);
      console.log(`${file.label} (${file.rows.toLocaleString('en')} rows): single-threaded ${(a / 1000).toFixed(2)} s, threaded ×2 ${(b / 1000).toFixed(2)} s → ${(a / b).toFixed(2)}× ${b < a ? 'faster' : 'slower'}`);
      for (const [k, name] of steps.single[0].map((s, j) => [j, s.name])) {
        const sa = median(steps.single.map((s) => s[k].ms));
        const sb = median(steps.threads.map((s) => s[k].ms));
        console.log(`    ${name.padEnd(48)} ${(sa / 1000).toFixed(2)} s  vs  ${(sb / 1000).toFixed(2)} s`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
