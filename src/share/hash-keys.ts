/**
 * The URL-hash keys that carry settings, the file's identity, the column mapping and snapshots. Everything
 * else in the hash is the current view's own filters (`router.filters`), so a view must not use these names.
 */
export const SETTING_KEYS = {
  view: 'view',
  window: 'win',
  windowFrom: 'win.from',
  windowTo: 'win.to',
  asOf: 'asof',
  margin: 'margin',
  currency: 'cur',
  locale: 'lang',
  thresholds: 'th',
  cleaning: 'clean',
  minRegulars: 'minreg',
  /** Marketing spend per month, `spend=2011-01:1500,2011-02:2000` (DESIGN §3c payback; not customer data). */
  spend: 'spend',
  file: 'file',
  fileRows: 'file.rows',
  decimal: 'map.decimal',
  cancel: 'map.cancel',
  snapshot: 'snap',
  sample: 'sample',
} as const;

/** Mapping keys are `map.<role>` (e.g. `map.customer_id=CustomerID`). */
export const MAPPING_PREFIX = 'map.';

const RESERVED = new Set<string>(Object.values(SETTING_KEYS));

/** True for the keys this module owns; the router leaves them out of a view's filters. */
export function isShareKey(key: string): boolean {
  return RESERVED.has(key) || key.startsWith(MAPPING_PREFIX);
}
