import { statusAt, statusMix, type LifecycleThresholds, type StatusMixRow, type StatusSnapshot } from '../../analysis/lifecycle';
import type { ViewData } from '../../state/view-query.svelte';

export interface LifecycleData {
  snapshot: StatusSnapshot;
  mix: StatusMixRow[];
}

/** Statuses at the as-of date and their monthly mix over the window (DESIGN §3). */
export const lifecycleData: ViewData<{ thresholds: LifecycleThresholds }, LifecycleData> = {
  options: ({ thresholds }) => ({ thresholds: { ...thresholds } }),
  async load({ asOf, window }, { thresholds }, tables) {
    const db = await tables.ensure('purchase_days');
    return { snapshot: await statusAt(db, asOf, thresholds), mix: await statusMix(db, window, thresholds) };
  },
};
