import type { Db } from './db';
import windowTotalsSql from './sql/window-totals.sql?raw';
import { daysBetween } from './calendar';

/** Days per month everywhere in Ottok (DESIGN §3). */
export const DAYS_PER_MONTH = 30.4375;

/** The gross margin assumed until the user sets theirs (simple LTV, CLV, the simulator). */
export const DEFAULT_MARGIN = 0.3;

/** The reporting window setting: all data, the last 12 months up to the as-of date, or custom dates. */
export type WindowKind = 'all' | 'last12' | 'custom';

export interface ReportWindow {
  /** Inclusive YYYY-MM-DD bounds; `end` is the as-of date. */
  start: string;
  end: string;
}

export interface WindowTotals {
  customers: number;
  orders: number;
  repeat_customers: number;
  revenue: number;
  revenue_text: string;
  lifespan_days_sum: number;
}

/** The overview KPIs (DESIGN §3); `null` where a figure is undefined (no orders, no repeat customers). */
export interface Kpis {
  customers: number;
  orders: number;
  revenue: number;
  aov: number | null;
  frequency: number | null;
  repeat_rate: number | null;
  customer_value: number | null;
  lifespan_months: number | null;
  simple_ltv: number | null;
  /** The inputs of simple LTV, shown next to it. */
  orders_per_customer_month: number | null;
  window_months: number;
  margin: number;
}

export async function windowTotals(db: Db, window: ReportWindow): Promise<WindowTotals> {
  const [row] = await db.query<WindowTotals & Record<string, unknown>>(windowTotalsSql, [window.start, window.end]);
  return row;
}

/** Calendar days from start to end, both included. */
export function windowDays(window: ReportWindow): number {
  return daysBetween(window.start, window.end) + 1;
}

/**
 * Simple LTV = AC × N × P × T: average check × orders per customer per month (frequency over the window's
 * months) × margin × average lifespan in months.
 */
export function kpisFrom(totals: WindowTotals, window: ReportWindow, margin: number): Kpis {
  const { customers, orders, repeat_customers: repeat, revenue } = totals;
  const windowMonths = windowDays(window) / DAYS_PER_MONTH;
  const aov = orders > 0 ? revenue / orders : null;
  const frequency = customers > 0 ? orders / customers : null;
  const perMonth = frequency === null ? null : frequency / windowMonths;
  const lifespan = repeat > 0 ? totals.lifespan_days_sum / repeat / DAYS_PER_MONTH : null;
  return {
    customers,
    orders,
    revenue,
    aov,
    frequency,
    repeat_rate: customers > 0 ? repeat / customers : null,
    customer_value: customers > 0 ? revenue / customers : null,
    lifespan_months: lifespan,
    simple_ltv: aov !== null && perMonth !== null && lifespan !== null ? aov * perMonth * margin * lifespan : null,
    orders_per_customer_month: perMonth,
    window_months: windowMonths,
    margin,
  };
}
