import { describe, expect, it } from 'vitest';
import { DATE_CASES } from '../cases/date-cases.ts';
import {
  detectDateFormat,
  parseDate,
  resolveDayMonthOrder,
  withDayMonthOrder,
  ZONE_SUFFIX,
} from '../../src/ingest/dates.ts';
import type { DateFormat } from '../../src/ingest/types.ts';

/** As DuckDB prints a TIMESTAMP: `YYYY-MM-DD HH:MM:SS[.fff]`. */
const printed = (d: Date | null) => d && d.toISOString().replace('T', ' ').replace(/(\.000)?Z$/, '');

describe('parseDate', () => {
  it.each(DATE_CASES)('%j with %j → %j', (input, format, expected) => {
    expect(printed(parseDate(input, format))).toBe(expected);
  });

  it('reads Excel serial day numbers', () => {
    const excel: DateFormat = { order: 'excel', strptime: [], ambiguous: false };
    expect(printed(parseDate('44228', excel))).toBe('2021-02-01 00:00:00');
    expect(printed(parseDate('44228.5', excel))).toBe('2021-02-01 12:00:00');
    expect(printed(parseDate('44228,25', excel))).toBe('2021-02-01 06:00:00');
    expect(parseDate('', excel)).toBeNull();
    expect(parseDate('abc', excel)).toBeNull();
  });
});

describe('ZONE_SUFFIX', () => {
  it.each([
    ['2023-01-15 22:23:45 -0500', '2023-01-15 22:23:45'],
    ['2023-01-15T22:23:45Z', '2023-01-15T22:23:45'],
    ['2023-01-15T22:23:45.123+03:00', '2023-01-15T22:23:45.123'],
    ['2023-01-15 22:23 UTC', '2023-01-15 22:23'],
    ['01-02-2021', '01-02-2021'], // a date's own "-2021" is not an offset
    ['2023-01-15', '2023-01-15'],
  ])('%j → %j', (input, expected) => {
    expect(input.replace(new RegExp(ZONE_SUFFIX), '$1')).toBe(expected);
  });
});

describe('detectDateFormat', () => {
  const fmt = (order: DateFormat['order'], strptime: string[], ambiguous = false): DateFormat => ({
    order,
    strptime,
    ambiguous,
  });

  it.each<[string, string[], DateFormat | null]>([
    ['ISO date', ['2021-02-01', '2021-12-31'], fmt('ymd', ['%Y-%m-%d'])],
    ['ISO with seconds (Online Retail)', ['2010-12-01 09:09:00', '2010-12-01 09:56:00'], fmt('ymd', ['%Y-%m-%d %H:%M:%S'])],
    ['ISO with T', ['2021-02-01T10:30:00'], fmt('ymd', ['%Y-%m-%dT%H:%M:%S'])],
    ['ISO slashes', ['2021/02/01'], fmt('ymd', ['%Y/%m/%d'])],
    [
      'time variants, most frequent first',
      ['2021-02-01 10:30', '2021-02-02', '2021-02-03 10:30:15', '2021-02-04 11:00'],
      fmt('ymd', ['%Y-%m-%d %H:%M', '%Y-%m-%d %H:%M:%S', '%Y-%m-%d']),
    ],
    [
      'DD.MM.YYYY with and without time',
      ['31.01.2021 10:00:00', '01.02.2021 10:05', '02.02.2021'],
      fmt('dmy', ['%d.%m.%Y %H:%M:%S', '%d.%m.%Y %H:%M', '%d.%m.%Y']),
    ],
    ['DD.MM.YYYY ambiguous defaults to dmy', ['01.02.2021', '03.04.2021'], fmt('dmy', ['%d.%m.%Y'], true)],
    ['two-digit years', ['01.02.21', '25.12.20'], fmt('dmy', ['%d.%m.%y'])],
    ['DD/MM/YYYY proven by a day > 12', ['01/02/2021', '13/02/2021'], fmt('dmy', ['%d/%m/%Y'])],
    ['MM/DD/YYYY proven by a second part > 12', ['01/02/2021', '02/13/2021'], fmt('mdy', ['%m/%d/%Y'])],
    ['slashes ambiguous default to dmy', ['01/02/2021', '03/04/2021'], fmt('dmy', ['%d/%m/%Y'], true)],
    ['dashes', ['13-02-2021'], fmt('dmy', ['%d-%m-%Y'])],
    ['US clock', ['2/13/2021 3:05 PM', '2/14/2021 11:15 AM'], fmt('mdy', ['%m/%d/%Y %I:%M %p'])],
    ['YYYYMMDD', ['19970101', '19970118'], fmt('compact', ['%Y%m%d'])],
    ['eight digits without a plausible year are not dates', ['12345678', '23456789'], null],
    ['blanks are ignored', ['', ' 2021-02-01 ', ''], fmt('ymd', ['%Y-%m-%d'])],
    ['mostly dates (4 of 5)', ['2021-02-01', '2021-02-02', '2021-02-03', '2021-02-04', 'n/a'], fmt('ymd', ['%Y-%m-%d'])],
    ['too few dates (3 of 5)', ['2021-02-01', '2021-02-02', '2021-02-03', 'x', 'y'], null],
    ['numbers', ['1.5', '2,25', '17850.0'], null],
    ['ids', ['536365', 'C536379'], null],
    ['impossible dates', ['32.01.2021', '2021-13-01'], null],
    ['nothing', ['', ' '], null],
  ])('%s', (_, values, expected) => {
    expect(detectDateFormat(values)).toEqual(expected);
  });

  it('keeps the wall-clock time of values with a UTC offset (Shopify) and says so', () => {
    expect(detectDateFormat(['2023-01-15 22:23:45 -0500', '2023-01-16 08:01:02 -0500'])).toEqual({
      ...fmt('ymd', ['%Y-%m-%d %H:%M:%S']),
      stripZone: true,
    });
  });
});

describe('resolveDayMonthOrder', () => {
  it.each<[number, number, string, 'dmy' | 'mdy']>([
    [120, 0, '/', 'dmy'],
    [0, 95, '/', 'mdy'],
    [0, 95, '.', 'mdy'],
    [0, 0, '/', 'dmy'],
    [0, 0, '.', 'dmy'],
    [0, 0, '-', 'dmy'],
    [3, 400, '/', 'mdy'],
    [400, 3, '/', 'dmy'],
    [7, 7, '/', 'dmy'],
  ])('first > 12: %i, second > 12: %i, separator %j → %s', (firstOver12, secondOver12, separator, expected) => {
    expect(resolveDayMonthOrder({ firstOver12, secondOver12 }, separator)).toBe(expected);
  });
});

describe('withDayMonthOrder', () => {
  it('swaps day and month in every variant after the whole-column decision', () => {
    const sampled = detectDateFormat(['01/02/2021 10:00', '03/04/2021'])!;
    expect(sampled.ambiguous).toBe(true);
    expect(withDayMonthOrder(sampled, 'mdy')).toEqual({
      order: 'mdy',
      strptime: ['%m/%d/%Y %H:%M', '%m/%d/%Y'],
      ambiguous: false,
    });
    expect(withDayMonthOrder(sampled, 'dmy')).toEqual({ ...sampled, ambiguous: false });
  });

  it('leaves other orders alone', () => {
    const iso = detectDateFormat(['2021-02-01'])!;
    expect(withDayMonthOrder(iso, 'mdy')).toBe(iso);
  });
});
