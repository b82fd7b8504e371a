/**
 * The one table of date-parsing cases: tests/unit runs it through parseDate (dates.ts), the SQL tests
 * through try_strptime(trim(value), format.strptime) (after ZONE_SUFFIX when format.stripZone).
 * Expected values are written as DuckDB prints a TIMESTAMP (`YYYY-MM-DD HH:MM:SS[.fff]`), null = no date.
 */
import type { DateFormat } from '../../src/ingest/types.ts';

const format = (order: DateFormat['order'], strptime: string[], stripZone = false): DateFormat =>
  stripZone ? { order, strptime, ambiguous: false, stripZone } : { order, strptime, ambiguous: false };

export const DATE_FORMATS = {
  iso: format('ymd', ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%d']),
  isoT: format('ymd', ['%Y-%m-%dT%H:%M:%S']),
  isoFraction: format('ymd', ['%Y-%m-%d %H:%M:%S.%f']),
  isoZone: format('ymd', ['%Y-%m-%d %H:%M:%S', '%Y-%m-%dT%H:%M:%S'], true),
  isoSlash: format('ymd', ['%Y/%m/%d']),
  dotted: format('dmy', ['%d.%m.%Y %H:%M:%S', '%d.%m.%Y %H:%M', '%d.%m.%Y']),
  dottedDateOnly: format('dmy', ['%d.%m.%Y']),
  dottedShortYear: format('dmy', ['%d.%m.%y']),
  dmySlash: format('dmy', ['%d/%m/%Y']),
  dmyDash: format('dmy', ['%d-%m-%Y']),
  mdySlash: format('mdy', ['%m/%d/%Y']),
  mdyClock: format('mdy', ['%m/%d/%Y %I:%M:%S %p', '%m/%d/%Y %I:%M %p']),
  compact: format('compact', ['%Y%m%d']),
} satisfies Record<string, DateFormat>;

const f = DATE_FORMATS;

export const DATE_CASES: Array<[input: string, format: DateFormat, expected: string | null]> = [
  ['2021-02-01', f.iso, '2021-02-01 00:00:00'],
  ['2021-02-01 10:30', f.iso, '2021-02-01 10:30:00'],
  ['2021-02-01 10:30:15', f.iso, '2021-02-01 10:30:15'],
  ['2010-12-01 09:09:00', f.iso, '2010-12-01 09:09:00'],
  ['2021-2-1', f.iso, '2021-02-01 00:00:00'],
  ['  2021-02-01  ', f.iso, '2021-02-01 00:00:00'],
  ['2020-02-29', f.iso, '2020-02-29 00:00:00'],
  ['2021-02-29', f.iso, null],
  ['2021-02-30', f.iso, null],
  ['2021-13-01', f.iso, null],
  ['2021-02-01 24:00', f.iso, null],
  ['2021-02-01 10:60', f.iso, null],
  ['2021-02-01T10:30:15', f.iso, null],
  ['2021-02-01T10:30:15', f.isoT, '2021-02-01 10:30:15'],
  ['2021-02-01 10:30:00.123', f.isoFraction, '2021-02-01 10:30:00.123'],
  ['2023-01-15 22:23:45 -0500', f.isoZone, '2023-01-15 22:23:45'],
  ['2023-01-15T22:23:45Z', f.isoZone, '2023-01-15 22:23:45'],
  ['2023-01-15T22:23:45+03:00', f.isoZone, '2023-01-15 22:23:45'],
  ['2023-01-15 22:23:45', f.isoZone, '2023-01-15 22:23:45'],
  ['2023-01-15 22:23:45 -0500', f.iso, null],
  ['2021/02/01', f.isoSlash, '2021-02-01 00:00:00'],
  ['01.02.2021', f.dotted, '2021-02-01 00:00:00'],
  ['1.2.2021', f.dotted, '2021-02-01 00:00:00'],
  ['01.02.2021 9:05', f.dotted, '2021-02-01 09:05:00'],
  ['01.02.2021 09:05:07', f.dotted, '2021-02-01 09:05:07'],
  ['31.12.2021 23:59:59', f.dotted, '2021-12-31 23:59:59'],
  ['29.02.2020', f.dotted, '2020-02-29 00:00:00'],
  ['31.02.2021', f.dotted, null],
  ['13.13.2021', f.dotted, null],
  ['01.02.2021 09:05', f.dottedDateOnly, null],
  ['2021-02-01', f.dotted, null],
  ['01.02.21', f.dottedShortYear, '2021-02-01 00:00:00'],
  ['01.02.68', f.dottedShortYear, '2068-02-01 00:00:00'],
  ['01.02.69', f.dottedShortYear, '1969-02-01 00:00:00'],
  ['01.02.2021', f.dottedShortYear, null],
  ['13/02/2021', f.dmySlash, '2021-02-13 00:00:00'],
  ['02/13/2021', f.dmySlash, null],
  ['01-02-2021', f.dmyDash, '2021-02-01 00:00:00'],
  ['02/13/2021', f.mdySlash, '2021-02-13 00:00:00'],
  ['13/02/2021', f.mdySlash, null],
  ['2/1/2021 3:05 PM', f.mdyClock, '2021-02-01 15:05:00'],
  ['2/1/2021 3:05:07 pm', f.mdyClock, '2021-02-01 15:05:07'],
  ['2/1/2021 12:05 AM', f.mdyClock, '2021-02-01 00:05:00'],
  ['2/1/2021 12:05 PM', f.mdyClock, '2021-02-01 12:05:00'],
  ['2/1/2021 13:05 PM', f.mdyClock, null],
  ['20210201', f.compact, '2021-02-01 00:00:00'],
  ['20210230', f.compact, null],
  ['', f.iso, null],
  ['junk', f.dotted, null],
];
