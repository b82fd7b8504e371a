import type { Db } from '../../src/analysis/db';
import { buildPurchaseDays } from '../../src/analysis/purchase-days';
import { nodeDb } from './node-db';

/** Day 0 of the hand-built datasets; offsets below are days after it (2024 is a leap year). */
export const ANCHOR = '2024-01-01';
// Month starts as offsets from ANCHOR: Jan 0, Feb 31, Mar 60, Apr 91, May 121, Jun 152, Jul 182, Aug 213,
// Sep 244, Oct 274, Nov 305, Dec 335; 2025-01-01 = 366.

export function day(offset: number, anchor = ANCHOR): string {
  return new Date(Date.parse(anchor) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** [customer, day offset, revenue as exact decimal text] — one order each. */
export type OrderSpec = [string, number, string];

/** A Node DuckDB with an `orders` table made of the given orders and `purchase_days` built from it. */
export async function ordersDb(orders: readonly OrderSpec[], anchor = ANCHOR): Promise<Db & { close(): void }> {
  const db = await nodeDb();
  await db.query(`CREATE TABLE orders (customer_id VARCHAR, order_id VARCHAR, order_ts TIMESTAMP, order_date DATE,
    revenue DECIMAL(18, 4), lines INTEGER)`);
  for (const [i, [customer, offset, revenue]] of orders.entries()) {
    const date = day(offset, anchor);
    await db.query('INSERT INTO orders VALUES ($1, $2, $3::TIMESTAMP, $4::DATE, $5::DECIMAL(18, 4), 1)', [
      customer, `o${i}`, `${date} 10:${String(i % 60).padStart(2, '0')}:00`, date, revenue,
    ]);
  }
  await buildPurchaseDays(db);
  return db;
}

const tens = (customer: string, ...days: number[]): OrderSpec[] => days.map((d) => [customer, d, '10.00']);

/**
 * Lifecycle dataset. Every order 10.00 unless shown. Gaps between purchase days → typical interval I:
 *   steady  days 0, 10, 20 (and 135, after the usual as-of day 130)  gaps 10, 10       → I = 10
 *   half    days 0, 4, 11                                            gaps 4, 7          → I = (4 + 7) / 2 = 5.5
 *   odd     days 0, 2, 11, 41                                        gaps 2, 9 | 30     → I = 5.5 until day 41, then 9
 *   even4   days 0, 1, 4, 9, 109                                     gaps 1, 3, 5 | 100 → I = 3 until day 109, then (3 + 5) / 2 = 4
 *   single  day 9; sameday: two orders on day 9 (12.34 + 0.66) = one purchase day
 *   fresh15 day 115; fresh14 day 116 (25.50)
 */
export const LIFECYCLE_ORDERS: OrderSpec[] = [
  ...tens('steady', 0, 10, 20, 135),
  ...tens('half', 0, 4, 11),
  ...tens('odd', 0, 2, 11, 41),
  ...tens('even4', 0, 1, 4, 9, 109),
  ...tens('single', 9),
  ['sameday', 9, '12.34'],
  ['sameday', 9, '0.66'],
  ...tens('fresh15', 115),
  ['fresh14', 116, '25.50'],
];

/**
 * Churn and comeback dataset (lapse day = last purchase day + floor(4·I) + 1):
 *   E  days 0 (1000.00), 1 (200.00), 51 (30.00), 164 (4.00): gaps 1 | 50 | 113 → I = 1, 25.5, 50
 *   F  days 0, 10, 51 — buys on the very day it would lapse (10 + 40 + 1 = 51)
 *   G  days 0, 10, 52 — lapses on 51, buys the day after
 *   H  days 0, 10, 141 — back exactly 90 days after entering lost on 51
 *   I  days 0, 10, 142 — back 91 days after
 */
export const CHURN_ORDERS: OrderSpec[] = [
  ['E', 0, '1000.00'],
  ['E', 1, '200.00'],
  ['E', 51, '30.00'],
  ['E', 164, '4.00'],
  ...tens('F', 0, 10, 51),
  ...tens('G', 0, 10, 52),
  ...tens('H', 0, 10, 141),
  ...tens('I', 0, 10, 142),
];
