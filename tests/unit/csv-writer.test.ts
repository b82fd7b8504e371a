import { describe, expect, it } from 'vitest';
import { CsvBuilder, decimalString, isoDateTime, plainNumber, toCsvField } from '../../src/ingest/csv-writer.ts';

describe('toCsvField', () => {
  it('leaves plain values alone, including a leading = (data, not an export)', () => {
    expect(toCsvField('abc')).toBe('abc');
    expect(toCsvField('')).toBe('');
    expect(toCsvField('=SUM(A1)')).toBe('=SUM(A1)');
    expect(toCsvField('+7 701 000')).toBe('+7 701 000');
    expect(toCsvField('Ёлка')).toBe('Ёлка');
  });

  it('quotes commas, quotes, line breaks and edge whitespace (RFC 4180)', () => {
    expect(toCsvField('a,b')).toBe('"a,b"');
    expect(toCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(toCsvField('two\nlines')).toBe('"two\nlines"');
    expect(toCsvField('cr\r')).toBe('"cr\r"');
    expect(toCsvField(' 42 ')).toBe('" 42 "');
    expect(toCsvField('"')).toBe('""""');
  });
});

describe('CsvBuilder', () => {
  it('joins rows with \\n and returns UTF-8 bytes', () => {
    const csv = new CsvBuilder();
    csv.addRow(['id', 'name']);
    csv.addRow(['00123', 'Ёлка, "big"']);
    csv.addRow(['', '']);
    expect(new TextDecoder().decode(csv.finish())).toBe('id,name\n00123,"Ёлка, ""big"""\n,\n');
  });

  it('gives the same bytes when flushed in many small chunks', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`${i}`, `é${i}`, 'x,y']);
    const small = new CsvBuilder(8);
    const large = new CsvBuilder();
    for (const row of rows) {
      small.addRow(row);
      large.addRow(row);
    }
    expect(small.finish()).toEqual(large.finish());
  });

  it('returns an empty array when nothing was added', () => {
    expect(new CsvBuilder().finish()).toEqual(new Uint8Array(0));
  });
});

describe('plainNumber', () => {
  it.each([
    [17850, '17850'],
    [2.55, '2.55'],
    [-0.5, '-0.5'],
    [40513.5, '40513.5'],
    [1e21, '1000000000000000000000'],
    [-1.25e22, '-12500000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-1e-7, '-0.0000001'],
    [1.2345e-10, '0.00000000012345'],
    [NaN, ''],
    [Infinity, ''],
  ])('%s → %s', (n, expected) => expect(plainNumber(n)).toBe(expected));
});

describe('decimalString', () => {
  it.each([
    [12345n, 2, '123.45'],
    [-12345n, 2, '-123.45'],
    [5n, 3, '0.005'],
    [-5n, 3, '-0.005'],
    [0n, 2, '0.00'],
    [42n, 0, '42'],
    [42n, -2, '4200'],
  ])('%s scale %s → %s', (unscaled, scale, expected) => expect(decimalString(unscaled, scale)).toBe(expected));
});

describe('isoDateTime', () => {
  it('formats UTC with seconds, dropping milliseconds', () => {
    expect(isoDateTime(Date.UTC(2011, 11, 9, 12, 50, 0, 999))).toBe('2011-12-09 12:50:00');
    expect(isoDateTime(-62135596800000)).toBe('0001-01-01 00:00:00'); // 4-digit year, zero-padded
    expect(isoDateTime(-1)).toBe('1969-12-31 23:59:59');
    expect(isoDateTime(NaN)).toBe('');
  });
});
