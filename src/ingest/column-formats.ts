import { detectCurrency, detectDecimal, parseNumber } from './numbers';
import { detectDateFormat, parseDate } from './dates';
import { normalizeId } from './ids';
import type { InspectedFile } from './inspect';
import type { DateFormat, DecimalSeparator, Mapping, Role } from './types';

/** How the mapped columns are written, as guessed from the preview and corrected by the user. */
export interface ColumnFormats {
  decimal: DecimalSeparator;
  dateFormat: DateFormat;
  /** Distinct values of the status column in the preview, and those that mean cancelled or returned. */
  statusValues: string[];
  cancelStatuses: string[];
  currency: string | null;
  /** Whole-column counts that decided DD/MM against MM/DD, once loaded. */
  dayMonth?: { firstOver12: number; secondOver12: number } | null;
}

/** Status words that make a line a return or cancellation; a partial refund or partial payment stays a purchase (DESIGN §3c). */
const CANCELLED = /cancel|refund|return|void|reversal|fail|отмен|возврат|аннул|сторн/i;
const PARTIAL = /partial|частичн/i;
const ISO_FALLBACK: DateFormat = { order: 'ymd', strptime: ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d'], ambiguous: false };

function column(file: InspectedFile, mapping: Mapping, role: Role): string[] {
  const index = mapping[role] === null ? -1 : file.header.indexOf(mapping[role]!);
  return index < 0 ? [] : file.rows.map((row) => row[index] ?? '');
}

/** Excel serial day numbers (1982…2091) in a numeric date column of a spreadsheet. */
function looksLikeExcelSerials(values: string[]): boolean {
  const numbers = values.filter((v) => v.trim() !== '').map(Number);
  return numbers.length > 0 && numbers.every((n) => Number.isFinite(n) && n > 30000 && n < 70000);
}

export function guessColumnFormats(file: InspectedFile, mapping: Mapping, previous?: ColumnFormats | null): ColumnFormats {
  const numeric = [...column(file, mapping, 'amount'), ...column(file, mapping, 'unit_price'), ...column(file, mapping, 'quantity')];
  const dates = column(file, mapping, 'order_ts');
  const statusValues = [...new Set(column(file, mapping, 'status').map((s) => s.trim()).filter(Boolean))].sort();
  const dateFormat =
    detectDateFormat(dates) ??
    (looksLikeExcelSerials(dates) ? { order: 'excel', strptime: [], ambiguous: false } : (previous?.dateFormat ?? ISO_FALLBACK));
  return {
    decimal: detectDecimal(numeric),
    dateFormat: dateFormat as DateFormat,
    statusValues,
    cancelStatuses: statusValues.filter((s) => CANCELLED.test(s) && !PARTIAL.test(s)),
    currency: detectCurrency(column(file, mapping, 'amount').concat(column(file, mapping, 'unit_price'))) ?? (looksRussian(file) ? 'RUB' : null),
  };
}

/** Cyrillic headers or Windows-1251 text: a Russian export, priced in roubles unless it says otherwise. */
function looksRussian(file: InspectedFile): boolean {
  return file.encoding === 'windows-1251' || file.header.some((h) => /[а-яё]/i.test(h));
}

export interface ParsedPreviewRow {
  customer: string | null;
  date: string | null;
  dateText: string;
  amount: number | null;
  amountText: string;
  order: string | null;
  product: string | null;
}

/** The first rows as the loader will read them, for the mapping screen. */
export function previewRows(file: InspectedFile, mapping: Mapping, formats: ColumnFormats, limit: number): ParsedPreviewRow[] {
  const at = (role: Role) => (mapping[role] === null ? -1 : file.header.indexOf(mapping[role]!));
  const [c, d, a, q, p, o, pr] = (['customer_id', 'order_ts', 'amount', 'quantity', 'unit_price', 'order_id', 'product'] as Role[]).map(at);
  return file.rows.slice(0, limit).map((row) => {
    const cell = (i: number) => (i < 0 ? '' : (row[i] ?? ''));
    const date = parseDate(cell(d), formats.dateFormat);
    const amount =
      a >= 0
        ? parseNumber(cell(a), formats.decimal)
        : product(parseNumber(cell(q), formats.decimal), parseNumber(cell(p), formats.decimal));
    return {
      customer: normalizeId(cell(c)),
      date: date ? date.toISOString().replace('T', ' ').slice(0, 19) : null,
      dateText: cell(d),
      amount,
      amountText: a >= 0 ? cell(a) : `${cell(q)} × ${cell(p)}`,
      order: normalizeId(cell(o)),
      product: cell(pr) || null,
    };
  });
}

function product(x: number | null, y: number | null): number | null {
  return x === null || y === null ? null : Math.round(x * y * 10000) / 10000;
}
