// The app's load pipeline statement by statement on duckdb-wasm's Node build (the browser's engine, one
// thread), with the engine's memory after each step. Figures, not a test:
//   LOAD_FILE=bench/.data/gen_1m.csv npx vitest run --config bench/vitest.config.ts bench/load-profile.test.ts
import { it } from 'vitest';
import { wasmDb } from '../tests/sql/wasm-db';
import { collectRejects, createRawView } from '../src/ingest/raw-load';
import { createMappedView } from '../src/ingest/mapped-view';
import { buildLines, buildPurchases, DEFAULT_CLEANING } from '../src/ingest/clean';
import { qualityReport } from '../src/ingest/quality';
import { datasetRange, monthly } from '../src/analysis/monthly';
import { windowTotals } from '../src/analysis/kpis';
import type { Db } from '../src/analysis/db';
import { FIXTURE_HEADER, FIXTURE_MAPPING } from '../tests/sql/fixture-load';

const FILE = process.env.LOAD_FILE ?? 'bench/.data/gen_1m.csv';

it(`profiles the load of ${FILE}`, async () => {
  const inner = await wasmDb();
  const steps: string[] = [];
  let cpu = 0;
  const db: Db = {
    async query(sql, params) {
      const t = performance.now();
      const c0 = process.cpuUsage();
      try {
        return await inner.query(sql, params);
      } finally {
        const ms = performance.now() - t;
        const c = process.cpuUsage(c0);
        cpu += (c.user + c.system) / 1e6;
        if (ms > 20) steps.push(`${((c.user + c.system) / 1e6).toFixed(2).padStart(6)} cpu ${(ms / 1000).toFixed(2).padStart(6)} s  ${sql.replace(/--.*$/gm, '').replace(/\s+/g, ' ').trim().slice(0, 90)}`);
      }
    },
  };
  const memory = async (label: string) => {
    const [m] = await inner.query<{ mb: number }>('SELECT (sum(memory_usage_bytes) / 2^20)::INTEGER AS mb FROM duckdb_memory()');
    steps.push(`        # ${label}: ${m.mb} MiB`);
  };
  const t0 = performance.now();
  await createRawView(db, [{ path: FILE, delimiter: ',', header: FIXTURE_HEADER }]);
  await createMappedView(db, FIXTURE_HEADER, FIXTURE_MAPPING);
  await buildLines(db, {
    decimal: '.',
    dateFormat: { order: 'ymd', strptime: ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%d'], ambiguous: false },
    amountMapped: false,
    cancelStatuses: [],
  });
  await collectRejects(db, 1);
  await buildPurchases(db, DEFAULT_CLEANING);
  await memory('after load');
  const q = await qualityReport(db);
  const range = await datasetRange(db);
  const w = { start: range.first_date!, end: range.last_date! };
  const totals = await windowTotals(db, w);
  await monthly(db, w);
  await memory('after overview');
  steps.push(`${((performance.now() - t0) / 1000).toFixed(2).padStart(6)} s  total, ${cpu.toFixed(2)} cpu s; kept ${q.rules.kept.rows}, revenue ${totals.revenue_text}, orders ${totals.orders}`);
  console.log(steps.join('\n'));
  inner.close();
});
