import { churnOverTime, pooledChurnRate, type ChurnReport, type PooledChurn } from '../../analysis/churn';
import type { LifecycleThresholds } from '../../analysis/lifecycle';
import { monthly } from '../../analysis/monthly';
import type { ViewData } from '../../state/view-query.svelte';

export interface ChurnData {
  report: ChurnReport;
  pooled: PooledChurn;
  monthRevenue: ReadonlyMap<string, number>;
}

/** Monthly churn over the window, the pooled rate, and each month's revenue for the table (DESIGN §3). */
export const churnData: ViewData<{ thresholds: LifecycleThresholds }, ChurnData> = {
  options: ({ thresholds }) => ({ thresholds: { ...thresholds } }),
  async load({ asOf, window }, { thresholds }, tables) {
    const db = await tables.ensure('purchase_days');
    const report = await churnOverTime(db, window, thresholds);
    const pooled = await pooledChurnRate(db, asOf, thresholds);
    const months = await monthly(db, window);
    return { report, pooled, monthRevenue: new Map(months.map((m) => [m.month, m.revenue])) };
  },
};
