import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCustomerSummary, storeInterval } from '../../src/analysis/purchase-days';
import { customerStatuses, statusAt, statusMix, type LifecycleThresholds } from '../../src/analysis/lifecycle';
import type { Db } from '../../src/analysis/db';
import { day, LIFECYCLE_ORDERS, ordersDb } from './lifecycle-datasets';

describe('lifecycle status on a hand-built dataset (see lifecycle-datasets.ts for the purchase days)', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await ordersDb(LIFECYCLE_ORDERS);
  });
  afterAll(() => db.close());

  const statusOf = async (customer: string, offset: number, thresholds?: LifecycleThresholds) => {
    const rows = await customerStatuses(db, day(offset), thresholds);
    return rows.find((r) => r.customer_id === customer)!;
  };

  it('summarises purchase days per customer up to the as-of date', async () => {
    await buildCustomerSummary(db, day(130));
    const rows = await db.query(`SELECT customer_id, purchase_days, orders, revenue::DOUBLE AS revenue, typical_interval,
      last_day::VARCHAR AS last_day FROM customer_summary ORDER BY customer_id`);
    const by = Object.fromEntries(rows.map((r) => [r.customer_id, r]));
    expect(by.steady).toMatchObject({ purchase_days: 3, orders: 3, revenue: 30, typical_interval: 10, last_day: day(20) });
    expect(by.sameday).toMatchObject({ purchase_days: 1, orders: 2, revenue: 13, typical_interval: null });
    expect(by.odd.typical_interval).toBe(9); // median of 2, 9, 30 — not their mean
    expect(by.even4.typical_interval).toBe(4); // median of 1, 3, 5, 100 = (3 + 5) / 2
    expect(by.half.typical_interval).toBe(5.5);
    expect(rows).toHaveLength(8);
  });

  it('pools I_store from the gaps up to the date', async () => {
    // gaps by the day they end: 1@1 2@2 3@4 4@4 5@9 10@10 7@11 9@11 10@20 30@41 100@109
    expect((await storeInterval(db, day(19))).i_store).toBe(4.5); // 1 2 3 4 | 5 7 9 10 → (4 + 5) / 2
    expect((await storeInterval(db, day(20))).i_store).toBe(5); // 1 2 3 4 5 7 9 10 10 → 5
    expect((await storeInterval(db, day(41))).i_store).toBe(6); // ten gaps → (5 + 7) / 2
    expect(await storeInterval(db, day(130))).toEqual({ i_store: 7, gaps: 11 });
  });

  it.each([
    // steady: last day 20, I = 10 → active d ≤ 15, due d ≤ 25, at risk d ≤ 40, lost after
    ['steady', 35, 'active'], ['steady', 36, 'due'], ['steady', 45, 'due'], ['steady', 46, 'at_risk'],
    ['steady', 60, 'at_risk'], ['steady', 61, 'lost'],
    // half: last day 11, I = 5.5 → 1.5·I = 8.25, 2.5·I = 13.75, 4·I = 22
    ['half', 19, 'active'], ['half', 20, 'due'], ['half', 24, 'due'], ['half', 25, 'at_risk'],
    ['half', 33, 'at_risk'], ['half', 34, 'lost'],
    // odd: on day 40 still I = 5.5 from day 11, d = 29 > 22; day 41 buys, I becomes 9
    ['odd', 40, 'lost'], ['odd', 41, 'active'],
    // single (day 9) with I_store = 4.5 on days 11–19: new while d ≤ 9
    ['single', 18, 'new'], ['single', 19, 'one_time'], ['sameday', 18, 'new'], ['sameday', 19, 'one_time'],
  ] as const)('%s on day %i is %s', async (customer, offset, status) => {
    expect((await statusOf(customer, offset)).status).toBe(status);
  });

  it('recomputes the interval from the purchases up to the date', async () => {
    expect(await statusOf('odd', 40)).toMatchObject({ typical_interval: 5.5, purchase_days: 3, days_since: 29 });
    expect(await statusOf('odd', 41)).toMatchObject({ typical_interval: 9, purchase_days: 4, days_since: 0 });
    expect(await statusOf('even4', 108)).toMatchObject({ typical_interval: 3, status: 'lost' });
    expect(await statusOf('even4', 109)).toMatchObject({ typical_interval: 4, status: 'active' });
  });

  it('takes the thresholds as settings', async () => {
    const t = { new: 2, due: 1, at_risk: 2, lost: 3 }; // steady: active d ≤ 10, due ≤ 20, at risk ≤ 30
    const seen = [];
    for (const o of [30, 31, 40, 41, 50, 51]) seen.push((await statusOf('steady', o, t)).status);
    expect(seen).toEqual(['active', 'due', 'due', 'at_risk', 'at_risk', 'lost']);
    // 2.3 × 100 is 229.99999999999997 in floats; d = 230 is still within 2.3·I
    const [row] = await db.query('SELECT ottok_within(230, 2.3::DOUBLE, 100.0::DOUBLE) AS a, ottok_within(231, 2.3::DOUBLE, 100.0::DOUBLE) AS b');
    expect(row).toEqual({ a: true, b: false });
  });

  it('counts customers and their revenue per status at the as-of date (day 130, I_store = 7)', async () => {
    const s = await statusAt(db, day(130));
    // new: fresh14 (d = 14 ≤ 2·7); one-time: fresh15 (d = 15), single, sameday; repeat customers all past 4·I:
    // steady d = 110 > 40, half 119 > 22, odd 89 > 36, even4 21 > 16
    expect(s.i_store).toBe(7);
    expect(s.customers).toEqual({ new: 1, one_time: 3, active: 0, due: 0, at_risk: 0, lost: 4 });
    // lost 30 + 30 + 40 + 50 (steady's day-135 order is after the date); one-time 10 + 13 + 10
    expect(s.revenue).toEqual({ new: 25.5, one_time: 33, active: 0, due: 0, at_risk: 0, lost: 150 });
    expect(s.revenue_text.lost).toBe('150.0000');
  });

  it('gives the status mix at every month end, each from the purchases up to that day', async () => {
    const mix = await statusMix(db, { start: day(0), end: day(130) });
    expect(mix.map(({ month, month_end, partial, i_store, ...counts }) => [month, month_end, partial, i_store, counts])).toEqual([
      // Jan 31 = day 30, I_store 5: steady d 10 active; half, odd d 19 in (13.75, 22] at risk; even4 (I = 3) d 21 lost
      ['2024-01', '2024-01-31', false, 5, { new: 0, one_time: 2, active: 1, due: 0, at_risk: 2, lost: 1 }],
      // Feb 29 = day 59, I_store 6: steady d 39 at risk; odd (I = 9) d 18 in (13.5, 22.5] due; half, even4 lost
      ['2024-02', '2024-02-29', false, 6, { new: 0, one_time: 2, active: 0, due: 1, at_risk: 1, lost: 2 }],
      ['2024-03', '2024-03-31', false, 6, { new: 0, one_time: 2, active: 0, due: 0, at_risk: 0, lost: 4 }],
      // Apr 30 = day 120, I_store 7: fresh15/14 d 5/4 new; even4 (I = 4) d 11 in (10, 16] at risk
      ['2024-04', '2024-04-30', false, 7, { new: 2, one_time: 2, active: 0, due: 0, at_risk: 1, lost: 3 }],
      ['2024-05', '2024-05-10', true, 7, { new: 1, one_time: 3, active: 0, due: 0, at_risk: 0, lost: 4 }],
    ]);
  });

  it('agrees with the direct status count at every month end', async () => {
    const mix = await statusMix(db, { start: day(0), end: day(130) });
    for (const row of mix) {
      const snapshot = await statusAt(db, row.month_end);
      expect({ month: row.month, ...snapshot.customers }).toEqual({
        month: row.month, new: row.new, one_time: row.one_time, active: row.active, due: row.due, at_risk: row.at_risk, lost: row.lost,
      });
    }
  });
});
