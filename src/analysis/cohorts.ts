import type { Db } from './db';
import ordersBuildSql from './sql/cohort-orders-build.sql?raw';
import firstProductsBuildSql from './sql/cohort-first-products-build.sql?raw';
import firstProductsSql from './sql/cohort-first-products.sql?raw';
import cellsSql from './sql/cohort-cells.sql?raw';

export const COHORT_GRAINS = ['week', 'month', 'quarter'] as const;
export type CohortGrain = (typeof COHORT_GRAINS)[number];

export interface CohortQuery {
  /** YYYY-MM-DD; orders after it are ignored. */
  asOf: string;
  grain: CohortGrain;
  /** Only customers whose first product (see firstProducts) is this one; null or absent = everyone. */
  firstProduct?: string | null;
}

/** One cell of the cohort matrix; cells after the as-of period do not exist, inactive ones hold zeros. */
export interface CohortCell {
  /** Label: YYYY-MM, YYYY-Www (ISO week) or YYYY-Qn. */
  cohort: string;
  cohort_start: string;
  /** k, calendar periods since the cohort's. */
  period: number;
  period_start: string;
  cohort_size: number;
  customers: number;
  orders: number;
  /** The as-of period: its activity only runs up to the as-of date. */
  partial: boolean;
  retention: number;
  revenue: number;
  revenue_per_customer: number;
  /** The cohort LTV curve: revenue per cohort customer in periods 0..k. */
  cumulative_revenue_per_customer: number;
  /** Revenue in k / revenue in period 0; null when period 0 had no revenue. */
  revenue_retention: number | null;
  orders_per_customer: number;
}

export interface FirstProduct {
  product: string;
  customers: number;
}

export interface CohortRow {
  cohort: string;
  cohort_start: string;
  cohort_size: number;
  /** Indexed by period k, as long as the longest cohort; null where the period starts after the as-of date. */
  cells: (CohortCell | null)[];
}

/** The size-weighted average across cohorts at period k. */
export interface AveragePoint {
  period: number;
  /** Cohorts counted at k, and their customers (the weight). */
  cohorts: number;
  cohort_customers: number;
  retention: number;
  revenue_per_customer: number;
  cumulative_revenue_per_customer: number;
}

/**
 * Materialises tables `cohort_orders` and `customer_first_products`. Run after every (re)build of `orders` and
 * `purchases`, before cohortCells and firstProducts; a new as-of date, grain or first product needs no rebuild.
 */
export async function buildCohorts(db: Db): Promise<void> {
  await db.query(ordersBuildSql);
  await db.query(firstProductsBuildSql);
}

/** The cohort matrix as cells, ordered by cohort, then period. Needs buildCohorts. */
export function cohortCells(db: Db, query: CohortQuery): Promise<CohortCell[]> {
  if (!COHORT_GRAINS.includes(query.grain)) throw new Error(`Unknown cohort grain: ${query.grain}`);
  return db.query<CohortCell & Record<string, unknown>>(cellsSql, [query.asOf, query.grain, query.firstProduct ?? null]);
}

/** First products with their number of customers, most first: the choices for the cohort split. Needs buildCohorts. */
export function firstProducts(db: Db, asOf: string): Promise<FirstProduct[]> {
  return db.query<FirstProduct & Record<string, unknown>>(firstProductsSql, [asOf]);
}

/** Cells (ordered by cohort, then period, as cohortCells returns them) → one row per cohort. */
export function cohortMatrix(cells: readonly CohortCell[]): CohortRow[] {
  const width = cells.reduce((max, cell) => Math.max(max, cell.period + 1), 0);
  const rows = new Map<string, CohortRow>();
  for (const cell of cells) {
    let row = rows.get(cell.cohort_start);
    if (!row) {
      row = { cohort: cell.cohort, cohort_start: cell.cohort_start, cohort_size: cell.cohort_size, cells: [] };
      row.cells = new Array<CohortCell | null>(width).fill(null);
      rows.set(cell.cohort_start, row);
    }
    row.cells[cell.period] = cell;
  }
  return [...rows.values()];
}

/**
 * The average curve, each cohort weighted by its size, over the cohorts that have reached period k. Partial
 * (as-of period) cells are left out unless asked: they would pull the curve down for lack of time, not customers.
 */
export function averageCurve(cells: readonly CohortCell[], includePartial = false): AveragePoint[] {
  const sums: { cohorts: number; size: number; customers: number; revenue: number; cumulative: number }[] = [];
  for (const cell of cells) {
    if (cell.partial && !includePartial) continue;
    const s = (sums[cell.period] ??= { cohorts: 0, size: 0, customers: 0, revenue: 0, cumulative: 0 });
    s.cohorts += 1;
    s.size += cell.cohort_size;
    s.customers += cell.customers;
    s.revenue += cell.revenue;
    s.cumulative += cell.cumulative_revenue_per_customer * cell.cohort_size;
  }
  return sums.flatMap((s, period) =>
    s && s.size > 0
      ? [{
          period,
          cohorts: s.cohorts,
          cohort_customers: s.size,
          retention: s.customers / s.size,
          revenue_per_customer: s.revenue / s.size,
          cumulative_revenue_per_customer: s.cumulative / s.size,
        }]
      : [],
  );
}
