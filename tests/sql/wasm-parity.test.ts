import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wasmDb } from './wasm-db';
import { loadFixture } from './fixture-load';
import { qualityReport } from '../../src/ingest/quality';
import { kpisFrom, windowTotals } from '../../src/analysis/kpis';
import { buildCustomerSummary, buildPurchaseDays } from '../../src/analysis/purchase-days';
import { statusAt } from '../../src/analysis/lifecycle';
import { churnOverTime } from '../../src/analysis/churn';
import type { Db } from '../../src/analysis/db';

const reference = JSON.parse(readFileSync(new URL('../fixtures/expected/fixture_online_retail_reference.json', import.meta.url), 'utf8'));
const lifecycle = JSON.parse(readFileSync(new URL('../fixtures/expected/fixture_online_retail_lifecycle.json', import.meta.url), 'utf8'));

// The SQL tests run on native DuckDB; this one runs the same load and queries on the browser's WebAssembly build.
describe('the browser engine (duckdb-wasm) gives the reference figures too', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await wasmDb();
    await loadFixture(db);
  }, 120_000);
  afterAll(() => db.close());

  it('runs DuckDB 1.4.3', async () => {
    const [row] = await db.query<{ v: string }>('SELECT version() AS v');
    expect(row.v).toBe('v1.4.3');
  });

  it('cleans and totals the fixture as the reference', async () => {
    const q = await qualityReport(db);
    expect(q.rules.kept.rows).toBe(reference.cleaning.after_R3_positive_qty_price);
    expect(q.rules.guest.rows).toBe(reference.cleaning.R0_rows - reference.cleaning.after_R1_customer_present);
    expect(q.rules.guest.examples.length).toBe(5);
    const window = { start: '2010-12-01', end: '2011-12-09' };
    const k = kpisFrom(await windowTotals(db, window), window, 0.3);
    expect([k.customers, k.orders]).toEqual([reference.kpis.customers, reference.kpis.orders]);
    expect(k.revenue).toBeCloseTo(reference.kpis.revenue, 6);
  });

  it('gives the reference lifecycle and churn', async () => {
    await buildPurchaseDays(db);
    await buildCustomerSummary(db, lifecycle.as_of);
    const status = await statusAt(db, lifecycle.as_of);
    expect(status.customers).toEqual(lifecycle.status_counts);
    const churn = await churnOverTime(db, { start: '2010-12-01', end: lifecycle.as_of });
    expect(churn.churned_customers).toBe(lifecycle.churned_customers);
    expect(churn.revenue_lost).toBeCloseTo(lifecycle.churn_revenue_lost, 6);
  });
});
