import { rfmSegments, type RfmSegmentRow } from '../../analysis/rfm';
import type { ViewData } from '../../state/view-query.svelte';

/** Every RFM segment's customers and revenue as of the as-of date (DESIGN §3). */
export const rfmData: ViewData<object, RfmSegmentRow[]> = {
  options: () => ({}),
  async load({ asOf }, _options, tables) {
    return rfmSegments(await tables.ensure('rfm_customers', { asOf }));
  },
};
