// The app's load pipeline statement by statement on duckdb-wasm's Node build (the browser's engine, one
// thread), with the engine's memory after each step. Figures, not a test:
//   LOAD_FILE=bench/.data/gen_1m.csv [COMPRESS=1] [PROFILE_PRODUCTS=1] \
//     npx vitest run --config bench/vitest.config.ts bench/load-profile.test.ts
// CPU seconds are printed next to wall seconds: on a shared machine they are the steadier figure.
import { it } from 'vitest';
import { wasmDb } from '../tests/sql/wasm-db';
import { DEFAULT_CLEANING } from '../src/ingest/clean';
import { qualityReport } from '../src/ingest/quality';
import { datasetRange, monthly } from '../src/analysis/monthly';
import { windowTotals } from '../src/analysis/kpis';
import type { Db } from '../src/analysis/db';
import { buildCustomerSummary, buildPurchaseDays } from '../src/analysis/purchase-days';
import { buildCohorts } from '../src/analysis/cohorts';
import { buildRfm } from '../src/analysis/rfm';
import { DEFAULT_THRESHOLDS } from '../src/analysis/lifecycle';
import {
  buildProductDays, buildProductRegulars, DEFAULT_MIN_REGULARS, productHistory, productSummary, productTable,
} from '../src/analysis/products';
import { loadFixture } from '../tests/sql/fixture-load';

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
  // COMPRESS=1: into a compressed in-memory database, as load.ts does from COMPRESS_FROM_BYTES on
  if (process.env.COMPRESS) await inner.query(`ATTACH ':memory:' AS ottok (COMPRESS); USE ottok`);
  await loadFixture(db, DEFAULT_CLEANING, FILE);
  await memory('after load');
  const q = await qualityReport(db);
  const range = await datasetRange(db);
  const w = { start: range.first_date!, end: range.last_date! };
  const totals = await windowTotals(db, w);
  await monthly(db, w);
  await memory('after overview');
  steps.push(`${((performance.now() - t0) / 1000).toFixed(2).padStart(6)} s  total, ${cpu.toFixed(2)} cpu s; kept ${q.rules.kept.rows}, revenue ${totals.revenue_text}, orders ${totals.orders}`);
  if (process.env.PROFILE_PRODUCTS) {
    steps.push('        # products view (first visit)');
    const asOf = range.last_date!;
    await buildPurchaseDays(db);
    await buildCohorts(db);
    await buildCustomerSummary(db, asOf);
    await buildRfm(db, asOf);
    await buildProductDays(db, 'product');
    await buildProductRegulars(db, asOf, DEFAULT_THRESHOLDS);
    const summary = await productSummary(db, asOf, DEFAULT_THRESHOLDS);
    const rows = await productTable(db, asOf, DEFAULT_MIN_REGULARS, summary.store_share);
    if (rows[0]) await productHistory(db, 'product', rows[0].name, asOf, DEFAULT_THRESHOLDS.lost);
  }
  console.log(steps.join('\n'));
  inner.close();
});
