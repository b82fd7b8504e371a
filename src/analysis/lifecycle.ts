import type { Db } from './db';
import type { ReportWindow } from './kpis';
import statusSql from './sql/lifecycle-status.sql?raw';
import customersSql from './sql/lifecycle-customers.sql?raw';
import mixSql from './sql/lifecycle-mix.sql?raw';

/** Lifecycle status keys (DESIGN §3), in display order; also the `data-status` values in the UI. */
export const LIFECYCLE_STATUSES = ['new', 'one_time', 'active', 'due', 'at_risk', 'lost'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

/** Multiples of an interval: `new` of I_store (one purchase day), the others of the customer's own I. */
export interface LifecycleThresholds {
  new: number;
  due: number;
  at_risk: number;
  lost: number;
}

export const DEFAULT_THRESHOLDS: LifecycleThresholds = { new: 2, due: 1.5, at_risk: 2.5, lost: 4 };

export function thresholdParams(t: LifecycleThresholds): number[] {
  return [t.new, t.due, t.at_risk, t.lost];
}

export interface StatusSnapshot {
  date: string;
  /** Null while no customer has two purchase days (then every one-day customer counts as new). */
  i_store: number | null;
  customers: Record<LifecycleStatus, number>;
  /** The customers' total revenue up to the date. */
  revenue: Record<LifecycleStatus, number>;
  revenue_text: Record<LifecycleStatus, string>;
}

interface StatusRow extends Record<string, unknown> {
  status: LifecycleStatus;
  customers: number;
  revenue: number;
  revenue_text: string;
  i_store: number | null;
}

export async function statusAt(db: Db, date: string, thresholds = DEFAULT_THRESHOLDS): Promise<StatusSnapshot> {
  const rows = await db.query<StatusRow>(statusSql, [date, ...thresholdParams(thresholds)]);
  const byStatus = <T>(pick: (r: StatusRow) => T, empty: T) =>
    Object.fromEntries(LIFECYCLE_STATUSES.map((s) => {
      const row = rows.find((r) => r.status === s);
      return [s, row ? pick(row) : empty];
    })) as Record<LifecycleStatus, T>;
  return {
    date,
    i_store: rows[0]?.i_store ?? null,
    customers: byStatus((r) => r.customers, 0),
    revenue: byStatus((r) => r.revenue, 0),
    revenue_text: byStatus((r) => r.revenue_text, '0'),
  };
}

export type StatusMixRow = Record<LifecycleStatus, number> & {
  month: string;
  /** The month's last day, or the as-of date in the as-of month. */
  month_end: string;
  partial: boolean;
  i_store: number | null;
};

/** Every customer's status at each month end of the window, from the purchases up to that day. */
export function statusMix(db: Db, window: ReportWindow, thresholds = DEFAULT_THRESHOLDS): Promise<StatusMixRow[]> {
  return db.query<StatusMixRow>(mixSql, [window.start, window.end, ...thresholdParams(thresholds)]);
}

export interface CustomerStatusRow extends Record<string, unknown> {
  customer_id: string;
  status: LifecycleStatus;
  purchase_days: number;
  last_day: string;
  days_since: number;
  /** The customer's own median gap; null with one purchase day. */
  typical_interval: number | null;
  revenue: number;
  /** Customers matching the status filter (the same on every row), for paging. */
  matches: number;
}

export interface CustomerPage {
  status?: LifecycleStatus | null;
  limit?: number;
  offset?: number;
}

/** One page of customers with their status as of the date, biggest spenders first. */
export function customerStatuses(
  db: Db,
  date: string,
  thresholds = DEFAULT_THRESHOLDS,
  { status = null, limit = 100, offset = 0 }: CustomerPage = {},
): Promise<CustomerStatusRow[]> {
  return db.query<CustomerStatusRow>(customersSql, [date, ...thresholdParams(thresholds), status, limit, offset]);
}
