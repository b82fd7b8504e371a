// `npm run bench:cold` (part of `npm run bench`): the first visit on a cold cache and the return visit from the
// service worker's cache, in headless Chromium. Not a test: it prints figures and exits non-zero only when
// something errors.
//
//   node bench/cold.mjs [--runs N] [--no-build]
//
// Per run, in a fresh browser context (empty HTTP cache, no service worker):
//   first visit   bytes the page transferred (everything it fetched, the engine included) and what those same
//                 files weigh gzipped, as a compressing host (GitHub Pages, nginx) sends them; the time until
//                 the landing page's drop zone is in the page with its handlers (the app is mounted: a file can
//                 be dropped), the longest main-thread task before the engine is ready, the time until the
//                 DuckDB engine is ready (performance mark `ottok:engine-ready`, src/engine/engine.ts) and
//                 until the service worker has cached the app (its own downloads counted apart);
//   return visit  the same page opened again in that context: bytes from the network, drop zone, engine.
// Times are from navigation start (performance.now in the page); medians of N runs. vite preview serves the
// files uncompressed, on the loopback: the times are those of a very fast network, the bytes are exact.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_DIR, DATA_DIR } from './data.mjs';
import { run, startPreview } from './sys.mjs';

const ROOT = resolve(BENCH_DIR, '..');
const SITE = join(DATA_DIR, 'cold-site');
const PORT = 4784;
const MAIN_BUDGET_KB = 400;

const argv = process.argv.slice(2);
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(argv[runsArg + 1]) : 3;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs needs a positive integer');

const median = (xs) => {
  const v = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const s = (ms) => (ms == null ? '—' : `${(ms / 1000).toFixed(2)} s`);
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

/** gzip size of a file of the built site, by its URL path (what a compressing host would send). */
const gzCache = new Map();
function gzipped(pathname) {
  if (!gzCache.has(pathname)) {
    const file = join(SITE, pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1)));
    let size = 0;
    try {
      size = gzipSync(readFileSync(file), { level: 9 }).length;
    } catch {
      /* not a file of the site */
    }
    gzCache.set(pathname, size);
  }
  return gzCache.get(pathname);
}

/** The entry script and stylesheet index.html loads before anything else. */
function mainBundle() {
  const html = readFileSync(join(SITE, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const sizes = files.map((f) => ({ file: f, raw: readFileSync(join(SITE, f)).length, gz: gzipSync(readFileSync(join(SITE, f)), { level: 9 }).length }));
  return { files: sizes, js: sizes.filter((f) => f.file.endsWith('.js')) };
}

// In the page before any script: when the drop zone's file input appears (the app is mounted), and long tasks.
const RECORDER = () => {
  const state = { landing: null, longTasks: [] };
  window.__ottokCold = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const poll = () => {
    if (document.querySelector('input[data-input="files"]')) state.landing = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
};

async function visit(context, origin, { waitForWorkerCache }) {
  const fetched = [];
  const onRequest = async (request) => {
    const response = await request.response().catch(() => null);
    if (!response) return;
    const sizes = await request.sizes().catch(() => null);
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    fetched.push({
      path: url.pathname,
      bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
      fromCache: response.fromServiceWorker(),
      bySw: Boolean(request.serviceWorker()),
    });
  };
  context.on('requestfinished', onRequest);
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.__ottokCold?.landing != null, null, { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('ottok:engine-ready').length > 0, null, { timeout: 120_000 });
  const swMs = waitForWorkerCache
    ? await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        return performance.now();
      })
    : null;
  const figures = await page.evaluate(() => {
    const engine = performance.getEntriesByName('ottok:engine-ready')[0].startTime;
    const { landing, longTasks } = window.__ottokCold;
    const before = longTasks.filter((t) => t.start < engine);
    return { landing, engine, longestTask: Math.max(0, ...before.map((t) => t.duration)) };
  });
  await page.waitForTimeout(300); // the last responses' sizes
  context.off('requestfinished', onRequest);
  await page.close();
  const network = fetched.filter((f) => !f.fromCache);
  const pageNetwork = network.filter((f) => !f.bySw);
  return {
    ...figures,
    swMs,
    files: pageNetwork.length,
    bytes: pageNetwork.reduce((a, f) => a + f.bytes, 0),
    gzBytes: pageNetwork.reduce((a, f) => a + gzipped(f.path), 0),
    swBytes: network.filter((f) => f.bySw).reduce((a, f) => a + f.bytes, 0),
    fromCache: fetched.filter((f) => f.fromCache).length,
    networkPaths: pageNetwork.map((f) => f.path),
  };
}

async function main() {
  if (!argv.includes('--no-build')) run('npx', ['vite', 'build', '--outDir', SITE, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT });
  const bundle = mainBundle();
  const preview = await startPreview({ cwd: ROOT, outDir: SITE, port: PORT });
  const origin = preview.url.replace(/\/$/, '');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
  const first = [];
  const again = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      await context.addInitScript(RECORDER);
      first.push(await visit(context, origin, { waitForWorkerCache: true }));
      again.push(await visit(context, origin, { waitForWorkerCache: false }));
      await context.close();
      const f = first.at(-1);
      const a = again.at(-1);
      console.log(
        `  run ${i + 1}: first visit drop zone ${s(f.landing)}, engine ${s(f.engine)}, cached ${s(f.swMs)}, ${mb(f.bytes)}; ` +
          `return visit drop zone ${s(a.landing)}, engine ${s(a.engine)}, ${mb(a.bytes)} from the network`,
      );
    }
  } finally {
    await browser.close();
    preview.stop();
  }

  const m = (list, key) => median(list.map((r) => r[key]));
  const mainGz = bundle.js.reduce((a, f) => a + f.gz, 0);
  console.log('\n── cold first visit and return visit (medians of %d runs; loopback, a very fast network) ──', RUNS);
  console.log(`main bundle (index.html's entry):  ${bundle.files.map((f) => `${f.file} ${kb(f.raw)} → ${kb(f.gz)} gz`).join(', ')}`);
  console.log(`  JS ${kb(mainGz)} gzipped; budget ${MAIN_BUDGET_KB} KB → ${mainGz / 1024 <= MAIN_BUDGET_KB ? 'within' : 'OVER'}`);
  console.log(`first visit:  ${m(first, 'files')} files, ${mb(m(first, 'bytes'))} transferred as served (${mb(m(first, 'gzBytes'))} gzipped by a compressing host)`);
  console.log(`  drop zone usable   ${s(m(first, 'landing'))}`);
  console.log(`  engine ready       ${s(m(first, 'engine'))}   (the page is usable ${s(m(first, 'engine') - m(first, 'landing'))} before; longest main-thread task meanwhile ${Math.round(m(first, 'longestTask'))} ms)`);
  console.log(`  cached for offline ${s(m(first, 'swMs'))}   (the service worker's own downloads: ${mb(m(first, 'swBytes'))})`);
  console.log(`return visit: ${mb(m(again, 'bytes'))} from the network (${again[0].networkPaths.join(', ') || 'nothing'}), ${m(again, 'fromCache')} files from the service worker's cache`);
  console.log(`  drop zone usable   ${s(m(again, 'landing'))}`);
  console.log(`  engine ready       ${s(m(again, 'engine'))}   (${(m(first, 'engine') / m(again, 'engine')).toFixed(1)}× sooner than the first visit)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
