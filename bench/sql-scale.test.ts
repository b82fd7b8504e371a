import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDb } from '../tests/sql/node-db';
import { buildCustomerSummary, buildPurchaseDays } from '../src/analysis/purchase-days';
import { statusAt, statusMix } from '../src/analysis/lifecycle';
import { churnOverTime } from '../src/analysis/churn';
import { comebackRates } from '../src/analysis/churn-comeback';
import { buildRfm } from '../src/analysis/rfm';
import { buildCustomerTable, customerPage } from '../src/analysis/customers';
import { DEFAULT_THRESHOLDS } from '../src/analysis/lifecycle';
import type { Db } from '../src/analysis/db';

// Figures for the benchmark (npm run bench), not a test: 100 k customers, ~1 M orders over 36 months, single-threaded like the browser.
const CUSTOMERS = 100_000;
const AS_OF = '2024-12-31';
const WINDOW = { start: '2022-01-01', end: AS_OF };

describe('lifecycle and churn at scale', () => {
  let db: Db & { close(): void };
  const timings: Record<string, number> = {};
  const time = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    timings[label] = Math.round(performance.now() - started);
    return result;
  };

  beforeAll(async () => {
    db = await nodeDb();
    await db.query('SELECT setseed(0.42)');
    // each customer: a start day, a personal mean gap and 1–40 orders, some stopping early
    await db.query(`CREATE TABLE orders AS
      WITH c AS (
        SELECT i AS c, floor(random() * 1000)::INTEGER AS start, 3 + floor(random() * 60)::INTEGER AS gap,
          1 + floor(random() * random() * 40)::INTEGER AS k
        FROM range(${CUSTOMERS}) t(i)
      ), o AS (
        SELECT c, start + sum(floor(random() * 2 * gap)::INTEGER) OVER (PARTITION BY c ORDER BY j)::INTEGER AS d
        FROM c, range(k) r(j)
      )
      SELECT 'c' || c AS customer_id, 'o' || row_number() OVER () AS order_id,
        (DATE '2022-01-01' + d)::TIMESTAMP AS order_ts, DATE '2022-01-01' + d AS order_date,
        (1 + random() * 200)::DECIMAL(18, 2) AS revenue, 1 AS lines
      FROM o WHERE d < 1096`);
  }, 120_000);
  afterAll(() => {
    console.log('lifecycle timings (ms):', JSON.stringify(timings));
    db.close();
  });

  it('times building the tables and answering every view', async () => {
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM orders');
    timings.orders = n;
    await time('buildPurchaseDays', () => buildPurchaseDays(db));
    await time('buildCustomerSummary', () => buildCustomerSummary(db, AS_OF));
    await time('statusAt', () => statusAt(db, AS_OF));
    const mix = await time('statusMix', () => statusMix(db, WINDOW));
    const churn = await time('churnOverTime', () => churnOverTime(db, WINDOW));
    await time('comebackRates', () => comebackRates(db, AS_OF));
    await time('buildRfm', () => buildRfm(db, AS_OF));
    await time('buildCustomerTable', () => buildCustomerTable(db, AS_OF, DEFAULT_THRESHOLDS, 3));
    await time('customerPage (spend fell)', () => customerPage(db, { trend: 'fell' }, { key: 'trend', descending: false }, 100));
    expect(mix).toHaveLength(36);
    expect(churn.months).toHaveLength(36);
  });
});
