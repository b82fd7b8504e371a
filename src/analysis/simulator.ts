import type { Db } from './db';
import { pooledChurnRate, type PooledChurn } from './churn';
import { DEFAULT_THRESHOLDS, LIFECYCLE_STATUSES, thresholdParams, type LifecycleStatus, type LifecycleThresholds } from './lifecycle';
import type { ComebackRate } from './churn-comeback';
import ordersBuildSql from './sql/sim-orders-build.sql?raw';
import membersBuildSql from './sql/sim-members-build.sql?raw';
import ordersSql from './sql/sim-orders.sql?raw';
import spendSql from './sql/sim-customer-spend.sql?raw';
import inputsSql from './sql/sim-inputs.sql?raw';
import comebackSql from './sql/sim-comeback.sql?raw';
import groupSql from './sql/sim-winback-group.sql?raw';

/** Every order up to the as-of date, as columns: what the replay needs to apply any programme in TypeScript. */
export interface ReplayOrders {
  /** The customer's revenue before this order, since the start of the data. */
  spentBefore: Float64Array;
  revenue: Float64Array;
  /** Order date as days since 1970-01-01. */
  day: Int32Array;
  /** Order month as year·12 + month − 1. */
  month: Int32Array;
  /** 1 for a member's order in the 365 days up to the as-of date (the base of the effective rate d). */
  memberYear: Uint8Array;
  /** Every customer's spend up to and including the as-of date. */
  customerSpend: Float64Array;
}

/** What the projection and win-back measure from the data at the as-of date (DESIGN §3b). */
export interface SimMeasures {
  /** N0: repeat customers active, due or at risk. */
  members: number;
  /** Their revenue in the 365 days up to the as-of date (r = this / 12). */
  membersYearRevenue: number;
  /** All orders and distinct customers in those 365 days. */
  yearOrders: number;
  yearCustomers: number;
  /** Median spend to date of customers with ≥ 2 purchase days (scales the spend-discount preset); null without any. */
  regularsMedianSpend: number | null;
  churn: PooledChurn;
  /** Natural comeback rate of every lifecycle status. */
  comeback: Record<LifecycleStatus, ComebackRate>;
}

/** (Re)builds `sim_orders` (cumulative spend per order, one window function); run after each build of `orders`. */
export async function buildSimOrders(db: Db): Promise<void> {
  await db.query(ordersBuildSql);
}

/** (Re)builds `sim_members` for the as-of date and thresholds; needs `purchase_days`. */
export async function buildSimMembers(db: Db, asOf: string, thresholds = DEFAULT_THRESHOLDS): Promise<void> {
  await db.query(membersBuildSql, [asOf, ...thresholdParams(thresholds)]);
}

type OrderRow = { spent_before: number; revenue: number; day: number; month: number; member_year: boolean };

/** The replay's columns; needs `sim_orders`, `sim_members` and `customer_summary` for the as-of date. */
export async function replayOrders(db: Db, asOf: string): Promise<ReplayOrders> {
  const rows = await db.query<OrderRow & Record<string, unknown>>(ordersSql, [asOf]);
  const spend = await db.query<{ spend: number } & Record<string, unknown>>(spendSql);
  const n = rows.length;
  const data: ReplayOrders = {
    spentBefore: new Float64Array(n),
    revenue: new Float64Array(n),
    day: new Int32Array(n),
    month: new Int32Array(n),
    memberYear: new Uint8Array(n),
    customerSpend: Float64Array.from(spend, (r) => r.spend),
  };
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    data.spentBefore[i] = r.spent_before;
    data.revenue[i] = r.revenue;
    data.day[i] = r.day;
    data.month[i] = r.month;
    data.memberYear[i] = r.member_year ? 1 : 0;
  }
  return data;
}

/** The measured inputs; needs `sim_members` for the as-of date and `purchase_days`. */
export async function simMeasures(db: Db, asOf: string, thresholds: LifecycleThresholds = DEFAULT_THRESHOLDS): Promise<SimMeasures> {
  const [inputs] = await db.query<Record<string, number | null>>(inputsSql, [asOf]);
  const churn = await pooledChurnRate(db, asOf, thresholds);
  return {
    members: inputs.members ?? 0,
    membersYearRevenue: inputs.members_year_revenue ?? 0,
    yearOrders: inputs.year_orders ?? 0,
    yearCustomers: inputs.year_customers ?? 0,
    regularsMedianSpend: inputs.regulars_median_spend,
    churn,
    comeback: await comebackByStatus(db, asOf, thresholds),
  };
}

/** Natural comeback rate per lifecycle status (sim-comeback.sql; at risk and lost as in DESIGN §3b). */
export async function comebackByStatus(db: Db, asOf: string, thresholds = DEFAULT_THRESHOLDS): Promise<Record<LifecycleStatus, ComebackRate>> {
  const rows = await db.query<ComebackRate & { status: LifecycleStatus } & Record<string, unknown>>(comebackSql, [
    asOf,
    ...thresholdParams(thresholds),
  ]);
  return Object.fromEntries(
    LIFECYCLE_STATUSES.map((s) => {
      const row = rows.find((r) => r.status === s);
      return [s, { episodes: row?.episodes ?? 0, came_back: row?.came_back ?? 0, rate: row?.rate ?? null }];
    }),
  ) as Record<LifecycleStatus, ComebackRate>;
}

/** A win-back group's size and average orders, per lifecycle status of its customers. */
export interface GroupPart {
  status: LifecycleStatus;
  customers: number;
  averageOrderSum: number;
}

/** The group's customers by status; needs `customer_table` for the as-of date (derived.customerTable). */
export async function winbackGroup(db: Db, group: { status?: LifecycleStatus | null; segment?: string | null }): Promise<GroupPart[]> {
  const rows = await db.query<{ status: LifecycleStatus; customers: number; average_order_sum: number } & Record<string, unknown>>(
    groupSql,
    [group.status ?? null, group.segment ?? null],
  );
  return rows.map((r) => ({ status: r.status, customers: r.customers, averageOrderSum: r.average_order_sum }));
}
