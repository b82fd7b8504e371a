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

/** One bin of the days-to-next-purchase distribution. */
export interface GapBin {
  /** 2 = days from the 1st to the 2nd purchase day, 3 = from the 2nd to the 3rd. */
  step: 2 | 3;
  bin_from: number;
  /** Inclusive; null = and more. */
  bin_to: number | null;
  customers: number;
}

type HorizonColumns = { [N in ReturnHorizon as `old_${N}` | `returned_${N}`]: number } & {
  [N in ReturnHorizon as `rate_${N}`]: number | null;
};

/**
 * One acquisition cohort's (or, with cohort null, every cohort's) second-purchase figures; the medians and the
 * late share are on the all-cohorts row only (null on the others).
 */
export type ReturnRow = HorizonColumns & {
  cohort: string | null;
  customers: number;
  median_days_to_second: number | null;
  median_days_to_third: number | null;
  back_after_90: number | null;
};

/** The number-of-orders bands, in timing-orders.sql's order. */
export const ORDER_BANDS = ['1', '2', '3', '4-5', '6-10', '11+'] as const;

export interface OrderBand {
  band: (typeof ORDER_BANDS)[number];
  customers: number;
  revenue: number;
  /** The band's revenue / all customers' revenue; null when there is none. */
  revenue_share: number | null;
}

/** The first day of each bin of the days-to-next-purchase chart (as in timing-gaps.sql); the last is open-ended. */
export const GAP_BIN_STARTS = [0, 8, 15, 22, 31, 46, 61, 91, 121, 181, 271, 366] as const;

/** Every bin of both steps (empty ones with 0), ordered by step and bin. Needs purchase_days (derived.ready). */
export async function gapBins(db: Db, asOf: string): Promise<GapBin[]> {
  const rows = await db.query<{ bin: number; second: number; third: number }>(gapsSql, [asOf]);
  return ([2, 3] as const).flatMap((step) =>
    GAP_BIN_STARTS.map((from, bin) => {
      const row = rows.find((r) => r.bin === bin);
      return {
        step,
        bin_from: from,
        bin_to: bin + 1 < GAP_BIN_STARTS.length ? GAP_BIN_STARTS[bin + 1] - 1 : null,
        customers: row ? (step === 2 ? row.second : row.third) : 0,
      };
    }),
  );
}

/** The all-cohorts row first (cohort null), then one per cohort month. Needs purchase_days. */
export async function returnRows(db: Db, asOf: string): Promise<ReturnRow[]> {
  const rows = await db.query<Omit<ReturnRow, `rate_${ReturnHorizon}`> & Record<string, unknown>>(returnsSql, [asOf]);
  return rows.map((row) => {
    const rates = Object.fromEntries(RETURN_HORIZONS.map((n) => [`rate_${n}`, row[`old_${n}`] > 0 ? row[`returned_${n}`] / row[`old_${n}`] : null]));
    return { ...row, ...rates } as ReturnRow;
  });
}

/** Needs customer_summary for the as-of date (derived.ready). */
export async function orderBands(db: Db): Promise<OrderBand[]> {
  const rows = await db.query<{ customers: number; revenue: number }>(ordersSql);
  const total = rows.reduce((sum, row) => sum + row.revenue, 0);
  return rows.map((row, i) => ({ band: ORDER_BANDS[i], ...row, revenue_share: total > 0 ? row.revenue / total : null }));
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
