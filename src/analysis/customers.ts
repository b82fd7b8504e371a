import type { Db } from './db';
import { thresholdParams, type LifecycleStatus, type LifecycleThresholds } from './lifecycle';
import type { RfmSegment } from './rfm';
import buildSql from './sql/customer-table-build.sql?raw';
import pageSql from './sql/customer-page.sql?raw';
import productFilterSql from './sql/product-customer-filter.sql?raw';
import type { ProductGroup } from './products';
import type { PurchaseModel } from './btyd/bgnbd';
import ordersSql from './sql/customer-orders.sql?raw';

export interface CustomerRow {
  customer_id: string;
  first_day: string;
  last_day: string;
  orders: number;
  purchase_days: number;
  days_since: number;
  revenue: number;
  typical_interval: number | null;
  status: LifecycleStatus;
  r: number | null;
  f: number | null;
  m: number | null;
  segment: RfmSegment | null;
  recent: number;
  previous: number;
  /** Expected next purchase day (YYYY-MM-DD; DESIGN §3c), null with one purchase day. */
  next_purchase: string | null;
  /** P(at least one purchase in the model horizon, 30 days in the list); null without a fitted model. */
  p_buy: number | null;
  matches: number;
}

export interface CustomerFilter {
  search?: string;
  status?: LifecycleStatus | null;
  segment?: RfmSegment | null;
  trend?: 'fell' | 'rose' | null;
  /** Only one product's regulars (all, lapsed or switchers); needs `product_regulars` for the as-of date. */
  product?: { name: string; who: ProductGroup } | null;
  /** Next purchase expected within this many days after the as-of date, status active or due (DESIGN §3c). */
  dueWithin?: number | null;
  /** The model's chance of a purchase in the horizon: at least `min` and below `below` (either may be absent). */
  pBuy?: { min?: number; below?: number } | null;
}

/** The list's filter on the model's chance of a purchase in 30 days (`pbuy=` in the hash). */
export const P_BUY_BANDS = { high: { min: 0.5 }, mid: { min: 0.2, below: 0.5 }, low: { below: 0.2 } } as const;
export type PBuyBand = keyof typeof P_BUY_BANDS;

/** The fitted purchase model the list scores customers with: P(buy within `horizonDays`). */
export interface ListModel {
  model: PurchaseModel;
  daysPerUnit: number;
  horizonDays: number;
}

/** Sortable columns → their ORDER BY expression (a whitelist: user input never reaches the SQL text). */
export const SORTS = {
  customer_id: 'customer_id',
  first_day: 'first_day',
  last_day: 'last_day',
  orders: 'orders',
  revenue: 'revenue',
  typical_interval: 'typical_interval',
  days_since: 'days_since',
  status: 'status',
  rfm: 'r * 100 + f * 10 + m',
  trend: 'recent - previous',
  next_purchase: 'next_purchase',
  p_buy: 'p_buy',
} as const;
export type SortKey = keyof typeof SORTS;

export interface CustomerSort {
  key: SortKey;
  descending: boolean;
}

/** (Re)builds `customer_table` for the as-of date, thresholds and spend-trend span. */
export async function buildCustomerTable(db: Db, asOf: string, thresholds: LifecycleThresholds, trendMonths: number): Promise<void> {
  await db.query(buildSql, [asOf, ...thresholdParams(thresholds), trendMonths]);
}

function modelParams(list: ListModel | null): unknown[] {
  if (!list) return [null, null, null, null, 1, 30];
  const m = list.model;
  const [a, b] = m.kind === 'bgnbd' ? [m.a, m.b] : [null, null];
  return [m.r, m.alpha, a, b, list.daysPerUnit, list.horizonDays];
}

function filterParams(filter: CustomerFilter, model: ListModel | null): unknown[] {
  const params = [
    filter.search?.trim() || null, filter.status ?? null, filter.segment ?? null, filter.trend ?? null,
    filter.dueWithin ?? null, filter.pBuy?.min ?? null, filter.pBuy?.below ?? null, ...modelParams(model),
  ];
  return filter.product ? [...params, filter.product.name, filter.product.who] : params;
}

/**
 * One page of the filtered list; `limit` null = every matching row (for export). With a fitted `model` each row
 * has p_buy; without one p_buy is null and a p_buy filter matches nobody.
 */
export function customerPage(
  db: Db, filter: CustomerFilter, sort: CustomerSort, limit: number | null, offset = 0, model: ListModel | null = null,
): Promise<CustomerRow[]> {
  const order = `${SORTS[sort.key]} ${sort.descending ? 'DESC' : 'ASC'} NULLS LAST, customer_id`;
  const page = limit === null ? '' : ` LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`;
  const where = filter.product ? `${pageSql}\n${productFilterSql}` : pageSql;
  return db.query<CustomerRow & Record<string, unknown>>(`${where}\nORDER BY ${order}${page}`, filterParams(filter, model));
}

export interface CustomerOrder {
  order_id: string;
  order_date: string;
  revenue: number;
  lines: number;
}

export function customerOrders(db: Db, customerId: string, asOf: string): Promise<CustomerOrder[]> {
  return db.query<CustomerOrder & Record<string, unknown>>(ordersSql, [customerId, asOf]);
}
