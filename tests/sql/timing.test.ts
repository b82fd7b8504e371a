/**
 * Repeat timing, next purchase and the list's P(buy) on hand-built datasets (DESIGN §3c), every expectation worked
 * out by hand in the comments. Day offsets from 2024-01-01 (lifecycle-datasets.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/analysis/db';
import { buildCustomerSummary } from '../../src/analysis/purchase-days';
import { buildRfm } from '../../src/analysis/rfm';
import { buildCustomerTable, customerPage, type ListModel } from '../../src/analysis/customers';
import { DEFAULT_THRESHOLDS } from '../../src/analysis/lifecycle';
import { gapBins, orderBands, returnRows, type ReturnRow } from '../../src/analysis/timing';
import { pBuyWithin } from '../../src/analysis/btyd/bgnbd';
import { day, ordersDb, type OrderSpec } from './lifecycle-datasets';

const tens = (customer: string, ...days: number[]): OrderSpec[] => days.map((d) => [customer, d, '10.00']);

/**
 * As of day 400 (2025-02-04):
 *   ninety   days 0, 90, 100   back on day 90 exactly: within 90, not within 60
 *   ninety1  days 0, 91        within 180, not 90
 *   sameday  two orders day 0, day 10   one purchase day on day 0: second purchase after 10 days
 *   once     day 5
 *   future2  days 0, 420       the second purchase is after the as-of date: one purchase day as of 400
 *   young    days 100, 110, 130   cohort 2024-04, 300 days old: too young for 365
 *   late     days 380, 385     cohort 2025-01, 20 days old: too young for every horizon
 */
const TIMING: OrderSpec[] = [
  ...tens('ninety', 0, 90, 100), ...tens('ninety1', 0, 91), ...tens('sameday', 0, 0, 10), ...tens('once', 5),
  ...tens('future2', 0, 420), ...tens('young', 100, 110, 130), ...tens('late', 380, 385),
];
const AS_OF = day(400);

describe('repeat timing on a hand-built dataset', () => {
  let db: Db & { close(): void };
  let rows: ReturnRow[];
  beforeAll(async () => {
    db = await ordersDb(TIMING);
    rows = await returnRows(db, AS_OF);
  });
  afterAll(() => db.close());

  it('bins days from the 1st to the 2nd and the 2nd to the 3rd purchase day, ignoring days after the as-of date', async () => {
    const bins = await gapBins(db, AS_OF);
    const filled = (step: number) => bins.filter((b) => b.step === step && b.customers > 0).map((b) => [b.bin_from, b.bin_to, b.customers]);
    // 1st → 2nd: late 5, sameday 10, young 10, ninety 90 (in 61–90: the edge is included), ninety1 91
    expect(filled(2)).toEqual([[0, 7, 1], [8, 14, 2], [61, 90, 1], [91, 120, 1]]);
    expect(filled(3)).toEqual([[8, 14, 1], [15, 21, 1]]); // ninety 90 → 100, young 110 → 130
    expect(bins.filter((b) => b.step === 2)).toHaveLength(12);
    expect(bins.map((b) => b.bin_to).slice(10, 12)).toEqual([365, null]);
    expect(rows[0].median_days_to_third).toBe(15); // even count: the mean of 10 and 20
  });

  it('gives the all-cohorts figures: median, late share, and every horizon over the customers old enough', () => {
    const all = rows[0];
    expect(all.cohort).toBeNull();
    expect([all.customers, all.median_days_to_second]).toEqual([7, 10]); // 5 repeat customers: 5, 10, 10, 90, 91
    expect(all.back_after_90).toBeCloseTo(1 / 5, 12); // only 91: day 90 is not after 90
    // old for 30: all but late (6); back within 30: sameday, young
    expect([all.old_30, all.returned_30, all.rate_30]).toEqual([6, 2, 2 / 6]);
    expect([all.old_90, all.returned_90, all.rate_90]).toEqual([6, 3, 0.5]); // + ninety on day 90 exactly
    expect([all.old_180, all.returned_180]).toEqual([6, 4]); // + ninety1
    // old for 365: the five of January 2024 (first day ≤ day 35); back: sameday, ninety, ninety1
    expect([all.old_365, all.returned_365, all.rate_365]).toEqual([5, 3, 0.6]);
  });

  it('per cohort: a horizon the cohort is too young for is null (blank), not 0', () => {
    const byCohort = Object.fromEntries(rows.slice(1).map((r) => [r.cohort, r]));
    expect(Object.keys(byCohort)).toEqual(['2024-01', '2024-04', '2025-01']);
    const jan = byCohort['2024-01'];
    expect([jan.customers, jan.rate_30, jan.rate_60, jan.rate_90, jan.rate_180, jan.rate_365]).toEqual([5, 0.2, 0.2, 0.4, 0.6, 0.6]);
    const apr = byCohort['2024-04'];
    expect([apr.rate_30, apr.rate_90, apr.rate_180, apr.old_365, apr.rate_365]).toEqual([1, 1, 1, 0, null]);
    const late = byCohort['2025-01'];
    expect([late.customers, late.rate_30, late.rate_365]).toEqual([1, null, null]);
    // the medians and the late share are the all-cohorts row's only
    expect(rows.slice(1).every((r) => r.median_days_to_second === null && r.median_days_to_third === null && r.back_after_90 === null)).toBe(true);
  });

  it('with nobody back yet every figure that needs a returner is null', async () => {
    const alone = await ordersDb(tens('only', 0, 200));
    const [all] = await returnRows(alone, day(100));
    expect([all.customers, all.median_days_to_second, all.median_days_to_third, all.back_after_90, all.rate_90, all.rate_365]).toEqual([1, null, null, null, 0, null]);
    alone.close();
  });
});

describe('customers by number of orders', () => {
  it('bands 1, 2, 3, 4–5, 6–10, 11+ count orders (two on one day are two) with their revenue share', async () => {
    const n = (customer: string, orders: number) => tens(customer, ...Array.from({ length: orders }, (_, i) => i * 3));
    const db = await ordersDb([...n('c1', 1), ...tens('c2', 0, 0), ...n('c3', 3), ...n('c4', 4), ...n('c5', 5), ...n('c6', 6), ...n('c10', 10), ...n('c11', 11), ...n('c15', 15)]);
    await buildCustomerSummary(db, day(100));
    const bands = await orderBands(db);
    // revenue 10 per order: 10, 20, 30, 40 + 50, 60 + 100, 110 + 150 of 570
    expect(bands.map((b) => [b.band, b.customers, b.revenue])).toEqual([
      ['1', 1, 10], ['2', 1, 20], ['3', 1, 30], ['4-5', 2, 90], ['6-10', 2, 160], ['11+', 2, 260],
    ]);
    expect(bands.map((b) => b.revenue_share)).toEqual([10, 20, 30, 90, 160, 260].map((r) => r / 570));
    db.close();
  });
});

/**
 * Next purchase as of day 30: last purchase day + round(I).
 *   soon   days 0, 10, 21   gaps 10, 11 → I = 10.5 → round 11 (half away from zero) → day 32: within 7
 *   edge   days 17, 27      I = 10 → day 37 = as-of + 7: within 7 (the interval is closed on the right)
 *   far    days 0, 20       I = 20 → day 40: within 14, not 7
 *   today  days 10, 20      I = 10 → day 30 = the as-of date: not due (the interval is open on the left)
 *   late   days 0, 5        I = 5 → day 10: overdue, not due
 *   single day 25           one purchase day: no expected date
 */
describe('next purchase and the due-soon filter', () => {
  let db: Db & { close(): void };
  const asOf = day(30);
  beforeAll(async () => {
    db = await ordersDb([...tens('soon', 0, 10, 21), ...tens('edge', 17, 27), ...tens('far', 0, 20), ...tens('today', 10, 20), ...tens('late', 0, 5), ...tens('single', 25)]);
    await buildCustomerSummary(db, asOf);
    await buildRfm(db, asOf);
    await buildCustomerTable(db, asOf, DEFAULT_THRESHOLDS, 3);
  });
  afterAll(() => db.close());
  const byId = { key: 'customer_id', descending: false } as const;

  it('puts the expected next purchase day on every repeat customer', async () => {
    const rows = await customerPage(db, {}, byId, null);
    expect(Object.fromEntries(rows.map((r) => [r.customer_id, r.next_purchase]))).toEqual({
      edge: day(37), far: day(40), late: day(10), single: null, soon: day(32), today: day(30),
    });
    expect(rows.every((r) => r.p_buy === null)).toBe(true); // no model given
  });

  it('due within 7 and 14 days, soonest first', async () => {
    const due = async (k: number) => (await customerPage(db, { dueWithin: k }, { key: 'next_purchase', descending: false }, null)).map((r) => r.customer_id);
    expect(await due(7)).toEqual(['soon', 'edge']);
    expect(await due(14)).toEqual(['soon', 'edge', 'far']);
  });

  it('scores P(buy in 30 days) in SQL as the TypeScript model does, and filters and sorts on it', async () => {
    // the published CDNOW parameters, in weeks
    const model: ListModel = { model: { kind: 'bgnbd', r: 0.2426, alpha: 4.4136, a: 0.793, b: 2.4259 }, daysPerUnit: 7, horizonDays: 30 };
    const rows = await customerPage(db, {}, { key: 'p_buy', descending: true }, null, 0, model);
    const summary: Record<string, [number, number, number]> = {
      soon: [2, 21, 30], edge: [1, 10, 13], far: [1, 20, 30], today: [1, 10, 20], late: [1, 5, 30], single: [0, 0, 5],
    };
    for (const row of rows) {
      const [x, tx, T] = summary[row.customer_id];
      expect(row.p_buy, row.customer_id).toBeCloseTo(pBuyWithin(model.model, x, tx / 7, T / 7, 30 / 7), 12);
    }
    expect(rows.map((r) => r.p_buy)).toEqual([...rows.map((r) => r.p_buy)].sort((a, b) => b! - a!));
    const likely = await customerPage(db, { pBuy: { min: 0.5 } }, byId, null, 0, model);
    expect(likely.map((r) => r.customer_id)).toEqual(rows.filter((r) => r.p_buy! >= 0.5).map((r) => r.customer_id).sort());
    const nbd: ListModel = { ...model, model: { kind: 'nbd', r: 0.2426, alpha: 4.4136 } };
    const [soon] = await customerPage(db, { search: 'soon' }, byId, null, 0, nbd);
    expect(soon.p_buy).toBeCloseTo(1 - Math.pow((4.4136 + 30 / 7) / (4.4136 + 60 / 7), 2.2426), 12);
  });
});
