import type { Db } from './db';
import { thresholdParams, type LifecycleStatus, type LifecycleThresholds } from './lifecycle';
import daysSql from './sql/product-days-build.sql?raw';
import namesSql from './sql/product-names-build.sql?raw';
import regularsSql from './sql/product-regulars-build.sql?raw';
import tableSql from './sql/product-table.sql?raw';
import summarySql from './sql/product-summary.sql?raw';
import monthsSql from './sql/product-months.sql?raw';
import customersSql from './sql/product-customers.sql?raw';

/** Product churn (DESIGN §3b): per product, or per brand / category when that column is mapped. */
export const PRODUCT_LEVELS = ['product', 'category'] as const;
export type ProductLevel = (typeof PRODUCT_LEVELS)[number];

/** The fewest regulars a product needs to be listed (a setting). */
export const DEFAULT_MIN_REGULARS = 20;

/** (Re)builds `product_days` and `product_names` for a level; run after each (re)build of `orders`. */
export async function buildProductDays(db: Db, level: ProductLevel): Promise<void> {
  await db.query(daysSql, [level]);
  await db.query(namesSql, [level]);
}

/** (Re)builds `product_regulars` for the as-of date and thresholds (needs product_days and purchase_days). */
export async function buildProductRegulars(db: Db, asOf: string, thresholds: LifecycleThresholds): Promise<void> {
  await db.query(regularsSql, [asOf, ...thresholdParams(thresholds)]);
}

export interface ProductSummary {
  /** Products bought by a customer up to the as-of date. */
  products: number;
  with_regulars: number;
  most_regulars: number;
  repeat_customers: number;
  repeat_lapsed: number;
  /** At risk or lost among all repeat customers; null without repeat customers. */
  store_share: number | null;
}

export function productSummary(db: Db, asOf: string, thresholds: LifecycleThresholds): Promise<ProductSummary> {
  return db
    .query<ProductSummary & Record<string, unknown>>(summarySql, [asOf, ...thresholdParams(thresholds)])
    .then((rows) => rows[0]);
}

export interface ProductRow {
  key: string;
  /** The most frequent spelling in the file. */
  name: string;
  buyers: number;
  regulars: number;
  lapsed: number;
  lapsed_share: number;
  switchers: number;
  lapsed_revenue: number;
  /** lapsed_share / the store's share; null when no repeat customer is at risk or lost. */
  lift: number | null;
}

/** Products with at least `minRegulars` regulars, highest lift first. */
export async function productTable(db: Db, asOf: string, minRegulars: number, storeShare: number | null): Promise<ProductRow[]> {
  const rows = await db.query<Omit<ProductRow, 'lift'> & Record<string, unknown>>(tableSql, [asOf, Math.max(1, Math.trunc(minRegulars))]);
  return rows.map((r) => ({ ...r, lift: storeShare ? r.lapsed_share / storeShare : null }));
}

export interface ProductMonth {
  month: string;
  price: number | null;
  lines: number;
  regular_lapses: number;
  step: boolean;
}

export interface PriceStep {
  month: string;
  previous_month: string;
  price: number;
  previous_price: number;
  /** price / previous_price − 1. */
  change: number;
  before_watched: number;
  before_lapsed: number;
  /** Null when no regular was watched (e.g. the data starts later). */
  before_rate: number | null;
  after_watched: number;
  after_lapsed: number;
  after_rate: number | null;
  /** Last day the after-window counts lapses to; before its end when the as-of date cuts it short. */
  after_until: string;
  after_complete: boolean;
}

export interface ProductHistory {
  months: ProductMonth[];
  steps: PriceStep[];
}

type MonthSqlRow = ProductMonth & Partial<PriceStep> & Record<string, unknown>;

export async function productHistory(db: Db, level: ProductLevel, name: string, asOf: string, lostThreshold: number): Promise<ProductHistory> {
  const rows = await db.query<MonthSqlRow>(monthsSql, [level, name, asOf, lostThreshold]);
  return {
    months: rows.map(({ month, price, lines, regular_lapses, step }) => ({ month, price, lines, regular_lapses, step })),
    steps: rows.filter((r) => r.step).map((r) => ({ ...r, price: r.price! }) as PriceStep),
  };
}

export type ProductGroup = 'lapsed' | 'switchers' | 'regulars';
export const PRODUCT_GROUPS: readonly ProductGroup[] = ['lapsed', 'switchers', 'regulars'];

export interface ProductCustomer {
  customer_id: string;
  status: LifecycleStatus;
  orders: number;
  last_bought: string;
  interval: number | null;
  /** `interval`, or their store interval when they bought it on one day only (the switcher rule's). */
  usual_gap: number | null;
  lapse_day: string | null;
  lapsed_revenue: number;
  matches: number;
}

/** One product's lapsed regulars, switchers or all regulars; `limit` null = all. */
export function productCustomers(db: Db, name: string, who: ProductGroup, limit: number | null): Promise<ProductCustomer[]> {
  return db.query<ProductCustomer & Record<string, unknown>>(customersSql, [name, who, limit]);
}
