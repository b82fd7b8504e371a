/** The header and first rows of a delimited text sample, for the mapping screen and the sniffers. */
import { splitRows } from './rows.ts';

export interface Preview {
  /** Trimmed, unique, never blank: these are also the column names the loader gives DuckDB. */
  header: string[];
  /** Data rows, each padded or cut to the header's length; blank lines skipped. */
  rows: string[][];
}

/**
 * Parses the header and up to `maxRows` data rows. Unless `complete` says the text is the whole file, a
 * last line without its line break (or inside an unterminated quote) is taken as cut off and dropped.
 */
export function parsePreview(text: string, delimiter: string, maxRows = 200, complete = false): Preview {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { rows: parsed, lastCut } = splitRows(source, delimiter, maxRows + 1);
  const kept = !complete && lastCut ? parsed.slice(0, -1) : parsed;
  const [first = [], ...rest] = kept.map((row) => row.fields);
  const header = uniqueNames(first);
  const rows = rest.map((row) => header.map((_, i) => row[i] ?? ''));
  return { header, rows };
}

/** Blank names become `column N` (1-based position); repeats become `Name (2)`, `Name (3)`… */
export function uniqueNames(raw: string[]): string[] {
  const names = raw.map((name, i) => name.trim() || `column ${i + 1}`);
  // DuckDB column names are case-insensitive, so `Sum` and `SUM` clash too.
  const given = new Set(names.map((name) => name.toLowerCase()));
  const taken = new Set<string>();
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const name of names) {
    let unique = name;
    if (taken.has(name.toLowerCase())) {
      let n = seen.get(name.toLowerCase()) ?? 1;
      do unique = `${name} (${++n})`;
      while (taken.has(unique.toLowerCase()) || given.has(unique.toLowerCase()));
      seen.set(name.toLowerCase(), n);
    }
    taken.add(unique.toLowerCase());
    out.push(unique);
  }
  return out;
}
