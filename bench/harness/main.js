// Bench harness page, served as `bare/index.html` next to the built app (bench/run.mjs drives it).
//   ?mode=bare&worker=<url>&wasm=<url>  plain DuckDB-WASM on the app's own worker/wasm assets: read_csv with
//                                        auto-detection, a minimal orders table, the overview's queries.
//   ?mode=appsql[&exp=1]                the app's own load pipeline (src/ingest/load.ts …) on the app's engine
//                                        (src/engine/engine.ts), every SQL statement timed; exp=1 adds
//                                        experiments that split the bulk load into its parts.
// A file picked in #file is run once; results land in window.__bench and body[data-state].
import * as duckdb from '@duckdb/duckdb-wasm';
import rangeSql from '../../src/analysis/sql/dataset-range.sql?raw';
import windowTotalsSql from '../../src/analysis/sql/window-totals.sql?raw';
import monthlySql from '../../src/analysis/sql/monthly.sql?raw';
import linesSql from '../../src/ingest/sql/lines.sql?raw';
import purchasesSql from '../../src/ingest/sql/purchases.sql?raw';
import { startEngine } from '../../src/engine/engine';
import { inspectFile } from '../../src/ingest/inspect';
import { guessMapping } from '../../src/ingest/mapping';
import { guessColumnFormats } from '../../src/ingest/column-formats';
import { loadFiles } from '../../src/ingest/load';
import { DEFAULT_CLEANING } from '../../src/ingest/clean';
import { createRawView, readCsvSelect } from '../../src/ingest/raw-load';
import { createMappedView } from '../../src/ingest/mapped-view';
import { qualityReport } from '../../src/ingest/quality';
import { datasetRange, monthly } from '../../src/analysis/monthly';
import { windowTotals } from '../../src/analysis/kpis';

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'bare';
const out = document.getElementById('out');
const bench = (window.__bench = { mode, ready: false, runs: [] });
const log = (s) => (out.textContent += `${s}\n`);

function label(sql) {
  const body = sql
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('--'))
    .join(' ');
  const from = /\bFROM\s+([a-z_0-9]+)/i.exec(body)?.[1];
  const first = body.slice(0, 60);
  return from && !first.includes(`FROM ${from}`) ? `${first} … FROM ${from}` : first;
}

const plainRows = (table) =>
  JSON.parse(JSON.stringify(table.toArray().map((r) => r.toJSON()), (_, v) => (typeof v === 'bigint' ? Number(v) : v)));

// ---------------------------------------------------------------- bare DuckDB-WASM
let bare;
async function startBare() {
  const worker = new Worker(params.get('worker'));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  // &pthread=<url>&threads=N: the threaded (cross-origin isolated) build, as bench/threads.mjs runs it.
  await db.instantiate(params.get('wasm'), params.get('pthread') ?? undefined);
  await db.open({});
  const conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
  if (params.get('threads')) await conn.query(`SET threads = ${Number(params.get('threads'))}`);
  bench.threads = plainRows(await conn.query("SELECT current_setting('threads')::INTEGER AS n"))[0].n;
  bench.isolated = self.crossOriginIsolated;
  bare = { db, conn };
}

async function runBare(file, steps) {
  const { db, conn } = bare;
  const timed = async (name, fn) => {
    const t = performance.now();
    const result = await fn();
    steps.push({ name, ms: performance.now() - t });
    return result;
  };
  const prepared = async (sql, args) => {
    const st = await conn.prepare(sql);
    try {
      return plainRows(await st.query(...args));
    } finally {
      await st.close();
    }
  };
  await timed('registerFileHandle', () =>
    db.registerFileHandle('input.csv', file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true),
  );
  await timed('read_csv (auto-detect) → table t', () =>
    conn.query(`CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('input.csv')`),
  );
  const [counts] = plainRows(await conn.query('SELECT count(*)::INTEGER AS n FROM t'));
  await timed('orders (minimal cleaning, group by invoice)', () =>
    conn.query(`CREATE OR REPLACE TABLE orders AS
      SELECT CAST(CustomerID AS VARCHAR) AS customer_id, CAST(InvoiceNo AS VARCHAR) AS order_id,
             min(InvoiceDate) AS order_ts, min(InvoiceDate)::DATE AS order_date,
             sum(Quantity * UnitPrice) AS revenue, count(*)::INTEGER AS lines
      FROM t WHERE CustomerID IS NOT NULL AND Quantity > 0 AND UnitPrice > 0
      GROUP BY 1, 2`),
  );
  const [range] = await timed('dataset-range.sql', async () => plainRows(await conn.query(rangeSql)));
  const totals = await timed('window-totals.sql', () => prepared(windowTotalsSql, [range.first_date, range.last_date]));
  const months = await timed('monthly.sql', () => prepared(monthlySql, [range.first_date, range.last_date]));
  await db.dropFile('input.csv');
  return { rows: counts.n, range, totals: totals[0], months: months.length };
}

// ---------------------------------------------------------------- the app's pipeline, every statement timed
let engine;
function timedEngine(inner, steps) {
  return {
    async query(sql, args) {
      const t = performance.now();
      try {
        return await inner.query(sql, args);
      } finally {
        steps.push({ name: label(sql), ms: performance.now() - t });
      }
    },
    async registerFile(name, blob) {
      const t = performance.now();
      await inner.registerFile(name, blob);
      steps.push({ name: `registerFile ${name}`, ms: performance.now() - t });
    },
    registerBuffer: (n, b) => inner.registerBuffer(n, b),
    dropFile: (n) => inner.dropFile(n),
    onProgress: (cb) => inner.onProgress(cb),
  };
}

async function runAppSql(file, steps) {
  const group = (name) => steps.push({ name: `# ${name}`, ms: 0 });
  let t = performance.now();
  const inspected = await inspectFile(file);
  if (!inspected.ok) throw new Error(`inspect: ${JSON.stringify(inspected.problem)}`);
  const guess = guessMapping(inspected.file.header, inspected.file.rows);
  const formats = guessColumnFormats(inspected.file, guess.mapping);
  steps.push({ name: 'inspect + guess mapping/formats (main thread JS)', ms: performance.now() - t });
  const e = timedEngine(engine, steps);
  group('loadFiles');
  const progress = [];
  t = performance.now();
  await loadFiles(e, { files: [inspected.file], mapping: guess.mapping, ...formats, cleaning: DEFAULT_CLEANING }, (stage, f) =>
    progress.push([Math.round(performance.now() - t), stage, Math.round(f * 1000) / 1000]),
  );
  steps.push({ name: `# engine memory after loadFiles: ${await memoryInUse()}`, ms: 0 });
  group('refresh + overview');
  await qualityReport(e);
  const range = await datasetRange(e);
  const w = { start: range.first_date, end: range.last_date };
  const totals = await windowTotals(e, w);
  const months = await monthly(e, w);
  steps.push({ name: `# engine memory after the overview: ${await memoryInUse()}`, ms: 0 });
  const [lines] = await engine.query('SELECT count(*)::INTEGER AS n FROM lines');
  const result = { rows: lines.n, range, totals, months: months.length, mapping: guess.mapping, progress: progress.slice(0, 400) };
  if (params.get('exp') === '1') result.experiments = await experiments(file, inspected.file, guess.mapping, formats);
  return result;
}

async function memoryInUse() {
  const [m] = await engine.query(
    `SELECT (sum(memory_usage_bytes) / 2^20)::INTEGER AS used_mb, current_setting('memory_limit') AS lim FROM duckdb_memory()`,
  );
  const tables = await engine.query(
    `SELECT table_name AS t, estimated_size AS n FROM duckdb_tables() WHERE estimated_size > 10000 ORDER BY estimated_size DESC`,
  );
  return `${m.used_mb} MiB in use of the ${m.lim} limit; tables: ${tables.map((x) => `${x.t} ${(x.n / 1e6).toFixed(2)} M rows`).join(', ')}`;
}

/**
 * Splits the bulk load (one CREATE TABLE lines AS … FROM mapped FROM raw FROM read_csv) into its parts and
 * times the typing expressions one by one. Every experiment is independent: one that no longer fits the
 * app's SQL reports an error and the rest go on.
 */
async function experiments(file, inspected, mapping, formats) {
  const rows = [];
  // Every experiment also counts the engine's progress callbacks (progress_bar_time = 0 so that short
  // statements report too): does DuckDB report progress for this statement at all?
  await engine.query('SET progress_bar_time = 0');
  const run = async (name, sql, args) => {
    // Statements that build `lines`/`z` again: drop the old copy first so the engine never holds both.
    if (/^(E6|B\d|P\d)/.test(name)) await engine.query('DROP TABLE IF EXISTS z');
    const seen = [];
    const stop = engine.onProgress((f) => seen.push(f));
    const t = performance.now();
    let error = null;
    try {
      await engine.query(sql, args);
    } catch (err) {
      error = String(err?.message ?? err).split('\n')[0].slice(0, 200);
    } finally {
      stop();
    }
    const moving = seen.filter((f) => f > 0 && f < 1);
    rows.push({ name, ms: performance.now() - t, error, progressEvents: seen.length, progressDistinct: new Set(moving).size });
  };
  const decimalComma = formats.decimal === ',';
  const lineArgs = [decimalComma, mapping.amount !== null];

  await engine.registerFile('exp.csv', file);
  const source = { path: 'exp.csv', delimiter: inspected.delimiter, header: inspected.header };
  const appScan = readCsvSelect(source, 9).replace(/^SELECT[\s\S]*?\*\s*\nFROM/, 'SELECT * FROM');
  // Keep purchases/orders (P1 needs lines); free what the app built that the experiments do not use.
  await engine.query('DROP TABLE IF EXISTS orders; DROP VIEW IF EXISTS purchases');
  await run('E1 read_csv as the app calls it (all VARCHAR, rejects) → table', `CREATE OR REPLACE TABLE e AS ${appScan}`);
  await run('E3 read_csv auto-detect (typed) → table', `CREATE OR REPLACE TABLE e AS SELECT * FROM read_csv('exp.csv')`);
  await engine.query('DROP TABLE IF EXISTS e');
  await createRawView(engine, [source]);
  await run('E4 view raw (E1 + row_number() OVER ()) → table', 'CREATE OR REPLACE TABLE e AS SELECT * FROM raw');
  await engine.query('DROP TABLE IF EXISTS e');
  await createMappedView(engine, inspected.header, mapping);
  await run('E5 view mapped (E4 + the roles, line hash…) → table m', 'CREATE OR REPLACE TABLE m AS SELECT * FROM mapped');
  await engine.query('DROP TABLE IF EXISTS lines');
  await run('E6 lines.sql from the materialized m (typing + classifying only)', linesSql.replace(/FROM mapped\b/, 'FROM m'), lineArgs);

  // The typing expressions one by one over m (what E6 is made of).
  const expr = async (name, expression) => run(`X  ${name}`, `SELECT count(${expression}) FROM m`);
  await expr('scan only: count(ts_raw)', 'ts_raw');
  await expr('ottok_id(customer_raw)', 'ottok_id(customer_raw)');
  await expr('ottok_id(order_raw)', 'ottok_id(order_raw)');
  await expr('ottok_parse_ts(trim(ts_raw))', 'ottok_parse_ts(trim(ts_raw))');
  await expr('TRY_CAST(ts_raw AS TIMESTAMP) (lower bound)', 'TRY_CAST(ts_raw AS TIMESTAMP)');
  await expr(`ottok_number(quantity_raw, ${decimalComma})`, `ottok_number(quantity_raw, ${decimalComma})`);
  await expr(`ottok_number(price_raw, ${decimalComma})`, `ottok_number(price_raw, ${decimalComma})`);
  await expr('TRY_CAST(price_raw AS DECIMAL(18,4)) (lower bound)', 'TRY_CAST(price_raw AS DECIMAL(18, 4))');
  await expr(
    'amount = TRY_CAST(ottok_number(q) * ottok_number(p)) as lines.sql computes it',
    `TRY_CAST(ottok_number(quantity_raw, ${decimalComma}) * ottok_number(price_raw, ${decimalComma}) AS DECIMAL(18, 4))`,
  );
  await expr(
    "candidate: ottok_id with a second fast branch for float-exported ids ('17850.0')",
    String.raw`CASE WHEN regexp_full_match(customer_raw, '[0-9]+\.0+') THEN split_part(customer_raw, '.', 1) ELSE ottok_id(customer_raw) END`,
  );
  const n = (col) => `ottok_number(${col}, ${decimalComma})`;
  await run(
    'A1 quantity, unit price and amount as lines.sql writes them (ottok_number 4× per line)',
    `SELECT count(q), count(p), count(TRY_CAST(${n('quantity_raw')} * ${n('price_raw')} AS DECIMAL(18, 4)))
     FROM (SELECT quantity_raw, price_raw, ${n('quantity_raw')} AS q, ${n('price_raw')} AS p FROM m)`,
  );
  await run(
    'A2 the same with amount = quantity × unit price of the already-typed values (2× per line)',
    `SELECT count(q), count(p), count(TRY_CAST(q * p AS DECIMAL(18, 4)))
     FROM (SELECT ${n('quantity_raw')} AS q, ${n('price_raw')} AS p FROM m)`,
  );
  await expr("NULLIF(trim(product_raw), '')", "NULLIF(trim(product_raw), '')");
  await expr('hash of every column (as mapped computes _line_hash)', '_line_hash');

  // DuckDB fact the app depends on: x IN (constants) in a projection becomes a join on a constant table,
  // which switches progress reporting off for the whole statement; list_contains does not.
  await run(
    "B6 CTAS of lower(trim(x)) IN ('', 'nan', 'null', 'none', '-', 'n/a')",
    "CREATE OR REPLACE TABLE z AS SELECT lower(trim(customer_raw)) IN ('', 'nan', 'null', 'none', '-', 'n/a') AS c FROM m",
  );
  await run(
    "B7 the same test as list_contains(['', 'nan', …], lower(trim(x)))",
    "CREATE OR REPLACE TABLE z AS SELECT list_contains(['', 'nan', 'null', 'none', '-', 'n/a'], lower(trim(customer_raw))) AS c FROM m",
  );
  await engine.query('DROP TABLE IF EXISTS m; DROP TABLE IF EXISTS z');

  // purchases.sql (the view's SELECT) materialized: what a table copy of the kept lines would cost.
  await run('P1 purchases.sql as a table (keep zero = false)', `CREATE OR REPLACE TABLE z AS ${purchasesSql}`, [false]);
  await engine.query('DROP TABLE IF EXISTS z');
  await engine.dropFile('exp.csv');
  return rows;
}

// ---------------------------------------------------------------- page plumbing
async function start() {
  try {
    if (mode === 'bare') await startBare();
    else engine = await startEngine();
    bench.ready = true;
    document.body.dataset.state = 'ready';
  } catch (err) {
    bench.startError = String(err?.stack ?? err);
    document.body.dataset.state = 'error';
  }
}

document.getElementById('file').addEventListener('change', async (event) => {
  const t0 = performance.now();
  const file = event.target.files[0];
  document.body.dataset.state = 'running';
  const steps = [];
  const entry = { file: file.name, size: file.size, steps };
  try {
    entry.result = mode === 'bare' ? await runBare(file, steps) : await runAppSql(file, steps);
    entry.ms = performance.now() - t0;
    bench.runs.push(entry);
    log(`${file.name}: ${(entry.ms / 1000).toFixed(2)} s`);
    document.body.dataset.state = 'done';
  } catch (err) {
    entry.error = String(err?.stack ?? err);
    bench.runs.push(entry);
    log(`${file.name}: ERROR ${entry.error}`);
    document.body.dataset.state = 'error';
  }
  event.target.value = '';
});

start();
