import type { Db } from '../../src/analysis/db';
import { buildPurchaseDays } from '../../src/analysis/purchase-days';
import ordersSql from '../../src/ingest/sql/orders.sql?raw';
import { nodeDb } from './node-db';
import { day } from './lifecycle-datasets';

/** One purchase line of a hand-built dataset; days are offsets from ANCHOR (2024-01-01), see lifecycle-datasets.ts. */
export interface LineSpec {
  customer: string;
  day: number;
  product: string;
  category?: string | null;
  quantity?: number;
  /** Null = no unit price (the price is then amount / quantity). */
  price?: number | null;
  /** Default quantity × price. */
  amount?: number;
  /** Default `<customer>-<day>`: one order per customer and day. */
  order?: string;
}

/** A Node DuckDB with `purchases` made of these lines, `orders` built by the app's own SQL, and `purchase_days`. */
export async function linesDb(lines: readonly LineSpec[]): Promise<Db & { close(): void }> {
  const db = await nodeDb();
  await db.query(`CREATE TABLE purchases (customer_id VARCHAR, order_id VARCHAR, order_ts TIMESTAMP, order_date DATE,
    amount DECIMAL(18, 4), product VARCHAR, category VARCHAR, quantity DECIMAL(18, 4), unit_price DECIMAL(18, 4),
    status VARCHAR, _file INTEGER, _row INTEGER)`);
  for (const [i, l] of lines.entries()) {
    const date = day(l.day);
    const quantity = l.quantity ?? 1;
    const amount = l.amount ?? quantity * (l.price ?? 0);
    await db.query(
      `INSERT INTO purchases VALUES ($1, $2, $3::TIMESTAMP, $4::DATE, $5::DECIMAL(18, 4), $6, $7, $8::DECIMAL(18, 4),
        $9::DECIMAL(18, 4), NULL, 0, $10)`,
      [l.customer, l.order ?? `${l.customer}-${l.day}`, `${date} 12:00:00`, date, amount.toFixed(4), l.product, l.category ?? null,
        quantity.toFixed(4), l.price === null || l.price === undefined ? null : l.price.toFixed(4), i + 1],
    );
  }
  await db.query(ordersSql);
  await buildPurchaseDays(db);
  return db;
}

const every = (from: number, to: number, step: number) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
const buys = (customer: string, product: string, category: string, days: number[], extra: Partial<LineSpec> = {}): LineSpec[] =>
  days.map((d) => ({ customer, day: d, product, category, price: 10, ...extra }));

/**
 * Regulars, lapsed, switchers (as-of day 200 = 2024-07-19). Every line 10.00. Store status at day 200 from all
 * purchase days (I_store = 10):
 *   A   Tea every 10 days 0…190                          I 10, d 10   active   Tea regular
 *   B   Tea 0–30 ("TEA"), Coffee 40…190                  I 10, d 10   active   Tea: last 30, gap 10, 170 > 40 → switcher
 *   C   Tea 0, 10, 20 (" tea ")                          I 10, d 180  lost     lapse day 20 + 40 + 1 = 61, spent 30
 *   D   Tea 0, 40                                        I 40, d 160  at risk  (100 < 160 ≤ 160), lapse 201, spent 20
 *   E   Tea in two orders on day 50 ("tea"), Coffee 60…190  I 10  active   Tea on one day: no gap, so its usual gap is
 *                                                                          the store one, 10; 150 > 40 → switcher
 *   E2  Tea in two orders on day 190, Coffee 100…190     I 10         active   one day, 10 ≥ 10 → not a switcher
 *   F   one order of 2 × Tea (20.00) on day 100, Coffee 110, 120   I 10, d 80  lost   Tea: one order, not a regular
 *   G   Tea in two orders on day 195                     one purchase day: new; a regular, neither lapsed nor switcher
 *   H   Coffee 0, 100                                    I 100, d 100 active
 *   J   Coffee 0, 10                                     I 10, d 190  lost     lapse 51, spent 20
 * Repeat customers A B C D E E2 F H J = 9, of them at risk or lost C D F J = 4: store share 4/9.
 * Tea ("Tea" 27 lines, "TEA" 4, " tea " 3, "tea" 2 → shown as "Tea"): buyers 8 (all but H, J), regulars
 *   A B C D E E2 G = 7, lapsed C D = 2, switchers B E = 2, lapsed revenue 30 + 20 = 50, lift (2/7)/(4/9) = 9/14.
 * Coffee (category "Bean", one line "BEAN"): regulars B E E2 F H J = 6, lapsed F J, switchers 0; F lapses on
 *   120 + 41 = 161 having spent 20 + 10 + 10 = 40, J on 51 having spent 20: 60; lift (2/6)/(4/9) = 3/4.
 */
export const REGULARS_LINES: LineSpec[] = [
  ...buys('A', 'Tea', 'Leaf', every(0, 190, 10)),
  ...buys('B', 'TEA', 'Leaf', [0, 10, 20, 30]),
  ...buys('B', 'Coffee', 'Bean', every(40, 190, 10)),
  ...buys('C', ' tea ', 'Leaf', [0, 10, 20]),
  ...buys('D', 'Tea', 'Leaf', [0, 40]),
  ...buys('E', 'tea', 'Leaf', [50], { order: 'E-50a' }),
  ...buys('E', 'tea', 'Leaf', [50], { order: 'E-50b' }),
  ...buys('E', 'Coffee', 'Bean', every(60, 190, 10)),
  ...buys('E2', 'Tea', 'Leaf', [190], { order: 'E2-190a' }),
  ...buys('E2', 'Tea', 'Leaf', [190], { order: 'E2-190b' }),
  ...buys('E2', 'Coffee', 'Bean', every(100, 190, 10)),
  ...buys('F', 'Tea', 'Leaf', [100], { quantity: 2 }),
  ...buys('F', 'Coffee', 'BEAN', [110]),
  ...buys('F', 'Coffee', 'Bean', [120]),
  ...buys('G', 'Tea', 'Leaf', [195], { order: 'G-195a' }),
  ...buys('G', 'Tea', 'Leaf', [195], { order: 'G-195b' }),
  ...buys('H', 'Coffee', 'Bean', [0, 100]),
  ...buys('J', 'Coffee', 'Bean', [0, 10]),
];

/**
 * Price steps and the lapse windows around them (as-of day 411 = 2025-02-15). Cake, one line a purchase, priced by
 * month: Jan 2024 100; Feb two lines 90 and 110 (median 100); Mar–Sep 110 (+10 % exactly: a step); Oct–Nov 99
 * (−10 % exactly: a step); from Dec 108.89 (+9.99 %: no step). Lapse day = last purchase day + floor(4·I) + 1.
 *   P1  0, 20, 40                  I 20  lapses 121 (May 1)
 *   P2  every 30 days 0…390        I 30  never lapses (next lapse 511)
 *   P3  10, 50                     I 40  lapses 211 (Jul 30)
 *   P4  70, 80                     I 10  lapses 121
 *   P5  200, 240                   I 40  lapses 401 (2025-02-05)
 *   P6  230, 270                   I 40  would lapse 431, after the as-of date
 *   P7  100, 110                   I 10  lapses 151 (May 31)
 *   P8  0, 5, 100                  I 5 then median(5, 95) = 50: lapses 26 (Jan 27), back on 100, lapses 301 (Oct 28)
 * Jam, no unit price (amount / quantity), customer Q: Jan 3.30 / 3 = 1.10; none in Feb; Mar 2.42 / 2 = 1.21 (+10 %: a
 * step from January, the previous month with sales) and a free line (0.00), no price. Honey: Jan 1.10, Feb 1.21 —
 * +10 % that float arithmetic alone makes 0.10999999999999988 < 0.11000000000000001.
 */
export const STEP_LINES: LineSpec[] = [
  ...[
    ['P1', [0, 20, 40]], ['P2', every(0, 390, 30)], ['P3', [10, 50]], ['P4', [70, 80]], ['P5', [200, 240]],
    ['P6', [230, 270]], ['P7', [100, 110]], ['P8', [0, 5, 100]],
  ].flatMap(([customer, days]) => (days as number[]).map((d) => ({ customer: customer as string, day: d, product: 'Cake', price: cakePrice(d, customer as string) }))),
  { customer: 'Q', day: 1, product: 'Jam', quantity: 3, price: null, amount: 3.3 },
  { customer: 'Q', day: 61, product: 'Jam', quantity: 2, price: null, amount: 2.42 },
  { customer: 'Q', day: 65, product: 'Jam', quantity: 1, price: null, amount: 0 },
  { customer: 'Q', day: 1, product: 'Honey', price: 1.1 },
  { customer: 'Q', day: 31, product: 'Honey', price: 1.21 },
];

function cakePrice(offset: number, customer: string): number {
  const month = day(offset).slice(0, 7);
  if (month === '2024-02') return customer === 'P1' ? 90 : 110;
  if (month < '2024-02') return 100;
  if (month < '2024-10') return 110;
  if (month < '2024-12') return 99;
  return 108.89;
}
