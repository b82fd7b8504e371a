import type { Db } from './db';
import { thresholdParams, type LifecycleStatus, type LifecycleThresholds } from './lifecycle';
import type { RfmSegment } from './rfm';
import buildSql from './sql/customer-table-build.sql?raw';
import pageSql from './sql/customer-page.sql?raw';
import productFilterSql from './sql/product-customer-filter.sql?raw';
import type { ProductGroup } from './products';
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
  matches: number;
}

export interface CustomerFilter {
  search?: string;
  status?: LifecycleStatus | null;
  segment?: RfmSegment | null;
  trend?: 'fell' | 'rose' | null;
  /** Only one product's regulars (all, lapsed or switchers); needs `product_regulars` for the as-of date. */
  product?: { name: string; who: ProductGroup } | null;
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

function filterParams(filter: CustomerFilter): unknown[] {
  const params = [filter.search?.trim() || null, filter.status ?? null, filter.segment ?? null, filter.trend ?? null];
  return filter.product ? [...params, filter.product.name, filter.product.who] : params;
}

/** One page of the filtered list; `limit` null = every matching row (for export). */
export function customerPage(db: Db, filter: CustomerFilter, sort: CustomerSort, limit: number | null, offset = 0): Promise<CustomerRow[]> {
  const order = `${SORTS[sort.key]} ${sort.descending ? 'DESC' : 'ASC'} NULLS LAST, customer_id`;
  const page = limit === null ? '' : ` LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`;
  const where = filter.product ? `${pageSql}\n${productFilterSql}` : pageSql;
  return db.query<CustomerRow & Record<string, unknown>>(`${where}\nORDER BY ${order}${page}`, filterParams(filter));
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
