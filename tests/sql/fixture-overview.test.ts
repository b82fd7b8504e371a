import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDb } from './node-db';
import { loadFixture } from './fixture-load';
import { qualityReport } from '../../src/ingest/quality';
import { kpisFrom, windowTotals } from '../../src/analysis/kpis';
import { datasetRange, monthly } from '../../src/analysis/monthly';
import type { Db } from '../../src/analysis/db';

const reference = JSON.parse(
  readFileSync(new URL('../fixtures/expected/fixture_online_retail_reference.json', import.meta.url), 'utf8'),
);
const monthlyCsv = readFileSync(new URL('../fixtures/expected/fixture_online_retail_monthly_kpis.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));

describe('UCI fixture: cleaning, KPIs and monthly series match the independent reference', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await nodeDb();
    await loadFixture(db);
  });
  afterAll(() => db.close());

  it('counts the rows each cleaning rule removes', async () => {
    const q = await qualityReport(db);
    const { cleaning, raw } = reference;
    expect(q.rowsRead).toBe(raw.rows);
    expect(q.malformed.rows).toBe(0);
    expect(q.rules.bad_date.rows + q.rules.bad_amount.rows).toBe(0);
    expect(q.rules.guest.rows).toBe(cleaning.R0_rows - cleaning.after_R1_customer_present);
    expect(q.rules.return.rows).toBe(cleaning.after_R1_customer_present - cleaning.after_R2_no_cancellations);
    expect(q.rules.zero.rows).toBe(cleaning.R3_removed_price_le_0 + cleaning.R3_removed_quantity_le_0);
    expect(q.rules.kept.rows).toBe(cleaning.after_R3_positive_qty_price);
    expect(q.rules.kept.duplicates).toBe(cleaning.exact_duplicates_remaining);
    expect(q.rules.guest.examples.length).toBe(5);
    expect(q.purchases.rows).toBe(reference.kpis.line_rows);
    expect(q.purchases.value).toBeCloseTo(reference.kpis.revenue, 6);
  });

  it('reproduces the overview KPIs', async () => {
    const range = await datasetRange(db);
    expect(range.first_date).toBe(reference.kpis.first_order.slice(0, 10));
    expect(range.last_date).toBe(reference.kpis.last_order.slice(0, 10));
    const window = { start: range.first_date!, end: range.last_date! };
    const totals = await windowTotals(db, window);
    expect(totals.revenue_text).toBe('336480.6400');
    const k = kpisFrom(totals, window, 0.3);
    expect(k.customers).toBe(reference.kpis.customers);
    expect(k.orders).toBe(reference.kpis.orders);
    expect(k.revenue).toBeCloseTo(reference.kpis.revenue, 6);
    expect(k.aov).toBeCloseTo(reference.kpis.aov_revenue_per_order, 6);
    expect(k.frequency).toBeCloseTo(reference.kpis.purchase_frequency_orders_per_customer, 8);
    expect(k.repeat_rate).toBeCloseTo(reference.kpis.repeat_purchase_rate, 7);
    expect(k.customer_value).toBeCloseTo(reference.simple_ltv.customer_value_aov_x_frequency, 5);
  });

  it('reproduces the monthly series', async () => {
    const rows = await monthly(db, { start: '2010-12-01', end: '2011-12-09' });
    expect(rows.map((r) => [r.month, r.orders, r.active_customers, r.new_customers])).toEqual(
      monthlyCsv.map(([m, o, a, n]) => [m, +o, +a, +n]),
    );
    rows.forEach((r, i) => expect(r.revenue).toBeCloseTo(+monthlyCsv[i][4], 6));
    rows.forEach((r) => expect(r.returning_customers).toBe(r.active_customers - r.new_customers));
    // the data end on 2011-12-09: December is the partial as-of month
    expect(rows.filter((r) => r.partial).map((r) => r.month)).toEqual(['2011-12']);
  });

  it('drops exact duplicates only when asked, as in the reference variant', async () => {
    const { buildPurchases } = await import('../../src/ingest/clean');
    await buildPurchases(db, { keepZeroAmounts: false, dropDuplicates: true });
    const totals = await windowTotals(db, { start: '2010-12-01', end: '2011-12-09' });
    expect(totals.revenue).toBeCloseTo(reference.kpis_variant_exact_duplicates_removed.revenue, 6);
    expect(totals.orders).toBe(reference.kpis_variant_exact_duplicates_removed.orders);
    const q = await qualityReport(db);
    expect(q.purchases.rows).toBe(reference.kpis_variant_exact_duplicates_removed.line_rows);
    expect(q.purchases.value).toBeCloseTo(reference.kpis_variant_exact_duplicates_removed.revenue, 6);
    await buildPurchases(db, { keepZeroAmounts: false, dropDuplicates: false });
  });
});
