// `npm run bench`: the speed benchmark of issue #2 ("Speed"). Not a test: it prints figures and exits
// non-zero only when something errors (a crash, a timeout, a build failure), never for a missed target.
//
//   node bench/run.mjs [--quick] [--runs N] [--no-profile] [--experiments]
//     --quick        UCI Online Retail + generated 1 M rows only (default: also the generated 10 M rows)
//     --runs N       timed runs per file and side (default 3); the median is reported
//     --no-profile   skip the per-statement profile of the app's SQL pipeline
//     --only a,b     only these files (keys: uci, gen_1m, gen_10m)
//     --no-wait      do not wait for the machine to go quiet before each run (default: wait up to 5 min
//                    until other processes use < 0.3 cores; the CPU other processes took is printed per run)
//     --no-build     reuse the last build in bench/.data/site
//     --experiments  also split the bulk load of the 10 M file into its parts (always done for smaller files)
//     --side S       only the app or only the bare side (app | bare)
//     --huge         also a generated 40 M-row file (≈ 2.3 GB, made once in bench/.data/, ~2 min): one load
//                    with the overview and the churn view (e.g. `node bench/run.mjs --huge --only gen_40m --runs 1`)
//
// What it does: builds the site into bench/.data/site (the same `vite build` as `npm start`, kept apart from
// dist/ so tests running meanwhile are not disturbed) and the bench harness into bench/.data/site/bare, serves
// both with `vite preview`, and in headless Chromium times, per file and run, on a fresh page:
//   app   the real UI path: setInputFiles on the file input → mapping step shown → click confirm-mapping →
//         `.app[data-phase=ready][data-state=ready]` with KPI tiles. A tiny file is loaded first on every page
//         so the engine is started (issue: "engine already started"). Times are taken in the page.
//   bare  DuckDB-WASM alone on the app's own worker/wasm assets: registerFileHandle → read_csv (auto-detect)
//         → a minimal orders table → dataset-range, window-totals and monthly queries of the app.
// and once per file the app's SQL pipeline statement by statement (bench/harness, mode appsql).
import { chromium } from '@playwright/test';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { BENCH_DIR, DATA_DIR, prepareData } from './data.mjs';
import { machineTicks, memorySampler, run, startPreview, waitForQuiet } from './sys.mjs';
import { printViewTimes, setViewTimeout, timeTierChange, timeViews } from './views.mjs';

const ROOT = resolve(BENCH_DIR, '..');
const SITE = join(DATA_DIR, 'site');
const PORT = Number(process.env.BENCH_PORT ?? 4783);
const TARGETS = { uci: 4, gen_1m: 6, gen_10m: 45, gen_40m: 240 };
const MAX_RATIO = 1.5;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(argv[runsArg + 1]) : 3;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs needs a positive integer');
const QUICK = flag('--quick');
const HUGE = flag('--huge');
const sideArg = argv.indexOf('--side');
const SIDES = sideArg >= 0 ? [argv[sideArg + 1]] : ['app', 'bare'];
const PROFILE = !flag('--no-profile');
const EXPERIMENTS_10M = flag('--experiments');
const WAIT = !flag('--no-wait');
const BUILD = !flag('--no-build');
const onlyArg = argv.indexOf('--only');
const ONLY = onlyArg >= 0 ? argv[onlyArg + 1].split(',') : null;

const s = (ms) => (ms == null ? '—' : (ms / 1000).toFixed(2));
const median = (xs) => {
  const v = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const errors = [];

// In-page recorder for the app: timestamps (performance.now) of the file input's change event, the mapping
// step appearing, the confirm click and the overview being ready; progress-bar samples every 250 ms.
const RECORDER = () => {
  const state = { marks: {}, progress: [], error: null };
  window.__ottokBench = state;
  window.__ottokBenchReset = () => {
    state.marks = {};
    state.progress = [];
    state.error = null;
  };
  const mark = (k) => {
    if (!(k in state.marks)) state.marks[k] = performance.now();
  };
  document.addEventListener('change', (e) => e.target?.matches?.('input[data-input="files"]') && mark('change'), true);
  document.addEventListener('click', (e) => e.target?.closest?.('[data-action="confirm-mapping"]') && mark('confirm'), true);
  const check = () => {
    const m = state.marks;
    if (!('change' in m)) return;
    if (document.querySelector('[data-action="confirm-mapping"]')) mark('mapping');
    const app = document.querySelector('.app');
    if ('confirm' in m && app?.matches('[data-phase="ready"][data-state="ready"]') && document.querySelector('[data-kpi]')) mark('ready');
    const problem = document.querySelector('[data-messages]');
    if (problem && !state.error && (app?.dataset.phase !== 'loading')) state.error = problem.textContent.trim().slice(0, 300);
    if ('confirm' in m && app?.dataset.phase === 'mapping' && !('ready' in m) && !state.error) {
      // back on the mapping step after confirming: a load error
      state.error = (document.querySelector('main')?.textContent ?? '').trim().slice(0, 300);
    }
  };
  const start = () => new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
  setInterval(() => {
    const bar = document.querySelector('[role="progressbar"][data-progress]');
    if (!bar || !('confirm' in state.marks) || 'ready' in state.marks) return;
    state.progress.push({
      t: performance.now() - state.marks.confirm,
      progress: Number(bar.dataset.progress),
      valuenow: Number(bar.getAttribute('aria-valuenow')),
      heap: performance.memory?.usedJSHeapSize ?? null,
    });
  }, 250);
};

function crashGuard(page) {
  let fail;
  const crashed = new Promise((_, reject) => (fail = reject));
  crashed.catch(() => {});
  page.on('crash', () => fail(new Error('the page crashed (renderer out of memory?)')));
  page.on('pageerror', (e) => console.log(`    [page error] ${String(e.message).slice(0, 200)}`));
  return (promise) => Promise.race([promise, crashed]);
}

/** Drops `path` on the app and confirms the mapping; returns the page's marks. */
async function loadThroughUi(page, guard, path, timeout) {
  await page.evaluate(() => window.__ottokBenchReset());
  await page.setInputFiles('input[data-input="files"]', path);
  await guard(page.waitForFunction(() => window.__ottokBench.marks.mapping || window.__ottokBench.error, null, { timeout: 120_000, polling: 50 }));
  let state = await page.evaluate(() => window.__ottokBench);
  if (state.error) throw new Error(`after dropping ${basename(path)}: ${state.error}`);
  await page.click('[data-action="confirm-mapping"]', { timeout: 10_000 });
  await guard(page.waitForFunction(() => window.__ottokBench.marks.ready || window.__ottokBench.error, null, { timeout, polling: 100 }));
  state = await page.evaluate(() => window.__ottokBench);
  if (state.error && !state.marks.ready) throw new Error(`loading ${basename(path)}: ${state.error}`);
  return state;
}

async function appRun(context, base, file, warmup, timeout) {
  const page = await context.newPage();
  const guard = crashGuard(page);
  try {
    await page.goto(base);
    await page.waitForSelector('input[data-input="files"]', { state: 'attached' });
    await loadThroughUi(page, guard, warmup, 120_000); // engine started, code warm
    await page.click('[data-action="new-file"]');
    await page.waitForSelector('input[data-input="files"]', { state: 'attached' });
    const state = await loadThroughUi(page, guard, file.path, timeout);
    const m = state.marks;
    console.log(`    (app loaded in ${s(m.mapping - m.change + (m.ready - m.confirm))} s; now the views)`);
    setViewTimeout(file.key.startsWith('gen_') && file.key !== 'gen_1m' ? 15 * 60_000 : 120_000);
    const kpis = await page.$$eval('[data-kpi]', (els) => Object.fromEntries(els.map((e) => [e.dataset.kpi, Number(e.dataset.value)])));
    // every view on every file once (first visit and again); the 40 M file: the overview and churn
    const views = file.viewsTimed ? null : await timeViews(page, file.key === 'gen_40m' ? ['overview', 'churn'] : undefined);
    if (views) {
      file.viewsTimed = true;
      printViewTimes(file.label, views);
      if (file.key !== 'gen_40m') {
        const tier = await timeTierChange(page);
        console.log(`    simulator tier added → new replay: ${tier.ms} ms (the page's replay ${tier.replayMs.toFixed(0)} ms)`);
      }
    }
    return {
      views,
      toMapping: m.mapping - m.change,
      confirmToReady: m.ready - m.confirm,
      total: m.mapping - m.change + (m.ready - m.confirm),
      progress: state.progress,
      kpis,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

async function harnessRun(context, url, file, warmup, timeout) {
  const page = await context.newPage();
  const guard = crashGuard(page);
  try {
    await page.goto(url);
    await guard(page.waitForFunction(() => window.__bench?.ready || window.__bench?.startError, null, { timeout: 120_000 }));
    const startError = await page.evaluate(() => window.__bench.startError);
    if (startError) throw new Error(`harness did not start: ${startError}`);
    const runOnce = async (path, n) => {
      await page.setInputFiles('#file', path);
      await guard(page.waitForFunction((k) => window.__bench.runs.length >= k, n, { timeout, polling: 100 }));
      const entry = await page.evaluate((k) => window.__bench.runs[k - 1], n);
      if (entry.error) throw new Error(`harness on ${basename(path)}: ${entry.error.slice(0, 400)}`);
      return entry;
    };
    await runOnce(warmup, 1);
    return await runOnce(file.path, 2);
  } finally {
    await page.close().catch(() => {});
  }
}

function hashedAsset(pattern) {
  const name = readdirSync(join(SITE, 'assets')).find((f) => pattern.test(f));
  if (!name) throw new Error(`no asset matching ${pattern} in ${SITE}/assets`);
  return name;
}

async function main() {
  console.log(`Ottok bench: ${QUICK ? 'quick (UCI + 1 M)' : 'full (UCI + 1 M + 10 M)'}, ${RUNS} run(s) per file and side`);
  const loadAtStart = loadavg();
  console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; load average ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}` +
    (loadAtStart[0] > cpus().length * 0.5 ? '  (other work is running: timings will be inflated)' : ''));
  const prepared = await prepareData({ quick: QUICK && !ONLY?.includes('gen_10m'), huge: HUGE || Boolean(ONLY?.includes('gen_40m')) });
  const warmup = prepared.warmup;
  const files = prepared.files.filter((f) => !ONLY || ONLY.includes(f.key));

  if (BUILD) {
    console.log('\nbuilding the site and the harness…');
    // src/ may be mid-edit by someone else: a failed build is retried a few times before giving up.
    for (let attempt = 1; ; attempt++) {
      try {
        run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', SITE, '--emptyOutDir'], { cwd: ROOT });
        run('npx', ['vite', 'build', '--config', join(BENCH_DIR, 'harness/vite.config.mjs')], {
          cwd: ROOT,
          env: { ...process.env, BENCH_HARNESS_OUT: join(SITE, 'bare') },
        });
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
        console.log(`build failed (attempt ${attempt}); retrying in 30 s…`);
        await new Promise((r) => setTimeout(r, 30_000));
      }
    }
  } else {
    console.log(`\n--no-build: using the existing build in ${SITE} (${statSync(join(SITE, 'index.html')).mtime.toISOString()})`);
  }
  const workerAsset = hashedAsset(/^duckdb-browser-eh\.worker-.*\.js$/);
  const wasmAsset = hashedAsset(/^duckdb-eh-.*\.wasm$/);

  const server = await startPreview({ cwd: ROOT, outDir: SITE, port: PORT });
  const stopAll = [];
  stopAll.push(() => server.stop());
  const onSignal = () => {
    for (const f of stopAll.reverse()) f();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
  });
  stopAll.push(() => browser.close().catch(() => {}));
  // The browser runs as a child of this process (Playwright's in-process driver); the server is left out.
  const memory = memorySampler(process.pid, [server.pid]);
  stopAll.push(() => memory.stop());
  const version = browser.version();
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  await context.addInitScript(RECORDER);

  const bareUrl = `${server.url}bare/index.html?mode=bare&worker=../assets/${workerAsset}&wasm=../assets/${wasmAsset}`;
  const results = [];
  try {
    for (const file of files) {
      const timeout = file.key === 'gen_40m' ? 60 * 60_000 : file.key === 'gen_10m' ? 20 * 60_000 : 5 * 60_000;
      const r = { ...file, app: [], bare: [], appErrors: [], bareErrors: [], memory: {} };
      results.push(r);
      console.log(`\n== ${file.label}: ${basename(file.path)}, ${file.rows.toLocaleString('en')} rows, ${mb(file.bytes)}`);
      for (let i = 1; i <= RUNS; i++) {
        for (const side of SIDES) {
          if (WAIT) await waitForQuiet();
          memory.reset();
          const machineBefore = machineTicks();
          const t = performance.now();
          try {
            const x = side === 'app' ? await appRun(context, server.url, file, warmup, timeout) : await harnessRun(context, bareUrl, file, warmup, timeout);
            const peak = memory.peak();
            const wall = (performance.now() - t) / 1000;
            const cpu = memory.cpuSeconds();
            const others = Math.max(0, (machineTicks().busy - machineBefore.busy) / 100 - cpu) / wall;
            r.memory[side] = Math.max(r.memory[side] ?? 0, peak.totalMb);
            x.browserCpuPerWall = cpu / wall;
            x.otherCores = others;
            const load = `browser CPU ${cpu.toFixed(1)} s in ${wall.toFixed(1)} s wall; other processes ${others.toFixed(2)} cores`;
            if (side === 'app') {
              r.app.push(x);
              const moved = new Set(x.progress.map((p) => p.valuenow)).size;
              console.log(
                `  run ${i} app : drop→mapping ${s(x.toMapping)} s + confirm→ready ${s(x.confirmToReady)} s = ${s(x.total)} s` +
                  `  (progress: ${x.progress.length} samples, ${moved} distinct values; browser RSS peak ${peak.totalMb.toFixed(0)} MB; ${load})`,
              );
            } else {
              r.bare.push(x);
              const detail = x.steps.map((st) => `${st.name.split(' ')[0]} ${s(st.ms)}`).join(', ');
              console.log(`  run ${i} bare: ${s(x.ms)} s  (${detail}; RSS peak ${peak.totalMb.toFixed(0)} MB; ${load})`);
            }
          } catch (error) {
            const message = String(error?.message ?? error).split('\n')[0].slice(0, 400);
            (side === 'app' ? r.appErrors : r.bareErrors).push(message);
            errors.push(`${file.key} ${side} run ${i}: ${message}`);
            console.log(`  run ${i} ${side}: ERROR after ${s(performance.now() - t)} s: ${message}  (RSS peak ${memory.peak().totalMb.toFixed(0)} MB)`);
          }
        }
      }
      if (PROFILE && file.key !== 'gen_40m') {
        const exp = !file.key.startsWith('gen_') || file.key === 'gen_1m' || EXPERIMENTS_10M;
        if (WAIT) await waitForQuiet();
        try {
          const x = await harnessRun(context, `${server.url}bare/index.html?mode=appsql${exp ? '&exp=1' : ''}`, file, warmup, timeout * 2);
          r.profile = x;
          console.log(`  profile of the app's SQL pipeline (one run, ${s(x.ms)} s in all):`);
          for (const st of x.steps) if (st.name.startsWith('#') || st.ms >= 20) console.log(`    ${st.name.startsWith('#') ? '' : s(st.ms).padStart(7) + ' s  '}${st.name}`);
          const small = x.steps.filter((st) => !st.name.startsWith('#') && st.ms < 20);
          console.log(`    ${s(small.reduce((a, st) => a + st.ms, 0)).padStart(7)} s  (${small.length} statements under 20 ms each)`);
          for (const e of x.result.experiments ?? []) {
            const progress = `  [progress callbacks: ${e.progressEvents}, ${e.progressDistinct} distinct values in (0,1)]`;
            console.log(`    ${s(e.ms).padStart(7)} s  ${e.name}${e.error ? `  ERROR ${e.error}` : ''}${progress}`);
          }
        } catch (error) {
          const message = String(error?.message ?? error).split('\n')[0].slice(0, 400);
          errors.push(`${file.key} profile: ${message}`);
          console.log(`  profile: ERROR ${message}`);
        }
      }
    }
  } finally {
    for (const f of stopAll.reverse()) f();
  }

  // ---------------------------------------------------------------- summary
  const rows = results.map((r) => {
    const app = median(r.app.map((x) => x.total));
    const bare = median(r.bare.map((x) => x.ms));
    const ratio = app != null && bare != null ? app / bare : null;
    const target = TARGETS[r.key];
    const progressValues = new Set(r.app.flatMap((x) => x.progress.map((p) => p.valuenow)));
    // The longest time the bar showed one value (between samples ~250 ms apart), over all app runs.
    let stall = { ms: 0, at: null };
    for (const x of r.app) {
      let since = x.progress[0];
      for (const p of x.progress) {
        if (p.valuenow !== since.valuenow) since = p;
        if (p.t - since.t > stall.ms) stall = { ms: p.t - since.t, at: p.valuenow };
      }
    }
    const heap = Math.max(0, ...r.app.flatMap((x) => x.progress.map((p) => p.heap ?? 0)));
    return {
      file: basename(r.path),
      rows: r.rows,
      size: r.bytes,
      runs: `${r.app.length}/${RUNS}`,
      toMapping: median(r.app.map((x) => x.toMapping)),
      confirmToReady: median(r.app.map((x) => x.confirmToReady)),
      app,
      bare,
      ratio,
      target,
      timePass: app == null ? 'ERROR' : app / 1000 <= target ? 'pass' : 'FAIL',
      ratioPass: ratio == null ? 'ERROR' : ratio <= MAX_RATIO ? 'pass' : 'FAIL',
      otherCores: Math.max(0, ...r.app.map((x) => x.otherCores ?? 0), ...r.bare.map((x) => x.otherCores ?? 0)),
      progressDistinct: progressValues.size,
      progressStall: stall,
      progressMax: progressValues.size ? Math.max(...progressValues) : null,
      mainHeapMb: heap ? heap / 1e6 : null,
      rssMb: r.memory,
      kpis: r.app[0]?.kpis,
      bareResult: r.bare[0]?.result,
      appErrors: r.appErrors,
      bareErrors: r.bareErrors,
    };
  });

  console.log(`\nResults (median of ${RUNS}; Chromium ${version}, headless, ${process.platform}; times in s; load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  const header = ['file', 'rows', 'size', 'ok runs', 'drop→map', 'confirm→ready', 'app', 'bare', 'app/bare', 'target', 'time', 'ratio≤1.5', 'others (cores)'];
  const table = rows.map((r) => [
    r.file,
    r.rows.toLocaleString('en'),
    mb(r.size),
    r.runs,
    s(r.toMapping),
    s(r.confirmToReady),
    s(r.app),
    s(r.bare),
    r.ratio == null ? '—' : `${r.ratio.toFixed(2)}×`,
    `≤ ${r.target} s`,
    r.timePass,
    r.ratioPass,
    r.otherCores.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i < 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i < 1 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of table) console.log(line(row));
  console.log('("others": the most CPU other processes on the machine used during any run of that file, in cores of 2;');
  console.log(' anything well above 0 inflates the times.)');
  for (const r of rows) {
    console.log(
      `${r.file}: progress bar showed ${r.progressDistinct} distinct value(s) (max ${r.progressMax ?? '—'} %), ` +
        `longest stall ${s(r.progressStall.ms)} s at ${r.progressStall.at ?? '—'} % ` +
        `(${r.app == null ? 'no successful run' : r.progressStall.ms <= 0.25 * r.app ? 'moves' : 'STUCK for over a quarter of the load'})` +
        `; browser RSS peak app ${r.rssMb.app?.toFixed(0) ?? '—'} MB, bare ${r.rssMb.bare?.toFixed(0) ?? '—'} MB` +
        `${r.mainHeapMb ? `; main-thread JS heap max ${r.mainHeapMb.toFixed(0)} MB` : ''}`,
    );
  }
  const out = join(DATA_DIR, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), chromium: version, runs: RUNS, quick: QUICK, rows, raw: results }, null, 2));
  console.log(`\nraw figures: ${out}`);
  if (errors.length) {
    console.log(`\n${errors.length} error(s):`);
    for (const e of errors) console.log(`  - ${e}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
