/**
 * Date and time columns: which of the supported ways of writing dates a column uses, as DuckDB strptime
 * formats for the bulk load, and the same parse in TypeScript for previews (DATE_CASES in date-cases.ts
 * is the shared table of cases).
 *
 * Supported: `YYYY-MM-DD` (also `/` or `.`), `DD.MM.YYYY` / `MM.DD.YYYY` (also `/` or `-`, also two-digit
 * years, which DuckDB's `%y` reads as 2000–2068 for 00–68 and 1969–1999 for 69–99), `YYYYMMDD` (years
 * 1970–2100), each optionally followed by ` HH:MM`, ` HH:MM:SS` or ` HH:MM:SS.ffffff` (`T` instead of the
 * space, or a 12-hour clock with ` AM`/` PM`), then optionally a UTC offset or `Z` (see ZONE_SUFFIX).
 */
import type { DateFormat, DateOrder } from './types.ts';

type Family = 'ymd' | 'dm' | 'compact';

interface Written {
  family: Family;
  separator: string;
  /** The date's three numbers as written: ymd/compact → year, month, day; dm → first, second, year. */
  parts: [number, number, number];
  twoDigitYear: boolean;
  /** strptime of the time part including its leading space or T, '' when there is none. */
  time: string;
  clock: [hour: number, minute: number, second: number, ms: number];
  zone: boolean;
}

/** Optional time: separator, hour, minute, second, fraction, AM/PM, zone (capture groups 5–11). */
const TIME =
  String.raw`(?:([ T])(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,6}))?)?` +
  String.raw`(?: ([AaPp][Mm]))?( ?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?`;
const SHAPES: Array<[Family, RegExp]> = [
  ['ymd', new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`)],
  ['dm', new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`)],
  ['compact', new RegExp(String.raw`^(\d{4})()(\d{2})(\d{2})${TIME}$`)],
];

/**
 * A UTC offset or `Z` after a time, which strptime must not see when `DateFormat.stripZone` is set:
 * `regexp_replace(s, ZONE_SUFFIX, '\1')` in DuckDB, `s.replace(new RegExp(ZONE_SUFFIX), '$1')` here.
 * The wall-clock time as written is kept (the shop's own day), the offset dropped.
 */
export const ZONE_SUFFIX = String.raw`(:[0-9]{1,2}(?:\.[0-9]+)?(?: [AaPp][Mm])?) ?(?:Z|UTC|GMT|[+-][0-9]{2}:?[0-9]{2})$`;

function readWritten(text: string): Written | null {
  for (const [family, pattern] of SHAPES) {
    const m = pattern.exec(text.trim());
    if (!m) continue;
    const [, a, separator, b, c, tsep, hh, mi, ss, frac, ampm, zone] = m;
    const pm = ampm?.toLowerCase();
    let hour = Number(hh ?? 0);
    if (pm && (hour < 1 || hour > 12)) return null;
    if (pm) hour = (hour % 12) + (pm === 'pm' ? 12 : 0);
    const ms = Number((frac ?? '').padEnd(3, '0').slice(0, 3));
    const clock: Written['clock'] = [hour, Number(mi ?? 0), Number(ss ?? 0), ms];
    if (clock[0] > 23 || clock[1] > 59 || clock[2] > 59) return null;
    const h = pm ? '%I' : '%H';
    const time = !tsep ? '' : `${tsep}${h}:%M${ss ? ':%S' : ''}${frac ? '.%f' : ''}${pm ? ' %p' : ''}`;
    const parts: Written['parts'] = [Number(a), Number(b), Number(c)];
    const twoDigitYear = family === 'dm' && c.length === 2;
    return { family, separator, parts, twoDigitYear, time, clock, zone: Boolean(zone) };
  }
  return null;
}

/** Year, month, day of a written date under an order, or null when that is no calendar date. */
function ymd(w: Written, order: DateOrder): [number, number, number] | null {
  const [a, b, c] = w.parts;
  const year = w.twoDigitYear ? c + (c < 69 ? 2000 : 1900) : c;
  const date: [number, number, number] =
    w.family !== 'dm' ? [a, b, c] : order === 'mdy' ? [year, a, b] : [year, b, a];
  const [y, m, d] = date;
  const probe = new Date(Date.UTC(2000, m - 1, d));
  probe.setUTCFullYear(y);
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d ? date : null;
}

/** The strptime format of one written value under an order. */
function strptimeOf(w: Written, order: DateOrder): string {
  const s = w.separator;
  const year = w.twoDigitYear ? '%y' : '%Y';
  if (w.family === 'ymd') return `%Y${s}%m${s}%d${w.time}`;
  if (w.family === 'compact') return `%Y%m%d${w.time}`;
  return (order === 'mdy' ? `%m${s}%d${s}${year}` : `%d${s}%m${s}${year}`) + w.time;
}

/**
 * How most values (≥ 80 % of the non-empty ones) are written, or null. For DD/MM against MM/DD the sample
 * decides through resolveDayMonthOrder; `ambiguous` says no value had a number above 12, so the loader
 * must count over the whole column and call withDayMonthOrder.
 */
export function detectDateFormat(values: string[]): DateFormat | null {
  const texts = values.map((v) => v.trim()).filter((v) => v !== '');
  const groups = new Map<string, Written[]>();
  for (const text of texts) {
    const w = readWritten(text);
    if (!w || (ymd(w, 'dmy') === null && ymd(w, 'mdy') === null)) continue;
    // Eight digits are a date only with a plausible year; otherwise they are more likely an id or a number.
    if (w.family === 'compact' && (w.parts[0] < 1970 || w.parts[0] > 2100)) continue;
    const key = w.family + w.separator;
    const group = groups.get(key);
    if (group) group.push(w);
    else groups.set(key, [w]);
  }
  const best = [...groups.values()].sort((x, y) => y.length - x.length)[0];
  if (!best || best.length < 0.8 * texts.length) return null;
  const family = best[0].family;
  const stats = {
    firstOver12: best.filter((w) => w.parts[0] > 12).length,
    secondOver12: best.filter((w) => w.parts[1] > 12).length,
  };
  const order: DateOrder = family === 'dm' ? resolveDayMonthOrder(stats, best[0].separator) : family;
  const counts = new Map<string, number>();
  for (const w of best) counts.set(strptimeOf(w, order), (counts.get(strptimeOf(w, order)) ?? 0) + 1);
  const strptime = [...counts.keys()].sort((x, y) => counts.get(y)! - counts.get(x)! || y.length - x.length);
  const format: DateFormat = { order, strptime, ambiguous: family === 'dm' && !stats.firstOver12 && !stats.secondOver12 };
  if (best.some((w) => w.zone)) format.stripZone = true;
  return format;
}

/**
 * DD/MM or MM/DD from counts over a whole column (values whose first / second number is above 12):
 * if only one side ever exceeds 12 it is the day; if neither does, DD/MM is assumed (the UI says so);
 * if both do (bad data), the larger count wins, DD/MM on a tie. Every separator defaults to DD/MM: the
 * users are mostly Russian and European; the separator is passed for a locale-aware default later.
 */
export function resolveDayMonthOrder(
  stats: { firstOver12: number; secondOver12: number },
  separator: string,
): 'dmy' | 'mdy' {
  return stats.secondOver12 > stats.firstOver12 ? 'mdy' : 'dmy';
}

/** The format with day and month read in the given order (after the whole-column decision). */
export function withDayMonthOrder(format: DateFormat, order: 'dmy' | 'mdy'): DateFormat {
  if (format.order !== 'dmy' && format.order !== 'mdy') return format;
  const swap = format.order !== order;
  const strptime = format.strptime.map((f) => (swap ? f.replace(/%[dm]/g, (t) => (t === '%d' ? '%m' : '%d')) : f));
  return { ...format, order, strptime, ambiguous: false };
}

/**
 * The moment (UTC, wall-clock time as written) a value stands for under a format, or null. Like the bulk
 * load, a value must be written in one of the format's strptime variants and be a real calendar date.
 */
export function parseDate(text: string, format: DateFormat): Date | null {
  if (format.order === 'excel') return excelSerial(text);
  const w = readWritten(text);
  if (!w || (w.zone && !format.stripZone)) return null;
  const family: Family = format.order === 'dmy' || format.order === 'mdy' ? 'dm' : format.order;
  if (w.family !== family || !format.strptime.includes(strptimeOf(w, format.order))) return null;
  const date = ymd(w, format.order);
  if (!date) return null;
  const result = new Date(Date.UTC(2000, date[1] - 1, date[2], ...w.clock));
  result.setUTCFullYear(date[0]);
  return result;
}

/** Excel serial day numbers count from 1899-12-30 (Lotus 1-2-3's leap-year bug kept by Excel). */
function excelSerial(text: string): Date | null {
  const serial = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(serial)) return null;
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}
