import { dataset } from './dataset.svelte';

export const SAMPLE_NAME = 'tea-shop.csv';
/** The sample store at a stable address next to the page (copied into dist/ by vite.config.ts). */
export const SAMPLE_PATH = `sample-data/${SAMPLE_NAME}`;

/** The built-in sample store, loaded like a `?data=` link and straight to the overview (its mapping is certain). */
export function loadSample(): Promise<void> {
  return dataset.openUrl(SAMPLE_PATH, true);
}
