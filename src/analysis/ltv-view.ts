/**
 * Pure helpers of the LTV and validation views: the CLV options from the hash, the summary at a margin, the
 * P(alive) heatmap grid and a customer's purchase days. No Svelte, no DuckDB.
 */
import { monthlyRateFromAnnual } from './btyd/clv';
import type { ClvSummary } from './btyd/clv-summary';
import { pAliveMatrix } from './btyd/palive-views';
import type { PurchaseModel } from './btyd/bgnbd';
import type { TimeUnit } from './btyd/model';
import { daysBetween } from './calendar';

export { monthlyRateFromAnnual };

export type RatePeriod = 'month' | 'year';

/** The model options a view reads from its hash keys (`unit`, `horizon`, `rate` in %, `per`). */
export interface LtvOptions {
  unit: TimeUnit;
  horizonMonths: number;
  /** Discount rate in percent, per `per`. */
  ratePercent: number;
  per: RatePeriod;
}

export const DEFAULT_LTV_OPTIONS: LtvOptions = { unit: 'week', horizonMonths: 12, ratePercent: 1, per: 'month' };
export const MAX_HORIZON_MONTHS = 120;

export function parseLtvOptions(filters: Readonly<Record<string, string>>): LtvOptions {
  const d = DEFAULT_LTV_OPTIONS;
  const horizon = Math.round(Number(filters.horizon));
  const rate = Number(filters.rate);
  return {
    unit: filters.unit === 'day' ? 'day' : 'week',
    horizonMonths: horizon >= 1 && horizon <= MAX_HORIZON_MONTHS ? horizon : d.horizonMonths,
    ratePercent: filters.rate !== undefined && filters.rate.trim() !== '' && rate >= 0 && rate <= 100 ? rate : d.ratePercent,
    per: filters.per === 'year' ? 'year' : filters.per === 'month' ? 'month' : d.per,
  };
}

/** The monthly discount rate (a fraction) the CLV uses for these options. */
export function monthlyDiscountRate(options: Pick<LtvOptions, 'ratePercent' | 'per'>): number {
  const rate = options.ratePercent / 100;
  return options.per === 'year' ? monthlyRateFromAnnual(rate) : rate;
}

/** The same rate per year (to show next to a monthly one): (1 + monthly)^12 − 1. */
export function annualRate(monthly: number): number {
  return Math.pow(1 + monthly, 12) - 1;
}

/**
 * The summary for a margin, from one computed at margin 1: CLV is proportional to the margin, so changing the
 * margin setting needs no new fit. Shares and counts do not change.
 */
export function summaryAtMargin(summary: ClvSummary, margin: number): ClvSummary {
  return {
    ...summary,
    total: summary.total * margin,
    mean: summary.mean * margin,
    median: summary.median * margin,
    top: summary.top.map((c) => ({ ...c, clv: c.clv * margin })),
    deciles: summary.deciles.map((d) => ({ ...d, total: d.total * margin })),
    histogram: summary.histogram.map((b) => ({ ...b, from: b.from * margin, to: b.to * margin })),
  };
}

export interface AliveGrid {
  /** Days the grid's customer has been known: from their first purchase to the as-of date. */
  TDays: number;
  /** Repeat purchase days (columns). */
  xs: number[];
  /** Days since the last purchase (rows, ascending). */
  silenceDays: number[];
  /** [column, row, P(alive)] for every possible cell (x repeat purchase days need at least x days). */
  cells: Array<[number, number, number]>;
}

/** The q-quantile (0…1) of an integer array; 0 when empty. */
function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Array.from(values).sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * P(alive) over repeat purchases × days since the last purchase for a customer who first bought `TDays` before
 * the as-of date (the view uses the longest-known customers). Columns run from 1 repeat purchase to about the
 * 99th percentile of the data (at most `maxColumns`); one-time buyers are left out (always 1). Rows: `rows`
 * steps from 0 to TDays.
 */
export function aliveGrid(model: PurchaseModel, unit: TimeUnit, x: ArrayLike<number>, TDays: number, rows = 16, maxColumns = 25): AliveGrid {
  const top = Math.max(3, Math.min(maxColumns, quantile(x, 0.99), TDays));
  const xs = Array.from({ length: Math.max(0, Math.min(top, TDays)) }, (_, k) => k + 1);
  const step = Math.max(1, Math.ceil(TDays / rows));
  const silenceDays: number[] = [];
  for (let s = 0; s <= TDays; s += step) silenceDays.push(s);
  if (silenceDays.at(-1) !== TDays) silenceDays.push(TDays);
  const txDays = silenceDays.map((s) => TDays - s);
  const matrix = pAliveMatrix(model, unit, TDays, xs, txDays);
  const cells: AliveGrid['cells'] = [];
  xs.forEach((xv, col) =>
    txDays.forEach((tx, row) => {
      const p = matrix[col][row];
      if (p !== null && tx >= xv && Number.isFinite(p)) cells.push([col, row, p]);
    }),
  );
  return { TDays, xs, silenceDays, cells };
}

/** Distinct purchase dates (YYYY-MM-DD…) → days after the first, ascending: pAliveHistory's input. */
export function purchaseDayOffsets(dates: readonly string[]): { first: string | null; days: number[] } {
  const unique = [...new Set(dates.map((d) => d.slice(0, 10)))].sort();
  if (unique.length === 0) return { first: null, days: [] };
  return { first: unique[0], days: unique.map((d) => daysBetween(unique[0], d)) };
}

/** A valid split date for a holdout between first and end (exclusive), or null. */
export function validSplit(split: string | undefined, first: string, end: string): string | null {
  if (!split || !/^\d{4}-\d{2}-\d{2}$/.test(split) || Number.isNaN(Date.parse(split))) return null;
  return split > first && split < end ? split : null;
}
