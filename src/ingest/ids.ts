/**
 * Customer and order ids are text: trimmed, never turned into numbers (leading zeros and long digit
 * strings stay as written). ID_CASES in id-cases.ts is the table the bulk load's macro is tested on too.
 */

/** Blanks trimmed off both ends: space, tab, no-break space U+00A0, thin space U+2009, narrow NBSP U+202F. */
const EDGE_BLANKS = /^[ \t\u00a0\u2009\u202f]+|[ \t\u00a0\u2009\u202f]+$/g;
/**
 * Written by exports for a missing value (compared in lower case). «Розничный покупатель» is the anonymous
 * retail buyer of 1C and МойСклад: a guest sale, not one customer.
 */
export const MISSING_ID_MARKERS = ['', 'nan', 'null', 'none', '-', 'n/a', 'розничный покупатель'];

/**
 * The id as text, or null when missing. A float export's zero fraction is dropped (`17850.0` → `17850`,
 * also `.00`); anything else, scientific notation included (`1.785E4`), is kept as given.
 */
export function normalizeId(text: string): string | null {
  const id = text.replace(EDGE_BLANKS, '');
  if (MISSING_ID_MARKERS.includes(id.toLowerCase())) return null;
  return id.replace(/^([0-9]+)\.0+$/, '$1');
}
