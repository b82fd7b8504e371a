import type { Db } from './db';
import type { ReportWindow } from './kpis';
import { DEFAULT_THRESHOLDS } from './lifecycle';
import monthlySql from './sql/churn-monthly.sql?raw';

export interface ChurnMonthRow {
  month: string;
  /** Lapse events dated in the month (up to the as-of date). */
  lapses: number;
  /** Those of customers counted in the denominator (the rate's numerator). */
  lapses_in_rate: number;
  /** Repeat customers active, due or at risk at the end of the previous month. */
  denominator: number;
  /** Null when the denominator is 0. */
  churn_rate: number | null;
  revenue_lost: number;
  warm_up: boolean;
  partial: boolean;
}

export interface ChurnReport {
  months: ChurnMonthRow[];
  /** Lapse events in the window. */
  churned_customers: number;
  revenue_lost: number;
  window_revenue: number;
  /** Null when the window has no revenue. */
  revenue_lost_share: number | null;
}

type ChurnSqlRow = ChurnMonthRow & { window_revenue: number; window_revenue_lost: number } & Record<string, unknown>;

export async function churnOverTime(db: Db, window: ReportWindow, thresholds = DEFAULT_THRESHOLDS): Promise<ChurnReport> {
  const rows = await db.query<ChurnSqlRow>(monthlySql, [window.start, window.end, thresholds.lost]);
  const windowRevenue = rows[0]?.window_revenue ?? 0;
  const revenueLost = rows[0]?.window_revenue_lost ?? 0;
  return {
    months: rows.map(({ window_revenue: _r, window_revenue_lost: _l, ...month }) => month),
    churned_customers: rows.reduce((sum, r) => sum + r.lapses, 0),
    revenue_lost: revenueLost,
    window_revenue: windowRevenue,
    revenue_lost_share: windowRevenue > 0 ? revenueLost / windowRevenue : null,
  };
}

export interface PooledChurn {
  /** Σ lapses counted in the rate / Σ denominators; null when the denominators sum to 0. */
  rate: number | null;
  lapses: number;
  denominator: number;
  /** The months pooled (YYYY-MM). */
  months: string[];
}

/** The 12 calendar months before the as-of month, warm-up months left out (DESIGN §3b input c). */
export function poolChurn(months: readonly ChurnMonthRow[], asOf: string): PooledChurn {
  const asOfMonth = asOf.slice(0, 7);
  const first = monthsBefore(asOfMonth, 12);
  const pooled = months.filter((m) => m.month >= first && m.month < asOfMonth && !m.warm_up);
  const lapses = pooled.reduce((sum, m) => sum + m.lapses_in_rate, 0);
  const denominator = pooled.reduce((sum, m) => sum + m.denominator, 0);
  return { rate: denominator > 0 ? lapses / denominator : null, lapses, denominator, months: pooled.map((m) => m.month) };
}

/** The monthly churn rate the loyalty simulator projects with, measured at the as-of date. */
export async function pooledChurnRate(db: Db, asOf: string, thresholds = DEFAULT_THRESHOLDS): Promise<PooledChurn> {
  const report = await churnOverTime(db, { start: `${monthsBefore(asOf.slice(0, 7), 12)}-01`, end: asOf }, thresholds);
  return poolChurn(report.months, asOf);
}

/** 'YYYY-MM' minus n calendar months. */
export function monthsBefore(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
