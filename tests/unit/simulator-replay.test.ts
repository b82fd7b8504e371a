import { describe, expect, it } from 'vitest';
import type { ReplayOrders } from '../../src/analysis/simulator';
import { monthText, replay } from '../../src/simulate/replay';
import { epochDay } from '../../src/analysis/calendar';
import { tierIndex, tierRows, type Programme } from '../../src/simulate/programme';

/** One hand-made order: the customer's spend before it (what sim-orders-build.sql computes), its revenue, date. */
type Spec = [spentBefore: number, revenue: number, date: string, memberYear?: boolean];

function orders(specs: Spec[], customerSpend: number[]): ReplayOrders {
  const days = specs.map(([, , date]) => epochDay(date));
  return {
    spentBefore: Float64Array.from(specs, (s) => s[0]),
    revenue: Float64Array.from(specs, (s) => s[1]),
    day: Int32Array.from(days),
    month: Int32Array.from(specs, (s) => Number(s[2].slice(0, 4)) * 12 + Number(s[2].slice(5, 7)) - 1),
    memberYear: Uint8Array.from(specs, (s) => (s[3] ? 1 : 0)),
    customerSpend: Float64Array.from(customerSpend),
  };
}

/*
 * Tiers 100 → 2 %, 300 → 5 % (a "below 100" row at 0 % comes first). Three customers, orders in sequence:
 *   A: 60 (before 0, below), 50 (before 60, below — this order crosses 100 but still pays the old 0 %),
 *      400 (before 110 → 2 % = 8; crosses 300 too and still pays 2 %), 10 (before 510 → 5 % = 0.5)
 *   B: 100 (before 0, below), 20 (before exactly 100 → 2 % = 0.4: a threshold is reached when spend ≥ it)
 *   C: 500 (before 0 → below: crosses both thresholds in one order at 0 %), 40 (before 500 → 5 % = 2)
 * Discount 8 + 0.5 + 0.4 + 2 = 10.9 on revenue 1180. Per tier: below 4 orders, 710, 0; 100: 2 orders
 * (A's 400, B's 20), 420, 8.4; 300: 2 orders (A's 10, C's 40), 50, 2.5.
 * Customers by spend to date: A 520 → 300, B 120 → 100, C 540 → 300.
 */
const SPECS: Spec[] = [
  [0, 60, '2024-01-05'],
  [60, 50, '2024-01-20'],
  [110, 400, '2024-02-03', true],
  [510, 10, '2024-03-01', true],
  [0, 100, '2024-01-10'],
  [100, 20, '2024-03-15'],
  [0, 500, '2024-02-10'],
  [500, 40, '2024-03-20'],
];
const DATA = orders(SPECS, [520, 120, 540]);
const DISCOUNT: Programme = { kind: 'discount', tiers: [{ threshold: 100, rate: 2 }, { threshold: 300, rate: 5 }], redeemed: 0.7 };
const ALL = { start: epochDay('2024-01-01'), end: epochDay('2024-03-31') };

describe('replay of a loyalty programme on history', () => {
  it('adds a 0 % row below the first threshold and picks the highest tier reached', () => {
    expect(tierRows(DISCOUNT.tiers)).toEqual([{ threshold: 0, rate: 0 }, ...DISCOUNT.tiers]);
    expect(tierRows([{ threshold: 0, rate: 5 }])).toEqual([{ threshold: 0, rate: 5 }]);
    const rows = tierRows(DISCOUNT.tiers);
    expect([0, 99.99, 100, 299, 300, 1e9].map((s) => tierIndex(rows, s))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('keeps the old rate on the order that crosses a threshold, also when it crosses several', () => {
    const r = replay(DATA, DISCOUNT, ALL);
    expect(r.discountTotal).toBeCloseTo(10.9, 12);
    expect(r.revenue).toBe(1180);
    expect(r.orders).toBe(8);
    expect(r.discountShare).toBeCloseTo(10.9 / 1180, 14);
    expect(r.tiers.map((t) => [t.threshold, t.rate, t.orders, t.revenue, t.customers])).toEqual([
      [0, 0, 4, 710, 0],
      [100, 2, 2, 420, 1],
      [300, 5, 2, 50, 2],
    ]);
    expect(r.tiers.map((t) => t.discount)).toEqual([0, 8.4, 2.5].map((x) => expect.closeTo(x, 12)));
  });

  it('charges cashback only on the redeemed share', () => {
    // the same programme as points with 70 % spent: 10.9 × 0.7 = 7.63
    const r = replay(DATA, { ...DISCOUNT, kind: 'cashback' }, ALL);
    expect(r.discountTotal).toBeCloseTo(7.63, 12);
    expect(r.tiers[1].discount).toBeCloseTo(8.4 * 0.7, 12);
    // a flat 5 % cashback (one tier from 0), 40 % spent: 1180 × 0.05 × 0.4 = 23.6, and no "below" row
    const flat = replay(DATA, { kind: 'cashback', tiers: [{ threshold: 0, rate: 5 }], redeemed: 0.4 }, ALL);
    expect(flat.discountTotal).toBeCloseTo(23.6, 12);
    expect(flat.tiers.map((t) => [t.threshold, t.orders, t.customers])).toEqual([[0, 8, 3]]);
  });

  it('reports the window by month, measures d on members’ orders of the year whatever the window', () => {
    // window = March: A's 10 (0.5), B's 20 (0.4), C's 40 (2) → 2.9 on revenue 70
    const march = replay(DATA, DISCOUNT, { start: epochDay('2024-03-01'), end: epochDay('2024-03-31') });
    expect([march.orders, march.revenue]).toEqual([3, 70]);
    expect(march.discountTotal).toBeCloseTo(2.9, 12);
    expect(march.months.map((m) => m.month)).toEqual(['2024-03']);
    // customers per tier are taken at the as-of date, not per window
    expect(march.tiers.map((t) => t.customers)).toEqual([0, 1, 2]);
    // members' orders of the year: A's 400 (8) and 10 (0.5) → d = 8.5 / 410
    expect(march.effectiveRate).toBeCloseTo(8.5 / 410, 14);
    expect(march.membersYearRevenue).toBe(410);

    const all = replay(DATA, DISCOUNT, ALL);
    // January 60 + 50 + 100, no discount; February 400 (8) + 500; March 70 (2.9)
    expect(all.months.map((m) => [m.month, m.revenue])).toEqual([['2024-01', 210], ['2024-02', 900], ['2024-03', 70]]);
    expect(all.months.map((m) => m.discount)).toEqual([0, 8, 2.9].map((x) => expect.closeTo(x, 12)));
    expect(monthText(2024 * 12 + 11)).toBe('2024-12');
  });

  it('gives no share and no rate without revenue, never NaN', () => {
    const empty = replay(orders([], []), DISCOUNT, ALL);
    expect(empty.discountShare).toBeNull();
    expect(empty.effectiveRate).toBeNull();
    expect(empty.months).toHaveLength(3);
  });
});
