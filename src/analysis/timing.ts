/**
 * Repeat timing (DESIGN §3c): days from the first to the second (and second to third) purchase day, the share
 * of first-time buyers back within 30 … 365 days per acquisition cohort, and customers by number of orders.
 * Runners of the timing-*.sql files plus the pure helpers the view draws with.
 */
import type { Db } from './db';
import gapsSql from './sql/timing-gaps.sql?raw';
import returnsSql from './sql/timing-returns.sql?raw';
import ordersSql from './sql/timing-orders.sql?raw';

export const RETURN_HORIZONS = [30, 60, 90, 180, 365] as const;
export type ReturnHorizon = (typeof RETURN_HORIZONS)[number];

export interface GapCount {
  /** 2 = days from the 1st to the 2nd purchase day, 3 = from the 2nd to the 3rd. */
  step: 2 | 3;
  days: number;
  customers: number;
}

type HorizonColumns = { [N in ReturnHorizon as `old_${N}` | `returned_${N}`]: number } & {
  [N in ReturnHorizon as `rate_${N}`]: number | null;
};

/** One acquisition cohort's (or, with cohort null, every cohort's) second-purchase figures. */
export type ReturnRow = HorizonColumns & {
  cohort: string | null;
  customers: number;
  repeat_customers: number;
  median_days_to_second: number | null;
  back_after_90: number | null;
};

export interface OrderBand {
  band: '1' | '2' | '3' | '4-5' | '6-10' | '11+';
  min_orders: number;
  max_orders: number | null;
  customers: number;
  revenue: number;
  revenue_share: number | null;
}

/** Needs purchase_days (derived.ready). */
export function gapCounts(db: Db, asOf: string): Promise<GapCount[]> {
  return db.query<GapCount & Record<string, unknown>>(gapsSql, [asOf]);
}

/** The all-cohorts row first (cohort null), then one per cohort month. Needs purchase_days. */
export function returnRows(db: Db, asOf: string): Promise<ReturnRow[]> {
  return db.query<ReturnRow & Record<string, unknown>>(returnsSql, [asOf]);
}

/** Needs customer_summary for the as-of date (derived.ready). */
export function orderBands(db: Db): Promise<OrderBand[]> {
  return db.query<OrderBand & Record<string, unknown>>(ordersSql);
}

/** Bins of the days-to-next-purchase chart: [from, to] days, to null = and more. */
export const GAP_BINS: ReadonlyArray<readonly [number, number | null]> = [
  [0, 7], [8, 14], [15, 21], [22, 30], [31, 45], [46, 60], [61, 90], [91, 120], [121, 180], [181, 270], [271, 365], [366, null],
];

/** Customers per bin of GAP_BINS for one step. */
export function binGaps(counts: readonly GapCount[], step: 2 | 3): number[] {
  const bins = GAP_BINS.map(() => 0);
  for (const c of counts) {
    if (c.step !== step) continue;
    const i = GAP_BINS.findIndex(([from, to]) => c.days >= from && (to === null || c.days <= to));
    bins[i] += c.customers;
  }
  return bins;
}

/** The median of a distribution given as (value, count) pairs; the mean of the two middle values for an even total. */
export function medianOf(counts: ReadonlyArray<{ days: number; customers: number }>): number | null {
  const total = counts.reduce((n, c) => n + c.customers, 0);
  if (total === 0) return null;
  const sorted = [...counts].sort((a, b) => a.days - b.days);
  const at = (rank: number) => {
    let seen = 0;
    for (const c of sorted) if ((seen += c.customers) > rank) return c.days;
    return sorted[sorted.length - 1].days;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** The advice sentence's figures: half come back within `median` days, a `lateShare` come after 90 days. */
export interface TimingAdvice {
  median: number;
  lateShare: number;
  /** Weeks within which a welcome offer should land: the median in whole weeks, at least one. */
  weeks: number;
  /** Few come back late (under LATE_SHARE): the advice is a quick welcome offer; else reminders over months. */
  quick: boolean;
}

/** Above this share of returners coming back after 90 days, "only … still will" would mislead. */
export const LATE_SHARE = 0.25;

export function timingAdvice(all: ReturnRow | undefined): TimingAdvice | null {
  if (!all || all.median_days_to_second === null || all.back_after_90 === null) return null;
  const { median_days_to_second: median, back_after_90: lateShare } = all;
  return { median, lateShare, weeks: Math.max(1, Math.ceil(median / 7)), quick: lateShare < LATE_SHARE };
}
