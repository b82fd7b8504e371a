import sampleUrl from '../../sample-data/tea-shop.csv?url';
import { dataset } from './dataset.svelte';

export const SAMPLE_NAME = 'tea-shop.csv';

/** The built-in sample store, loaded straight to the overview (its mapping is certain). */
export async function loadSample(): Promise<void> {
  const response = await fetch(sampleUrl);
  const file = new File([await response.blob()], SAMPLE_NAME, { type: 'text/csv' });
  await dataset.open([file]);
  if (dataset.phase === 'mapping' && dataset.missing.length === 0) await dataset.confirm();
}
