/**
 * What the timing view needs (DESIGN §3c repeat timing): purchase days, per-customer summaries and the cohort
 * cells for payback; the due-soon list reads the customers table. Pure: the tables come in, plain rows go out.
 */
import type { Db } from '../../analysis/db';
import type { ViewData } from '../../state/view-query.svelte';
import { cohortCells, type CohortCell } from '../../analysis/cohorts';
import { customerPage, type CustomerRow, type ListModel } from '../../analysis/customers';
import { gapBins, orderBands, returnRows, type GapBin, type OrderBand, type ReturnRow } from '../../analysis/timing';

export interface TimingData {
  gaps: GapBin[];
  /** The all-cohorts row first (cohort null), then one per cohort month. */
  returns: ReturnRow[];
  bands: OrderBand[];
  /** Monthly cohort cells: revenue per cohort customer month by month, for payback. */
  cells: CohortCell[];
}

export const timingData: ViewData<object, TimingData> = {
  options: () => ({}),
  async load({ asOf }, _options, tables) {
    return loadTiming(await tables.ensure(['purchase_days', 'customer_summary', 'cohort_orders'], { asOf }), asOf);
  },
};

export async function loadTiming(db: Db, asOf: string): Promise<TimingData> {
  return {
    gaps: await gapBins(db, asOf),
    returns: await returnRows(db, asOf),
    bands: await orderBands(db),
    cells: await cohortCells(db, { asOf, grain: 'month' }),
  };
}

export const DUE_CHOICES = [7, 14, 30] as const;
export type DueWithin = (typeof DUE_CHOICES)[number];

/** Repeat customers whose next purchase is expected within `days` after the as-of date (DESIGN §3c), soonest first. */
export function loadDueSoon(db: Db, days: DueWithin, model: ListModel | null): Promise<CustomerRow[]> {
  return customerPage(db, { dueWithin: days }, { key: 'next_purchase', descending: false }, null, 0, model);
}
