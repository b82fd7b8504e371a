/**
 * The derived-table graph, declared once: every table the views read besides `purchases` and `orders`, the
 * tables it is built from, the settings it depends on and how it is built. `ensure` builds a table (and what it
 * needs first) only when one of those changed since it was last built; the app's cache (src/state/derived.svelte.ts)
 * and the SQL tests both go through it.
 */
import type { Db } from './db';
import { buildCustomerSummary, buildPurchaseDays } from './purchase-days';
import { buildCohorts } from './cohorts';
import { buildRfm } from './rfm';
import { buildCustomerTable } from './customers';
import { buildProductDays, buildProductRegulars, type ProductLevel } from './products';
import { buildSimMembers, buildSimOrders } from './simulator';
import type { LifecycleThresholds } from './lifecycle';

/** Every setting a derived table can depend on. */
export interface TableParams {
  asOf?: string;
  thresholds?: LifecycleThresholds;
  /** The customers list's spend-trend span in months. */
  trendMonths?: number;
  level?: ProductLevel;
}
type Param = keyof TableParams;

export const TABLE_NAMES = [
  'purchase_days',
  'cohort_orders',
  'customer_summary',
  'rfm_customers',
  'customer_table',
  'product_days',
  'product_regulars',
  'sim_orders',
  'sim_members',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface TableDef {
  inputs: readonly TableName[];
  params: readonly Param[];
  build(db: Db, p: Required<TableParams>): Promise<void>;
}

const table = (inputs: readonly TableName[], params: readonly Param[], build: TableDef['build']): TableDef => ({ inputs, params, build });

export const TABLES: Record<TableName, TableDef> = {
  /** Also defines the lifecycle macros. */
  purchase_days: table([], [], (db) => buildPurchaseDays(db)),
  /** With `customer_first_products`. */
  cohort_orders: table([], [], (db) => buildCohorts(db)),
  customer_summary: table(['purchase_days'], ['asOf'], (db, p) => buildCustomerSummary(db, p.asOf)),
  rfm_customers: table([], ['asOf'], (db, p) => buildRfm(db, p.asOf)),
  customer_table: table(['customer_summary', 'purchase_days', 'rfm_customers'], ['asOf', 'thresholds', 'trendMonths'], (db, p) =>
    buildCustomerTable(db, p.asOf, p.thresholds, p.trendMonths),
  ),
  /** With `product_names`. */
  product_days: table([], ['level'], (db, p) => buildProductDays(db, p.level)),
  product_regulars: table(['product_days', 'purchase_days'], ['asOf', 'thresholds'], (db, p) =>
    buildProductRegulars(db, p.asOf, p.thresholds),
  ),
  sim_orders: table([], [], (db) => buildSimOrders(db)),
  sim_members: table(['purchase_days'], ['asOf', 'thresholds'], (db, p) => buildSimMembers(db, p.asOf, p.thresholds)),
};

/** Where a view's data comes from: the engine, once the tables it reads exist (or a snapshot's recording). */
export interface TableSource {
  ensure(tables: TableName | readonly TableName[], params?: TableParams): Promise<Db>;
}

/** What each table was last built from: its settings and its inputs' keys. Empty it when `orders` change. */
export type BuiltTables = Map<TableName, string>;

function paramsOf(name: TableName, params: TableParams): Required<TableParams> {
  for (const p of TABLES[name].params) {
    if (params[p] === undefined) throw new Error(`table ${name} needs the setting ${p}`);
  }
  return params as Required<TableParams>;
}

async function ensureOne(db: Db, name: TableName, params: TableParams, built: BuiltTables): Promise<string> {
  const def = TABLES[name];
  const inputs: string[] = [];
  for (const input of def.inputs) inputs.push(await ensureOne(db, input, params, built));
  const key = JSON.stringify([def.params.map((p) => params[p]), inputs]);
  if (built.get(name) === key) return key;
  built.delete(name);
  await def.build(db, paramsOf(name, params));
  built.set(name, key);
  return key;
}

/**
 * Builds `tables` (and the tables they are built from, inputs first) for these settings, skipping those already
 * built for them. `built` is what the caller keeps between calls; a fresh map builds everything once.
 */
export async function ensure(db: Db, tables: TableName | readonly TableName[], params: TableParams, built: BuiltTables = new Map()): Promise<void> {
  for (const name of typeof tables === 'string' ? [tables] : tables) await ensureOne(db, name, params, built);
}
