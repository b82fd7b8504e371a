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
import { buildCustomerSummary, buildPurchaseDays } from '../src/analysis/purchase-days';
import { buildCohorts } from '../src/analysis/cohorts';
import { buildRfm } from '../src/analysis/rfm';
import { DEFAULT_THRESHOLDS } from '../src/analysis/lifecycle';
import {
  buildProductDays, buildProductRegulars, DEFAULT_MIN_REGULARS, productHistory, productSummary, productTable,
} from '../src/analysis/products';
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
    if (process.env.PROFILE_PRODUCTS === 'exp') {
      const a = `WITH bought AS (SELECT key, customer_id, day, orders, day - lag(day) OVER (PARTITION BY key, customer_id ORDER BY day) AS gap FROM product_days WHERE day <= '${asOf}'::DATE)
        SELECT count(*), sum(interval) FROM (SELECT key, customer_id, sum(orders)::INTEGER AS orders, count(*)::INTEGER AS days, max(day) AS last_bought, median(gap)::DOUBLE AS interval FROM bought GROUP BY key, customer_id HAVING sum(orders) >= 2)`;
      const b = `SELECT count(*), sum(interval) FROM (SELECT key, customer_id, sum(orders)::INTEGER AS orders, count(*)::INTEGER AS days, max(day) AS last_bought,
          CASE WHEN count(*) >= 2 THEN list_median(list_transform(list_zip(ds[2:], ds[:-2]), lambda x: x[1] - x[2]))::DOUBLE END AS interval
        FROM (SELECT key, customer_id, sum(orders) AS orders, count(*) AS n, max(day) AS mx, list(day ORDER BY day) AS ds FROM product_days WHERE day <= '${asOf}'::DATE GROUP BY key, customer_id HAVING sum(orders) >= 2)
        CROSS JOIN (SELECT 1) GROUP BY ALL)`;
      const c = `SELECT count(*), sum(interval) FROM (SELECT key, customer_id, orders, n AS days, mx AS last_bought,
          CASE WHEN n >= 2 THEN list_median(list_transform(range(1, n::BIGINT), lambda i: ds[i + 1] - ds[i]))::DOUBLE END AS interval
        FROM (SELECT key, customer_id, sum(orders)::INTEGER AS orders, count(*)::INTEGER AS n, max(day) AS mx, list(day ORDER BY day) AS ds FROM product_days WHERE day <= '${asOf}'::DATE GROUP BY key, customer_id HAVING sum(orders) >= 2))`;
      for (const q of [a, c, a, c]) steps.push(JSON.stringify(await db.query(q)));
    }
  }
  console.log(steps.join('\n'));
  inner.close();
});
