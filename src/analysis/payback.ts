/**
 * Acquisition cost and payback (DESIGN §3c), from the monthly cohort cells (cohorts.ts, grain month) and the
 * marketing spend the owner types per calendar month. Pure: no DuckDB, no Svelte.
 *
 *   CAC(c) = spend of month c / customers whose first order is in c (null without spend typed for c, or
 *            without new customers);
 *   cumulative gross profit per customer after k months = margin × revenue of the cohort in months c … c+k /
 *            cohort size (no discounting);
 *   payback month = the smallest observed k ≥ 0 with cumulative gross profit ≥ CAC (null: "not yet");
 *   LTV:CAC at 12 months = cumulative gross profit after 11 months / CAC, once months c … c+11 are complete;
 *   the most a new customer may cost to pay back within N months = cumulative gross profit after N − 1 months.
 */
import type { CohortCell } from './cohorts';

/** Spend per month: 'YYYY-MM' → amount (≥ 0). A month absent = not typed (no CAC), not 0. */
export type Spend = Record<string, number>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The hash form `2011-01:1500,2011-02:2000.5`, months in order; '' for no spend. */
export function formatSpend(spend: Spend): string {
  return Object.keys(spend)
    .sort()
    .map((month) => `${month}:${Math.round(spend[month] * 100) / 100}`)
    .join(',');
}

/** The hash form back; entries that do not parse are left out (a hand-edited link never breaks the page). */
export function parseSpend(text: string | null | undefined): Spend {
  const spend: Spend = {};
  for (const entry of (text ?? '').split(',')) {
    const [month, amount] = entry.split(':');
    const value = Number(amount);
    if (MONTH.test(month ?? '') && amount !== undefined && amount.trim() !== '' && Number.isFinite(value) && value >= 0) spend[month] = value;
  }
  return spend;
}

/** An amount as people type it: `1 234,56`, `1,234.56`, `1234.5`, `₽ 500`; null when it is not one. */
export function parseAmount(text: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f'₽$€£]|руб\.?|rub/gi, '');
  if (s === '') return null;
  if (/,\d{1,2}$/.test(s) && !/\.\d*,/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  const value = Number(s);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** A month as people write it: 2011-01, 2011-01-15, 01.2011, 15.01.2011, 2011/01 → 'YYYY-MM'; null otherwise. */
export function parseMonth(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/.exec(s);
  if (m) return month(m[1], m[2]);
  m = /^(?:\d{1,2}\.)?(\d{1,2})\.(\d{4})$/.exec(s);
  return m ? month(m[2], m[1]) : null;
}

function month(year: string, mm: string): string | null {
  const text = `${year}-${mm.padStart(2, '0')}`;
  return MONTH.test(text) ? text : null;
}

export interface SpendCsv {
  spend: Spend;
  /** Lines (1-based) that are neither a header nor `month;spend[;channel]`. */
  badLines: number[];
  /** Channels named in a third column: their spend is added up per month (no channel dimension yet). */
  channels: string[];
}

/** A pasted or dropped `month;spend[;channel]` table (`;`, tab or `,` between fields; a header line is fine). */
export function parseSpendCsv(text: string): SpendCsv {
  const spend: Spend = {};
  const badLines: number[] = [];
  const channels = new Set<string>();
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = (line.includes(';') ? line.split(';') : line.includes('\t') ? line.split('\t') : line.split(',')).map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
    const month = parseMonth(fields[0] ?? '');
    const amount = parseAmount(fields[1] ?? '');
    if (month === null || amount === null) {
      if (i > 0 || /\d/.test(fields[1] ?? '')) badLines.push(i + 1);
      return;
    }
    spend[month] = (spend[month] ?? 0) + amount;
    if (fields[2]) channels.add(fields[2]);
  });
  return { spend, badLines, channels: [...channels].sort() };
}

export interface PaybackRow {
  /** YYYY-MM. */
  cohort: string;
  customers: number;
  /** Typed spend of the month; null = not typed. */
  spend: number | null;
  /** null: no spend typed, or no new customers that month. */
  cac: number | null;
  /** Cumulative gross profit per customer after k months, k = 0 … the as-of month. */
  profit: number[];
  payback_month: number | null;
  ltv_cac_12: number | null;
  /** The most a new customer may cost to pay back within 6 / 12 months; null until those months are complete. */
  max_cac_6: number | null;
  max_cac_12: number | null;
}

const addMonths = (yyyyMm: string, k: number): string => {
  const [y, m] = yyyyMm.split('-').map(Number);
  const n = y * 12 + (m - 1) + k;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};

/**
 * One row per month from the first cohort to the as-of month: months with new customers from the cells, and
 * months with spend but nobody new (CAC undefined). `cells` are cohortCells(…, grain 'month') as of `asOf`.
 */
export function paybackRows(cells: readonly CohortCell[], spend: Spend, margin: number, asOf: string): PaybackRow[] {
  const asOfMonth = asOf.slice(0, 7);
  // a month is complete when its last day is on or before the as-of date
  const lastComplete = addMonths(asOf.slice(0, 7), isLastDayOfMonth(asOf) ? 0 : -1);
  const byCohort = new Map<string, CohortCell[]>();
  for (const cell of cells) {
    const key = cell.cohort_start.slice(0, 7);
    (byCohort.get(key) ?? byCohort.set(key, []).get(key)!)[cell.period] = cell;
  }
  const months = [...new Set([...byCohort.keys(), ...Object.keys(spend).filter((m) => m <= asOfMonth)])].sort();
  return months.map((cohort) => {
    const row = byCohort.get(cohort) ?? [];
    const customers = row[0]?.cohort_size ?? 0;
    const typed = cohort in spend ? spend[cohort] : null;
    const cac = typed === null || customers === 0 ? null : typed / customers;
    const profit = customers === 0 ? [] : row.map((cell) => margin * cell.cumulative_revenue_per_customer);
    const paid = cac === null ? -1 : profit.findIndex((p) => p >= cac - 1e-9 * Math.max(1, cac));
    const complete = (k: number) => profit.length > k && addMonths(cohort, k) <= lastComplete;
    const max = (n: number) => (complete(n - 1) ? profit[n - 1] : null);
    return {
      cohort,
      customers,
      spend: typed,
      cac,
      profit,
      payback_month: paid < 0 ? null : paid,
      ltv_cac_12: cac !== null && cac > 0 && complete(11) ? profit[11] / cac : null,
      max_cac_6: max(6),
      max_cac_12: max(12),
    };
  });
}

function isLastDayOfMonth(iso: string): boolean {
  const next = new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000);
  return next.getUTCDate() === 1;
}

/** The most a new customer may cost to pay back within 6 / 12 months, over the months that can tell, weighted by new customers. */
export function averageMaxCac(rows: readonly PaybackRow[], months: 6 | 12): number | null {
  let customers = 0, sum = 0;
  for (const row of rows) {
    const max = months === 6 ? row.max_cac_6 : row.max_cac_12;
    if (max === null) continue;
    customers += row.customers;
    sum += max * row.customers;
  }
  return customers > 0 ? sum / customers : null;
}
