/** XLSX → CSV (see csv-writer.ts), so that spreadsheets load through the same CSV path as text files. */
// The `universal` entry takes a Blob or ArrayBuffer and runs both in the browser and under Node (tests);
// `browser` would parse in its own Web Worker, `node` pulls in Node streams.
import readXlsxFile, { readSheet, SheetNotFoundError } from 'read-excel-file/universal';
import { CsvBuilder, isoDateTime, plainNumber, type OnProgress } from './csv-writer.ts';
import { findHeaderRow, headerCandidates, type HeaderCandidate, type Layout } from './layout.ts';

type Cell = string | number | boolean | Date | null;

/** Sheet names in workbook order. */
export async function listSheets(file: Blob): Promise<string[]> {
  // Asking for a sheet that cannot exist makes read-excel-file throw a SheetNotFoundError listing every sheet
  // name, without parsing any sheet's cells (its default export would parse all of them).
  try {
    await readSheet(file, '\u0000');
  } catch (error) {
    const sheets = (error as { sheets?: unknown }).sheets;
    if (error instanceof SheetNotFoundError && Array.isArray(sheets)) return sheets as string[];
    throw error;
  }
  return (await readXlsxFile(file)).map((s) => s.sheet);
}

/**
 * Converts one sheet (a 1-based number or a name; the first by default) into CSV, from its header row down.
 * The header is found as in a text report (layout.ts: title, period and filter rows above it, merged title
 * cells included) unless `headerLine` (a 1-based sheet row) says where it is. Fully empty rows and fully
 * empty leading columns are left out; the rows above the header and the empty rows below it are listed in
 * `layout.skipped` (sheet row numbers). `rows` counts data rows (without the header).
 */
export async function xlsxToCsv(
  file: Blob,
  sheet: string | number = 1,
  onProgress?: OnProgress,
  headerLine?: number,
): Promise<{ csv: Uint8Array; rows: number; sheet: string; layout: Layout; candidates: HeaderCandidate[] }> {
  const sheets = typeof sheet === 'string' ? [sheet] : await listSheets(file);
  const name = typeof sheet === 'string' ? sheet : sheets[sheet - 1];
  if (name === undefined) throw new SheetNotFoundError(sheet, sheets);
  // `trim: false`: strings as they are in the cell. The cast: the library's .d.ts types Date cells as `typeof Date`.
  const data = (await readSheet(file, name, { trim: false })) as unknown as Cell[][];
  const filled: Array<{ fields: string[]; line: number }> = [];
  const empty: number[] = [];
  data.forEach((row, i) => {
    const texts = row.map(cellText);
    if (texts.some((t) => t !== '')) filled.push({ fields: texts, line: i + 1 });
    else empty.push(i + 1);
  });
  const chosen = headerLine === undefined ? -1 : filled.findIndex((row) => row.line >= headerLine);
  const start = chosen >= 0 ? chosen : findHeaderRow(filled.map((row) => row.fields));
  const table = filled.slice(start).map((row) => row.fields);
  const header = filled[start]?.line ?? 1;
  const last = filled.at(-1)?.line ?? 0;
  const layout: Layout = {
    headerLine: header,
    skipped: [...Array.from({ length: header - 1 }, (_, i) => i + 1), ...empty.filter((line) => line > header && line < last)],
  };
  const firstColumn = table.reduce((min, row) => Math.min(min, row.findIndex((t) => t !== '')), Infinity);

  const dataRows = Math.max(table.length - 1, 0);
  const csv = new CsvBuilder();
  table.forEach((row, i) => {
    csv.addRow(firstColumn > 0 ? row.slice(firstColumn) : row);
    if (onProgress && i > 0 && i % 10_000 === 0) onProgress(i, dataRows);
  });
  onProgress?.(dataRows, dataRows);
  return { csv: csv.finish(), rows: dataRows, sheet: name, layout, candidates: headerCandidates(filled) };
}
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  // Excel keeps 15 significant digits; this also drops float noise such as 0.30000000000000004.
  if (typeof cell === 'number') return plainNumber(Number(cell.toPrecision(15)));
  // Date cells arrive as an Excel serial day number converted with Math.floor to milliseconds, so 12:50:00
  // can come back as 12:49:59.999; rounding to the second undoes that. (read-excel-file parseExcelTimestamp.js)
  return isoDateTime(Math.round(cell.getTime() / 1000) * 1000);
}
