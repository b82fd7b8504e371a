import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/analysis/db';
import { DEFAULT_THRESHOLDS } from '../../src/analysis/lifecycle';
import {
  buildProductDays, buildProductRegulars, productCustomers, productHistory, productSummary, productTable, type ProductLevel,
} from '../../src/analysis/products';
import { day } from './lifecycle-datasets';
import { linesDb, REGULARS_LINES, STEP_LINES } from './product-datasets';

async function table(db: Db, level: ProductLevel, asOf: string, min: number) {
  await buildProductDays(db, level);
  await buildProductRegulars(db, asOf, DEFAULT_THRESHOLDS);
  const summary = await productSummary(db, asOf, DEFAULT_THRESHOLDS);
  return { summary, rows: await productTable(db, asOf, min, summary.store_share) };
}

const ids = (rows: Array<{ customer_id: string }>) => rows.map((r) => r.customer_id);

describe('product regulars, lapsed share, lift and switchers (see REGULARS_LINES for the worked values)', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await linesDb(REGULARS_LINES);
  });
  afterAll(() => db.close());

  it('lists a product once it has N regulars: 2 orders of it on one day count, one order of 2 does not', async () => {
    const { summary, rows } = await table(db, 'product', day(200), 7);
    expect(summary).toEqual({ products: 2, with_regulars: 2, most_regulars: 7, repeat_customers: 9, repeat_lapsed: 4, store_share: 4 / 9 });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'tea', name: 'Tea', buyers: 8, regulars: 7, lapsed: 2, switchers: 2, lapsed_revenue: 50 });
    expect(rows[0].lapsed_share).toBeCloseTo(2 / 7, 15);
    expect(rows[0].lift).toBeCloseTo(9 / 14, 15);
    expect((await table(db, 'product', day(200), 8)).rows).toEqual([]);
  });

  it('ranks by lift, the lapsed share over the store share among repeat customers', async () => {
    const { rows } = await table(db, 'product', day(200), 6);
    expect(rows.map((r) => [r.name, r.regulars, r.lapsed, r.switchers, r.lapsed_revenue])).toEqual([
      ['Coffee', 6, 2, 0, 60],
      ['Tea', 7, 2, 2, 50],
    ]);
    expect(rows[0].lift).toBeCloseTo(3 / 4, 15);
  });

  it('tells lapsed regulars (store status at risk or lost) from switchers (still shopping, stopped buying it)', async () => {
    await table(db, 'product', day(200), 1);
    expect(ids(await productCustomers(db, 'Tea', 'lapsed', null))).toEqual(['C', 'D']);
    const lapsed = await productCustomers(db, ' TEA', 'lapsed', null);
    expect(lapsed.map((r) => [r.status, r.lapse_day, r.lapsed_revenue])).toEqual([['lost', day(61), 30], ['at_risk', day(201), 20]]);
    const switchers = await productCustomers(db, 'tea', 'switchers', null);
    // E bought Tea on one day only: no gap of its own, so the store interval (10) is its usual gap
    expect(switchers.map((r) => [r.customer_id, r.status, r.interval, r.usual_gap, r.last_bought])).toEqual([
      ['B', 'active', 10, 10, day(30)],
      ['E', 'active', null, 10, day(50)],
    ]);
    expect(ids(await productCustomers(db, 'Tea', 'regulars', null)).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'E2', 'G']);
    expect((await productCustomers(db, 'Tea', 'regulars', 2))[0].matches).toBe(7);
  });

  it('counts a switcher only when more than 4 × their gap for it has passed', async () => {
    // B last bought Tea on day 30 with a gap of 10: on day 70 that is exactly 40 days, on day 71 one more
    await table(db, 'product', day(70), 1);
    expect(ids(await productCustomers(db, 'Tea', 'switchers', null))).toEqual([]);
    await table(db, 'product', day(71), 1);
    expect(ids(await productCustomers(db, 'Tea', 'switchers', null))).toEqual(['B']);
  });

  it('works the same per brand / category, shown in its most frequent spelling', async () => {
    const { rows } = await table(db, 'category', day(200), 6);
    expect(rows.map((r) => [r.name, r.regulars, r.lapsed, r.switchers, r.lapsed_revenue])).toEqual([
      ['Bean', 6, 2, 0, 60],
      ['Leaf', 7, 2, 2, 50],
    ]);
  });
});

describe('price steps and the lapse rates before and after them (see STEP_LINES)', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await linesDb(STEP_LINES);
    await buildProductDays(db, 'product');
  });
  afterAll(() => db.close());

  it('finds a step of exactly ±10 % from the monthly median, not one of 9.99 %', async () => {
    const { months, steps } = await productHistory(db, 'product', 'cake', day(411), 4);
    expect(months.map((m) => m.month)).toEqual([
      '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10',
      '2024-11', '2024-12', '2025-01', '2025-02',
    ]);
    expect(months.map((m) => m.price)).toEqual([100, 100, 110, 110, 110, 110, 110, 110, 110, 99, 99, 108.89, 108.89, null]);
    expect(months.filter((m) => m.step).map((m) => m.month)).toEqual(['2024-03', '2024-10']);
    expect(steps.map((s) => [s.month, s.previous_month, s.previous_price, s.price])).toEqual([
      ['2024-03', '2024-02', 100, 110],
      ['2024-10', '2024-09', 110, 99],
    ]);
    expect(steps[0].change).toBeCloseTo(0.1, 12);
    expect(steps[1].change).toBeCloseTo(-0.1, 12);
    const honey = await productHistory(db, 'product', 'Honey', day(411), 4);
    expect(honey.steps.map((s) => s.month)).toEqual(['2024-02']);
  });

  it('counts the regulars lapsing each month (lapses of customers with 2 orders of it by then)', async () => {
    const { months } = await productHistory(db, 'product', 'Cake', day(411), 4);
    const lapses = Object.fromEntries(months.filter((m) => m.regular_lapses > 0).map((m) => [m.month, m.regular_lapses]));
    // P8 on Jan 27 and Oct 28; P1, P4 on May 1 and P7 on May 31; P3 on Jul 30; P5 on 2025-02-05 (P6's 431 is not yet)
    expect(lapses).toEqual({ '2024-01': 1, '2024-05': 3, '2024-07': 1, '2024-10': 1, '2025-02': 1 });
  });

  it('judges the windows from the regulars still buying at the end of month s − 1 and s − 7', async () => {
    const { steps } = await productHistory(db, 'product', 'Cake', day(411), 4);
    // March: before = from the end of Aug 2023, before the data starts: nobody to watch.
    //   After: regulars by Feb 29 are P1 P2 P3 P8; P8 lost since Jan 27 → watched P1 P2 P3; P1 (May 1) and P3 (Jul 30)
    //   lapse in Mar–Aug → 2 of 3.
    expect(steps[0]).toMatchObject({
      before_watched: 0, before_lapsed: 0, before_rate: null,
      after_watched: 3, after_lapsed: 2, after_until: '2024-08-31', after_complete: true,
    });
    expect(steps[0].after_rate).toBeCloseTo(2 / 3, 15);
    // October: before = from Mar 31: P1 (d 50 ≤ 80), P2, P3, P4 (d 10 ≤ 40); P8 lost → 4, of them P1, P3, P4 lapse
    //   in Apr–Sep → 3 of 4. After = from Sep 30: P2, P5, P6 and P8 (at risk: d 173 ≤ 200); P1 P3 P4 P7 lost →
    //   4 watched; P8 (Oct 28) and P5 (2025-02-05) lapse by the as-of date, P6 would on day 431 → 2 of 4, so far.
    expect(steps[1]).toMatchObject({
      before_watched: 4, before_lapsed: 3, before_rate: 0.75,
      after_watched: 4, after_lapsed: 2, after_rate: 0.5, after_until: '2025-02-15', after_complete: false,
    });
  });

  it('counts only the lapses known by the as-of date', async () => {
    const early = await productHistory(db, 'product', 'Cake', day(300), 4);
    expect(early.steps[1]).toMatchObject({ after_watched: 4, after_lapsed: 0, after_until: day(300), after_complete: false });
    const next = await productHistory(db, 'product', 'Cake', day(301), 4);
    expect(next.steps[1]).toMatchObject({ after_lapsed: 1, after_rate: 0.25 });
    expect(next.months.at(-1)!.month).toBe('2024-10');
  });

  it('prices a line as amount / quantity without a unit price, skips free lines and months without sales', async () => {
    const { months, steps } = await productHistory(db, 'product', 'Jam', day(411), 4);
    expect(months.slice(0, 3).map((m) => [m.month, m.price === null ? null : Math.round(m.price * 100) / 100, m.lines])).toEqual([
      ['2024-01', 1.1, 1], ['2024-02', null, 0], ['2024-03', 1.21, 1],
    ]);
    expect(steps.map((s) => s.previous_month)).toEqual(['2024-01']);
    expect(steps[0].change).toBeCloseTo(0.1, 12);
    // Q has one order of jam by Feb 29: no regulars to watch on either side
    expect(steps[0]).toMatchObject({ before_rate: null, after_watched: 0, after_rate: null });
  });

  it('returns nothing for a product nobody bought', async () => {
    expect(await productHistory(db, 'product', 'Scones', day(411), 4)).toEqual({ months: [], steps: [] });
  });
});
