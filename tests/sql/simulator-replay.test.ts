/**
 * The replay's one SQL pass (sim-orders-build.sql) on hand-made orders: each customer's orders in
 * (order_ts, order_id compared as text) order, spend before each since the start of the data; and the natural
 * comeback rates of every status (sim-comeback.sql) on the churn dataset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDb } from './node-db';
import { CHURN_ORDERS, day, ordersDb } from './lifecycle-datasets';
import { buildCustomerSummary, buildPurchaseDays } from '../../src/analysis/purchase-days';
import { buildSimMembers, buildSimOrders, comebackByStatus, replayOrders } from '../../src/analysis/simulator';
import { comebackRates } from '../../src/analysis/churn-comeback';
import { replay } from '../../src/simulate/replay';
import { epochDay } from '../../src/analysis/calendar';
import type { Db } from '../../src/analysis/db';

// [customer, order id, timestamp, revenue]
const ORDERS: [string, string, string, string][] = [
  // same timestamp: as text '10' < '9', so '10' comes first (numerically it would be second)
  ['a', '9', '2024-01-01 10:00:00', '100.00'],
  ['a', '10', '2024-01-01 10:00:00', '50.00'],
  ['a', '2', '2024-01-02 09:00:00', '30.00'],
  // the earlier timestamp first whatever the id
  ['b', 'x', '2024-01-01 09:00:00', '20.00'],
  ['b', 'y', '2024-01-01 08:00:00', '40.00'],
];

describe('cumulative spend per order, in SQL', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await nodeDb();
    await db.query(`CREATE TABLE orders (customer_id VARCHAR, order_id VARCHAR, order_ts TIMESTAMP, order_date DATE,
      revenue DECIMAL(18, 2), lines INTEGER)`);
    for (const [customer, id, ts, revenue] of ORDERS) {
      await db.query('INSERT INTO orders VALUES ($1, $2, $3::TIMESTAMP, $3::DATE, $4::DECIMAL(18, 2), 1)', [customer, id, ts, revenue]);
    }
    await buildPurchaseDays(db);
    await buildCustomerSummary(db, '2024-01-02');
    await buildSimOrders(db);
    await buildSimMembers(db, '2024-01-02');
  });
  afterAll(() => db.close());

  it('orders equal timestamps by order id as text and sums the spend before each order exactly', async () => {
    const rows = await db.query<{ customer_id: string; order_id: string; spent_before: number }>(
      `SELECT o.customer_id, s.spent_before::DOUBLE AS spent_before, o.order_id
       FROM sim_orders s JOIN orders o USING (customer_id, order_date, revenue) ORDER BY o.customer_id, s.spent_before`,
    );
    // a: '10' (before 0), '9' (before 50), '2' (before 150); b: y (0), x (40)
    expect(rows.map((r) => [r.customer_id, r.order_id, r.spent_before])).toEqual([
      ['a', '10', 0], ['a', '9', 50], ['a', '2', 150], ['b', 'y', 0], ['b', 'x', 40],
    ]);
  });

  it('replays a tier reached exactly by the spend before an order', async () => {
    // tier 50 → 10 %: a's '9' (before exactly 50) 10 and '2' (150) 3; b's x (40) stays below → 13
    const data = await replayOrders(db, '2024-01-02');
    const r = replay(data, { kind: 'discount', tiers: [{ threshold: 50, rate: 10 }], redeemed: 0.7 }, { start: epochDay('2024-01-01'), end: epochDay('2024-01-02') });
    expect(r.discountTotal).toBeCloseTo(13, 12);
    // customers at the as-of date: a 180, b 60 — both past 50
    expect(r.tiers.map((t) => [t.threshold, t.orders, t.customers])).toEqual([[0, 3, 0], [50, 2, 2]]);
  });
});

describe('natural comeback of every status (churn dataset, as-of day 380, cut-off day 290)', () => {
  it('extends the at-risk and lost episodes to the other statuses', async () => {
    const db = await ordersDb(CHURN_ORDERS);
    const rates = await comebackByStatus(db, day(380));
    // at risk and lost exactly as the churn view measures them
    expect({ at_risk: rates.at_risk, lost: rates.lost }).toEqual(await comebackRates(db, day(380)));
    // new: entered on each first purchase day (day 0 for all five); all bought again within 90 days
    expect(rates.new).toEqual({ episodes: 5, came_back: 5, rate: 1 });
    // active: entered on each repeat purchase day up to 290 — E 1, 51, 164; F 10, 51; G 10, 52; H 10, 141;
    //   I 10, 142 — back within 90 days: E 1→51, F 10→51, G 10→52
    expect(rates.active).toEqual({ episodes: 11, came_back: 3, rate: 3 / 11 });
    // due (k = 1.5): E 1 (I 1) → 3, back on 51; E 51 (I 25.5) → 90, back on 164; E 164 (I 50) → 240, never;
    //   F 10 → 26, back on 51; F 51 (I 25.5) → 90, never; G 10 → 26, back on 52; G 52 (I 26) → 92, never;
    //   H 10 → 26, next 141 (115 days) no; H 141 (I 70.5) → 247 never; I likewise → 4 of 11
    expect(rates.due).toEqual({ episodes: 11, came_back: 4, rate: 4 / 11 });
    // one-time: I_store = median of the gaps 1, 10 ×4, 41, 42, 50, 113, 131, 132 = 41, entry = day 0 + 83;
    //   everybody bought again long before, so no customer ever became one-time
    expect(rates.one_time).toEqual({ episodes: 0, came_back: 0, rate: null });
    db.close();
  });
});
