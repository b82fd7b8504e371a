import { averageCurve, type CohortCell, type CohortRow } from '../../analysis/cohorts';

/** What the cohort table shows; the cells' data-value stays the retention ratio whatever is shown. */
export const COHORT_METRICS = ['retention', 'ltv', 'revenue_retention', 'orders'] as const;
export type CohortMetric = (typeof COHORT_METRICS)[number];

/** The shown metric's raw value, or null where it is undefined (revenue retention without first-period revenue). */
export function metricValue(cell: CohortCell, metric: CohortMetric): number | null {
  const value = {
    retention: cell.retention,
    ltv: cell.cumulative_revenue_per_customer,
    revenue_retention: cell.revenue_retention,
    orders: cell.orders_per_customer,
  }[metric];
  return value !== null && Number.isFinite(value) ? value : null;
}

/**
 * The table's average row by period k over the complete cells (as averageCurve: the incomplete as-of period
 * would pull it down for lack of time). Customer metrics weigh cohorts by size; revenue retention is the pooled
 * revenue at k / the same cohorts' first-period revenue.
 */
export function averageRow(cells: readonly CohortCell[], metric: CohortMetric): (number | null)[] {
  const width = cells.reduce((max, cell) => Math.max(max, cell.period + 1), 0);
  const out = new Array<number | null>(width).fill(null);
  if (metric === 'retention' || metric === 'ltv') {
    for (const p of averageCurve(cells)) out[p.period] = metric === 'retention' ? p.retention : p.cumulative_revenue_per_customer;
    return out;
  }
  const firstRevenue = new Map(cells.filter((c) => c.period === 0).map((c) => [c.cohort_start, c.revenue]));
  const sums = out.map(() => ({ top: 0, bottom: 0 }));
  for (const cell of cells) {
    if (cell.partial) continue;
    const s = sums[cell.period];
    if (metric === 'orders') {
      s.top += cell.orders;
      s.bottom += cell.cohort_size;
    } else {
      s.top += cell.revenue;
      s.bottom += firstRevenue.get(cell.cohort_start) ?? 0;
    }
  }
  return sums.map((s) => (s.bottom > 0 ? s.top / s.bottom : null));
}

/** The value that gets the darkest colour: the largest after period 0 (which would otherwise flatten the rest). */
export function scaleMax(cells: readonly CohortCell[], metric: CohortMetric): number {
  let later = 0;
  let any = 0;
  for (const cell of cells) {
    const v = metricValue(cell, metric) ?? 0;
    any = Math.max(any, v);
    if (cell.period > 0) later = Math.max(later, v);
  }
  return later > 0 ? later : any;
}

/** Colour intensity 0…1 of a value on the table's scale (values above the scale, e.g. period 0, saturate). */
export function intensity(value: number | null, max: number): number {
  if (value === null || !(max > 0)) return 0;
  return Math.min(1, Math.max(0, value / max));
}

/** Complete (not partial) points of a row: the partial as-of period would dip for lack of time. */
export function completePeriods(row: CohortRow): number {
  return row.cells.filter((c) => c !== null && !c.partial).length;
}

/**
 * The cohorts drawn by default: the largest complete ones (their first period is over), preferring those with
 * at least `minPeriods` complete periods so that the curves say something; returned in table order.
 */
export function defaultCohorts(rows: readonly CohortRow[], n = 3, minPeriods = 3): string[] {
  const complete = rows.filter((r) => r.cells[0] && !r.cells[0].partial);
  const long = complete.filter((r) => completePeriods(r) >= minPeriods);
  const pool = long.length >= n ? long : complete;
  const chosen = new Set(
    [...pool].sort((a, b) => b.cohort_size - a.cohort_size || a.cohort_start.localeCompare(b.cohort_start)).slice(0, n).map((r) => r.cohort),
  );
  return rows.filter((r) => chosen.has(r.cohort)).map((r) => r.cohort);
}
