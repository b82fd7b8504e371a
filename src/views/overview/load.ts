import { windowTotals, type ReportWindow, type WindowTotals } from '../../analysis/kpis';
import { monthly, type MonthRow } from '../../analysis/monthly';
import type { ViewData } from '../../state/view-query.svelte';

export interface OverviewData {
  window: ReportWindow;
  totals: WindowTotals;
  months: MonthRow[];
}

/** The KPIs and monthly series of the reporting window (DESIGN §3); orders only, no derived table. */
export const overviewData: ViewData<object, OverviewData> = {
  options: () => ({}),
  async load({ window }, _options, tables) {
    const db = await tables.ensure([]);
    return { window, totals: await windowTotals(db, window), months: await monthly(db, window) };
  },
};
