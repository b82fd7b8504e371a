import { cohortCells, firstProducts, COHORT_GRAINS, type CohortCell, type CohortGrain, type FirstProduct } from '../../analysis/cohorts';
import { COHORT_METRICS, type CohortMetric } from './cohort-metrics';
import type { ViewData } from '../../state/view-query.svelte';

/** The view's hash keys: `grain`, `metric`, `product` (a first product to split by). */
export interface CohortOptions {
  grain: CohortGrain;
  metric: CohortMetric;
  product: string;
}

export interface CohortData {
  /** The grain the cells were queried at (the switch moves before the new cells arrive). */
  grain: CohortGrain;
  products: FirstProduct[];
  /** The first product split by, when it is one. */
  split: string | null;
  cells: CohortCell[];
}

const oneOf = <T extends string>(options: readonly T[], value: string | undefined, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

export function cohortOptions(filters: Record<string, string>): CohortOptions {
  return {
    grain: oneOf(COHORT_GRAINS, filters.grain, 'month'),
    metric: oneOf(COHORT_METRICS, filters.metric, 'retention'),
    product: filters.product ?? '',
  };
}

export const cohortData: ViewData<Pick<CohortOptions, 'grain' | 'product'>, CohortData> = {
  options: ({ filters }) => cohortOptions(filters),
  async load({ asOf }, { grain, product }, tables) {
    const db = await tables.ensure('cohort_orders');
    const products = await firstProducts(db, asOf);
    const split = product && products.some((x) => x.product === product) ? product : null;
    return { grain, products, split, cells: await cohortCells(db, { asOf, grain, firstProduct: split }) };
  },
};
