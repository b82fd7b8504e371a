/**
 * The per-customer-day input kind: a table already reduced to one row per customer and purchase day (a
 * warehouse's GROUP BY, docs/warehouse.md) with the day's orders and revenue, optionally split by product /
 * category. It loads through the same path as purchase lines — the revenue column in the `amount` role, the
 * order count in the `quantity` role — and only `orders` is built differently (customer-day-orders.sql).
 * What needs single lines or single orders cannot come from it: LINE_ONLY lists it.
 */
import type { Db } from '../analysis/db';
import type { Mapping } from './types';
import ordersSql from './sql/customer-day-orders.sql?raw';

export type InputKind = 'lines' | 'customer_days';

/** The column names of the extract in docs/warehouse.md (and a few obvious variants). */
const NAMES = {
  customer: /^(customer_?id|customer|client_?id)$/i,
  day: /^(purchase_?day|day|order_?day|date)$/i,
  orders: /^(orders|order_?count|n_?orders)$/i,
  revenue: /^(revenue|amount|sales)$/i,
  product: /^(product|sku|product_?id)$/i,
  category: /^(category|brand)$/i,
};

const find = (header: string[], name: RegExp): string | null => header.find((h) => name.test(h.trim())) ?? null;

/** A header with a day, an orders count and a revenue column (and no line-level columns) is per customer-day. */
export function looksLikeCustomerDays(header: string[]): boolean {
  const lineLevel = header.some((h) => /^(invoice|order_?id|order_?no|quantity|qty|unit_?price|price)$/i.test(h.trim()));
  return !lineLevel && !!find(header, NAMES.day) && !!find(header, NAMES.orders) && !!find(header, NAMES.revenue);
}

/** The roles of a per-customer-day table, by the extract's column names; `null` where a column is absent. */
export function customerDayMapping(header: string[]): Mapping {
  return {
    customer_id: find(header, NAMES.customer),
    order_ts: find(header, NAMES.day),
    amount: find(header, NAMES.revenue),
    quantity: find(header, NAMES.orders),
    product: find(header, NAMES.product),
    category: find(header, NAMES.category),
    order_id: null,
    unit_price: null,
    status: null,
  };
}

/** Rebuilds `orders` from a per-customer-day `purchases` (after buildPurchases). */
export async function buildCustomerDayOrders(db: Db): Promise<void> {
  await db.query(ordersSql);
}

/** What a per-customer-day input cannot give, and why (shown instead of numbers). */
export const LINE_ONLY = {
  duplicates: 'exact duplicate lines: the table has one row per customer and day, so no purchase lines to compare',
  simulator: 'the loyalty simulator replays every single order and its amount: a day holds only its orders and revenue',
  price_steps: 'product price steps need each line’s unit price',
  customer_orders: 'a customer’s order list needs single orders (a day’s orders are shown as equal parts of its revenue)',
} as const;
