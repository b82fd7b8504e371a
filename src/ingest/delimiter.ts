/** Which character separates the fields of a delimited text file. */
import { splitRows } from './rows.ts';

/**
 * Candidates in the order ties are broken: the least likely inside unquoted values first. A comma is last
 * because Russian exports write decimal commas in `;`-separated files (`1,5;2,5` has 3 commas-fields and
 * 2 semicolon-fields on every line, and is `;`).
 */
export const DELIMITERS = ['\t', ';', '|', ','] as const;

const SAMPLE_ROWS = 50;

/**
 * The delimiter giving the most consistent field count (> 1) over the first rows, quotes respected
 * (`"a;b",c` is comma-separated). A single-column file gets `,`.
 */
export function detectDelimiter(text: string): string {
  let best = ',';
  let bestShare = 0;
  for (const delimiter of DELIMITERS) {
    const { fields, share } = mostCommonCount(fieldCounts(text, delimiter));
    if (fields > 1 && share > bestShare) {
      best = delimiter;
      bestShare = share;
    }
  }
  return best;
}

/** Field counts of the first rows; blank lines skipped, a last line cut off by the end of the sample left out. */
export function fieldCounts(text: string, delimiter: string, maxRows = SAMPLE_ROWS): number[] {
  const { rows, lastCut } = splitRows(text, delimiter, maxRows);
  return (lastCut && rows.length > 1 ? rows.slice(0, -1) : rows).map((row) => row.fields.length);
}

/** The most common value and the share of rows having it (the larger value on a tie). */
function mostCommonCount(counts: number[]): { fields: number; share: number } {
  const tally = new Map<number, number>();
  for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
  let fields = 0;
  let top = 0;
  for (const [value, n] of tally) {
    if (n > top || (n === top && value > fields)) {
      fields = value;
      top = n;
    }
  }
  return { fields, share: counts.length ? top / counts.length : 0 };
}
