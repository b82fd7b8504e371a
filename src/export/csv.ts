/**
 * Tables → CSV that Excel opens as intended: UTF-8 with a BOM, `,` and a decimal point in English, `;` and a
 * decimal comma in Russian, and text cells that a spreadsheet would run as a formula neutralised with a
 * leading apostrophe (https://owasp.org/www-community/attacks/CSV_Injection).
 */
import { saveText } from './download';
export type CsvCell = string | number | null | undefined;

export interface CsvStyle {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

export const CSV_STYLE: Record<'en' | 'ru', CsvStyle> = {
  en: { delimiter: ',', decimal: '.' },
  ru: { delimiter: ';', decimal: ',' },
};

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvText(header: string[], rows: CsvCell[][], style: CsvStyle): string {
  const line = (cells: CsvCell[]) => cells.map((cell) => csvCell(cell, style)).join(style.delimiter);
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

export function csvCell(cell: CsvCell, style: CsvStyle): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const text = String(Math.round(cell * 1e6) / 1e6);
    return style.decimal === ',' ? text.replace('.', ',') : text;
  }
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /["\r\n]/.test(safe) || safe.includes(style.delimiter) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Offers the text as a CSV file download. */
export function downloadCsv(fileName: string, text: string): void {
  saveText(fileName, text, 'text/csv;charset=utf-8');
}
