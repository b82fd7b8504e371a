/**
 * Where the table starts inside a report (DESIGN §3c "skipped lines"): 1C and other accounting reports put
 * a title, the period and the filter above the header row, and close the table with a totals row. The
 * sniffer finds the header row here; the reader then starts at it (a slice of the file, no copy), and the
 * lines above it are counted as skipped. Blank, totals and repeated header rows inside the table are found
 * per row by the loader (`skipExpression`, report-totals.sql).
 */
import { parseNumber } from './numbers.ts';
import { sqlIdent, sqlString } from '../analysis/db.ts';

/** How far down a header row is looked for. */
const HEADER_SEARCH_ROWS = 40;
/** A header fills at least this share of the widest row's cells (a title or filter line fills one or two). */
const HEADER_FILL = 0.5;
/** …and most of its cells are words, not numbers or dates. */
const HEADER_TEXT = 0.75;

/** The first non-empty cell of a totals row starts with one of these words. */
export const TOTALS_WORDS = ['итого', 'всего', 'grand total', 'totals', 'total', 'subtotal', 'итог'];
/** A printed report's page break: a row whose only cell is «Страница 2», "Page 2 of 5", «Лист 3». */
const PAGE_BREAK = '^(страница|стр\\.|page|лист)\\s*[0-9]+';

export interface Layout {
  /** 1-based line (CSV) or sheet row (XLSX) of the header. */
  headerLine: number;
  /** Lines above the header and blank lines the reader never sees: 1-based line numbers, ascending. */
  skipped: number[];
}

export interface HeaderCandidate {
  line: number;
  text: string;
}

const filledCells = (row: string[]) => row.filter((cell) => cell.trim() !== '');

const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/;
function isWord(cell: string): boolean {
  const text = cell.trim();
  return parseNumber(text, '.') === null && parseNumber(text, ',') === null && !DATE_LIKE.test(text);
}

/** The first non-empty cell says the row is a totals row («Итого», «Всего», "Total", "Grand total"). */
export function isTotalsRow(row: string[]): boolean {
  const first = row.find((cell) => cell.trim() !== '')?.trim().toLowerCase() ?? '';
  return TOTALS_WORDS.some((word) => first.startsWith(word) && !/[a-zа-яё]/.test(first.charAt(word.length)));
}

/**
 * Index (into `rows`, blank rows already left out) of the header row: the first row, among the first 40,
 * that fills at least half as many cells as the widest row and is mostly words. A file whose first row
 * already qualifies, or where no row does (a table without a header), keeps its first row.
 */
export function findHeaderRow(rows: string[][]): number {
  const widest = rows.slice(0, HEADER_SEARCH_ROWS + 20).reduce((max, row) => Math.max(max, filledCells(row).length), 0);
  if (widest <= 1) return 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const cells = filledCells(rows[i]);
    if (cells.length < Math.max(2, Math.ceil(widest * HEADER_FILL))) continue;
    if (cells.filter(isWord).length >= HEADER_TEXT * cells.length) return i;
  }
  return 0;
}

/** The rows offered in the mapping step's header-row control: the first few, as short text. */
export function headerCandidates(rows: Array<{ fields: string[]; line: number }>, limit = 15): HeaderCandidate[] {
  return rows.slice(0, limit).map((row) => {
    const text = filledCells(row.fields).join(' | ');
    return { line: row.line, text: text.length > 60 ? `${text.slice(0, 59)}…` : text };
  });
}

/**
 * SQL over view `raw`: NULL for a data row, else the row's first non-empty cell ('' for a blank row) when
 * the row is blank, a totals row, a page break (its only cell «Страница 2»), or a repeat of the header (its
 * non-empty cells equal their column names, at least two of them: printed reports repeat the header after
 * each page break).
 * `names` are the loader's column names, `rawHeader` the header cells as written in the file.
 */
export function skipExpression(names: string[], rawHeader: string[]): string {
  const cell = (name: string) => `NULLIF(trim(${sqlIdent(name)}), '')`;
  const first = names.length === 1 ? cell(names[0]) : `COALESCE(${names.map(cell).join(', ')})`;
  const words = TOTALS_WORDS.map((w) => w.replace(' ', '\\s+')).join('|');
  const headerCells = names
    .map((name, i) => [name, (rawHeader[i] ?? name).trim()] as const)
    .filter(([, text]) => text !== '');
  const repeats = headerCells.map(([name, text]) => `COALESCE(${cell(name)} = ${sqlString(text)}, false)::INTEGER`);
  const others = headerCells.map(([name, text]) => `COALESCE(${cell(name)} = ${sqlString(text)}, true)`);
  const repeated = headerCells.length >= 2 ? `WHEN (${repeats.join(' + ')}) >= 2 AND ${others.join(' AND ')} THEN ${first}` : '';
  const filled = names.map((name) => `(${cell(name)} IS NOT NULL)::INTEGER`).join(' + ');
  return `CASE WHEN ${first} IS NULL THEN ''
    WHEN regexp_matches(lower(${first}), '^(${words})([^a-zа-яё]|$)') THEN ${first}
    WHEN regexp_matches(lower(${first}), '${PAGE_BREAK}') AND (${filled}) = 1 THEN ${first}
    ${repeated} END`;
}

/** The file line (sheet row) of the reader's 1-based data row `row`: below the header, past the skipped lines the reader never saw. */
export function lineOfRow(layout: Layout, row: number): number {
  let line = layout.headerLine + row;
  for (const skipped of layout.skipped) if (skipped > layout.headerLine && skipped <= line) line++;
  return line;
}
