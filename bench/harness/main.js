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
import qualitySql from '../../src/ingest/sql/quality.sql?raw';
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
  await db.instantiate(params.get('wasm'));
  await db.open({});
  const conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
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
  group('refresh + overview');
  await qualityReport(e);
  const range = await datasetRange(e);
  const w = { start: range.first_date, end: range.last_date };
  const totals = await windowTotals(e, w);
  const months = await monthly(e, w);
  const [lines] = await engine.query('SELECT count(*)::INTEGER AS n FROM lines');
  const result = { rows: lines.n, range, totals, months: months.length, mapping: guess.mapping, progress: progress.slice(0, 400) };
  if (params.get('exp') === '1') result.experiments = await experiments(file, inspected.file, guess.mapping, formats);
  return result;
}

/** Splits the bulk load (one CREATE TABLE lines AS … FROM mapped FROM raw FROM read_csv) into its parts. */
async function experiments(file, inspected, mapping, formats) {
  const rows = [];
  // Every experiment also counts the engine's progress callbacks (progress_bar_time = 0 so that short
  // statements report too): does DuckDB report progress for this statement at all?
  await engine.query('SET progress_bar_time = 0');
  const run = async (name, sql, args) => {
    const seen = [];
    const stop = engine.onProgress((f) => seen.push(f));
    const t = performance.now();
    let error = null;
    try {
      await engine.query(sql, args);
    } catch (err) {
      error = String(err?.message ?? err).slice(0, 200);
    } finally {
      stop();
    }
    const moving = seen.filter((f) => f > 0 && f < 1);
    rows.push({ name, ms: performance.now() - t, error, progressEvents: seen.length, progressDistinct: new Set(moving).size });
  };
  await engine.registerFile('exp.csv', file);
  const source = { path: 'exp.csv', delimiter: inspected.delimiter, header: inspected.header };
  const appScan = readCsvSelect(source, 9).replace(/^SELECT[\s\S]*?\*\s*\nFROM/, 'SELECT * FROM');
  const plainScan = appScan
    .replace(/, ignore_errors = true, store_rejects = true,\s*rejects_table = '[^']*', rejects_scan = '[^']*',/, ',')
    .replace(/\s+/g, ' ');
  await engine.query('DROP TABLE IF EXISTS lines; DROP TABLE IF EXISTS purchases; DROP TABLE IF EXISTS orders');
  await run('E1 read_csv as the app calls it (all VARCHAR, rejects) → table', `CREATE OR REPLACE TABLE e AS ${appScan}`);
  await run('E2 read_csv all VARCHAR, no ignore_errors/store_rejects → table', `CREATE OR REPLACE TABLE e AS ${plainScan}`);
  await run('E3 read_csv auto-detect (typed) → table', `CREATE OR REPLACE TABLE e AS SELECT * FROM read_csv('exp.csv')`);
  await engine.query('DROP TABLE IF EXISTS e');
  await createRawView(engine, [source]);
  await run('E4 view raw (E1 + row_number() OVER ()) → table', 'CREATE OR REPLACE TABLE e AS SELECT * FROM raw');
  await engine.query('DROP TABLE IF EXISTS e');
  await createMappedView(engine, inspected.header, mapping);
  await run('E5 view mapped (E4 + row_number() OVER (PARTITION BY hash(all))) → table', 'CREATE OR REPLACE TABLE m AS SELECT * FROM mapped');
  await run(
    'E6 lines.sql from the materialized mapped table (typing + classifying only)',
    linesSql.replace(/FROM mapped\b/, 'FROM m'),
    [formats.decimal === ',', mapping.amount !== null],
  );
  // The typing expressions one by one over the materialized `m` (what E6 is made of).
  const decimalComma = formats.decimal === ',';
  const expr = async (name, expression) => run(`X  ${name}`, `SELECT count(${expression}) FROM m`);
  await expr('scan only: count(ts_raw)', 'ts_raw');
  await expr('ottok_id(customer_raw)', 'ottok_id(customer_raw)');
  await expr('ottok_id(order_raw)', 'ottok_id(order_raw)');
  await expr('ottok_parse_ts(trim(ts_raw))', 'ottok_parse_ts(trim(ts_raw))');
  await expr('TRY_CAST(ts_raw AS TIMESTAMP) (fast-path candidate)', 'TRY_CAST(ts_raw AS TIMESTAMP)');
  await expr(`ottok_number(quantity_raw, ${decimalComma})`, `ottok_number(quantity_raw, ${decimalComma})`);
  await expr(`ottok_number(price_raw, ${decimalComma})`, `ottok_number(price_raw, ${decimalComma})`);
  await expr('TRY_CAST(price_raw AS DECIMAL(18,4)) (fast-path candidate)', 'TRY_CAST(price_raw AS DECIMAL(18, 4))');
  await expr(
    'amount = TRY_CAST(ottok_number(q) * ottok_number(p)) as lines.sql',
    `TRY_CAST(ottok_number(quantity_raw, ${decimalComma}) * ottok_number(price_raw, ${decimalComma}) AS DECIMAL(18, 4))`,
  );
  await expr('NULLIF(trim(product_raw), \'\')', "NULLIF(trim(product_raw), '')");
  // Candidate fast paths: a plain number / plain id skips the regular expressions; anything else takes
  // the existing path unchanged.
  await engine.query(`CREATE OR REPLACE MACRO bench_number(s, decimal_comma) AS
    CASE WHEN NOT decimal_comma AND regexp_full_match(s, '-?[0-9]+(\\.[0-9]+)?') THEN CAST(s AS DECIMAL(18, 4))
         ELSE ottok_number(s, decimal_comma) END`);
  await engine.query(`CREATE OR REPLACE MACRO bench_number2(s, decimal_comma) AS
    COALESCE(CASE WHEN NOT decimal_comma AND NOT contains(s, 'e') AND NOT contains(s, 'E') THEN TRY_CAST(s AS DECIMAL(18, 4)) END,
             ottok_number(s, decimal_comma))`);
  await engine.query(`CREATE OR REPLACE MACRO bench_id(s) AS
    CASE WHEN regexp_full_match(s, '[0-9]+') THEN s
         WHEN regexp_full_match(s, '[0-9]+\\.0') THEN s[:-3]
         ELSE ottok_id(s) END`);
  await expr('candidate: number with one regexp_full_match guard + CAST', `bench_number(price_raw, ${decimalComma})`);
  await expr('candidate: number with TRY_CAST first (no regex)', `bench_number2(price_raw, ${decimalComma})`);
  await expr('candidate: id with regexp_full_match guards', 'bench_id(customer_raw)');
  await run(
    'E6b lines.sql with the candidate number/id macros (from m)',
    linesSql
      .replace(/FROM mapped\b/, 'FROM m')
      .replaceAll('ottok_number(', 'bench_number2(')
      .replaceAll('ottok_id(', 'bench_id('),
    [decimalComma, mapping.amount !== null],
  );
  await run(
    'E6c as E6b, cancel statuses as a constant list instead of IN (SELECT … FROM cancel_statuses)',
    linesSql
      .replace(/FROM mapped\b/, 'FROM m')
      .replaceAll('ottok_number(', 'bench_number2(')
      .replaceAll('ottok_id(', 'bench_id(')
      .replace('status IN (SELECT status FROM cancel_statuses)', "list_contains(['cancelled'], status)"),
    [decimalComma, mapping.amount !== null],
  );
  await run(
    'E6d as E6b, parameters inlined as literals (a plain query, not a prepared statement)',
    linesSql
      .replace(/FROM mapped\b/, 'FROM m')
      .replaceAll('ottok_number(', 'bench_number2(')
      .replaceAll('ottok_id(', 'bench_id(')
      .replaceAll('$1', String(decimalComma))
      .replaceAll('$2', String(mapping.amount !== null)),
  );
  await run(
    'E6e lines.sql as the app has it, but WITH typed AS NOT MATERIALIZED (from m)',
    linesSql.replace(/FROM mapped\b/, 'FROM m').replace(/WITH typed AS \(/, 'WITH typed AS NOT MATERIALIZED ('),
    [decimalComma, mapping.amount !== null],
  );
  await run(
    'E6f as E6b (candidate macros) and NOT MATERIALIZED (from m)',
    linesSql
      .replace(/FROM mapped\b/, 'FROM m')
      .replace(/WITH typed AS \(/, 'WITH typed AS NOT MATERIALIZED (')
      .replaceAll('ottok_number(', 'bench_number2(')
      .replaceAll('ottok_id(', 'bench_id('),
    [decimalComma, mapping.amount !== null],
  );
  await run('B1 CTAS copy of m: CREATE TABLE z AS SELECT * FROM m', 'CREATE OR REPLACE TABLE z AS SELECT * FROM m');
  await run('B2 CTAS of one id expression over m', 'CREATE OR REPLACE TABLE z AS SELECT ottok_id(customer_raw) AS c FROM m');
  await run(
    'B3 the lines query counted instead of stored (no CTAS)',
    `SELECT count(reason) FROM (${linesSql
      .replace(/FROM mapped\b/, 'FROM m')
      .replace(/^[\s\S]*?CREATE OR REPLACE TABLE lines AS/, '')
      .replace(/;\s*$/, '')})`,
    [decimalComma, mapping.amount !== null],
  );
  await run('B5 CTAS of ottok_number(price_raw) alone', `CREATE OR REPLACE TABLE z AS SELECT ottok_number(price_raw, ${decimalComma}) AS p FROM m`);
  await run(
    "B6 CTAS of lower(trim(x)) IN ('', 'nan', 'null', 'none', '-', 'n/a') (ottok_id's test)",
    "CREATE OR REPLACE TABLE z AS SELECT lower(trim(customer_raw)) IN ('', 'nan', 'null', 'none', '-', 'n/a') AS c FROM m",
  );
  await run(
    "B7 the same test as list_contains(['', 'nan', …], lower(trim(x)))",
    "CREATE OR REPLACE TABLE z AS SELECT list_contains(['', 'nan', 'null', 'none', '-', 'n/a'], lower(trim(customer_raw))) AS c FROM m",
  );
  await run(
    "B8 the same test with 5 values IN ('', 'nan', 'null', 'none', '-')",
    "CREATE OR REPLACE TABLE z AS SELECT lower(trim(customer_raw)) IN ('', 'nan', 'null', 'none', '-') AS c FROM m",
  );
  await run('B4 CTAS copy of m with preserve_insertion_order = false', 'SET preserve_insertion_order = false; CREATE OR REPLACE TABLE z AS SELECT * FROM m');
  await engine.query('SET preserve_insertion_order = true; DROP TABLE IF EXISTS z');
  await run('E7 count(*) over m (sanity)', 'SELECT count(*) FROM m');
  await run(
    'Q1 quality.sql as the app runs it (on the lines table of E6f)',
    qualitySql,
  );
  await run(
    'Q2 quality report with examples by QUALIFY row_number() ≤ 5 instead of full sorted lists',
    `WITH ex AS (
       SELECT reason, _row, _file, COALESCE(unread_text, '') AS text FROM lines
       QUALIFY row_number() OVER (PARTITION BY reason ORDER BY _file, _row) <= 5
     ), agg AS (
       SELECT reason, count(*)::INTEGER AS rows, COALESCE(sum(abs(amount)), 0)::DOUBLE AS value,
              count(*) FILTER (WHERE _copy > 1)::INTEGER AS duplicates
       FROM lines GROUP BY reason
     )
     SELECT agg.*, (SELECT list(_row ORDER BY _file, _row) FROM ex WHERE ex.reason = agg.reason) AS examples
     FROM agg ORDER BY reason`,
  );
  await run(
    'Q3 quality report with examples by top-5 aggregates arg_min(x, key, 5) (no sort of every line)',
    `SELECT reason, count(*)::INTEGER AS rows, COALESCE(sum(abs(amount)), 0)::DOUBLE AS value,
       arg_min(_row, _file::BIGINT * 4294967296 + _row, 5)::INTEGER[] AS examples,
       arg_min(_file, _file::BIGINT * 4294967296 + _row, 5)::INTEGER[] AS example_files,
       arg_min(COALESCE(unread_text, ''), _file::BIGINT * 4294967296 + _row, 5) AS example_texts,
       count(*) FILTER (WHERE _copy > 1)::INTEGER AS duplicates
     FROM lines GROUP BY reason ORDER BY reason`,
  );
  await run(
    'Q4 quality.sql with the example lists skipped for kept lines (FILTER (WHERE reason <> \'kept\'))',
    qualitySql.replace(/ ORDER BY _file, _row\)\[1:5\]/g, " ORDER BY _file, _row) FILTER (WHERE reason <> 'kept'))[1:5]").replace(/list\(/g, '(list('),
  );
  await engine.query('DROP TABLE IF EXISTS m; DROP TABLE IF EXISTS lines; DROP TABLE IF EXISTS z');

  // Candidate pipelines, each the whole load from the file (raw → mapped → lines), as the app runs it:
  await engine.query(`CREATE OR REPLACE MACRO bench_id2(s) AS
    CASE WHEN list_contains(['', 'nan', 'null', 'none', '-', 'n/a'], lower(ottok_trim(s))) THEN NULL
         ELSE regexp_replace(ottok_trim(s), '^([0-9]+)\\.0+$', '\\1') END`);
  await engine.query(`CREATE OR REPLACE MACRO bench_id3(s) AS
    CASE WHEN regexp_full_match(s, '[0-9]+') THEN s
         WHEN regexp_full_match(s, '[0-9]+\\.0') THEN s[:-3]
         ELSE bench_id2(s) END`);
  const statuses = (await engine.query('SELECT list(status) AS l FROM cancel_statuses'))[0]?.l ?? [];
  const statusList = `[${['', ...statuses].map((x) => `'${String(x).replaceAll("'", "''")}'`).join(', ')}]`;
  const progressFix = (sql) =>
    sql
      .replaceAll('ottok_id(', 'bench_id2(')
      .replace('status IN (SELECT status FROM cancel_statuses)', `list_contains(${statusList}, status)`);
  const fastPaths = (sql) =>
    progressFix(sql).replaceAll('bench_id2(', 'bench_id3(').replaceAll('ottok_number(', 'bench_number2(');
  const lineArgs = [decimalComma, mapping.amount !== null];
  await run('C1 lines.sql from the file as the app runs it (reference)', linesSql, lineArgs);
  await run('C2 C1 with progress fixes: list_contains instead of IN (…) in ottok_id and for statuses', progressFix(linesSql), lineArgs);
  await run('C3 C2 + fast paths for plain numbers and ids', fastPaths(linesSql), lineArgs);
  // C4: C3 with duplicates found from a narrow (hash, file, row) window after the load instead of a window
  // carrying every column of every line.
  let mappedSql = '';
  await createMappedView({ query: async (sql) => void (mappedSql = sql) }, inspected.header, mapping);
  const narrowMapped = mappedSql.replace(
    /\(row_number\(\) OVER \(PARTITION BY (hash\([^)]*\)) ORDER BY _file, _row\)\)::INTEGER AS _copy/,
    '$1 AS _line_hash, 1 AS _copy',
  );
  if (narrowMapped === mappedSql) rows.push({ name: 'C4 skipped: mapped view SQL not recognised', ms: 0, error: 'pattern' });
  else {
    await engine.query(narrowMapped);
    await run('C4 C3 with the line hash kept instead of the _copy window', fastPaths(linesSql).replace(/^(\s+)_file, _row, _copy,/m, '$1_file, _row, _copy, _line_hash,'), lineArgs);
    await run(
      'C4b … then _copy from a narrow window over (hash, file, row) of lines',
      'CREATE OR REPLACE TABLE line_copies AS SELECT _file, _row, row_number() OVER (PARTITION BY _line_hash ORDER BY _file, _row)::INTEGER AS _copy FROM lines',
    );
    await run('C4c … or only the duplicate count per reason (what the report needs)', 'SELECT reason, count(*) - count(DISTINCT _line_hash) AS duplicates FROM lines GROUP BY reason');
    await engine.query('DROP TABLE IF EXISTS line_copies');
    await engine.query(mappedSql);
  }
  const everyColumn = inspected.header.map((h) => `"${h.replaceAll('"', '""')}"`).join(', ');
  await run(
    'E8 duplicates as an aggregate: hash(all) GROUP BY over raw',
    `CREATE OR REPLACE TABLE e AS SELECT hash(${everyColumn}) AS h, count(*) AS n, min(_row) AS first_row FROM raw GROUP BY h HAVING count(*) > 1`,
  );
  await engine.query('DROP TABLE IF EXISTS e');
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
