import { describe, expect, it } from 'vitest';
import { CSV_STYLE, csvCell, csvText } from '../../src/export/csv';

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and uses CRLF lines', () => {
    expect(csvText(['a'], [[1]], CSV_STYLE.en)).toBe('\uFEFFa\r\n1\r\n');
  });

  it('writes Russian files with ; and a decimal comma, English with , and a point', () => {
    const rows = [['00123', 1234.5, null]];
    expect(csvText(['id', 'revenue', 'x'], rows, CSV_STYLE.ru)).toBe('\uFEFFid;revenue;x\r\n00123;1234,5;\r\n');
    expect(csvText(['id', 'revenue', 'x'], rows, CSV_STYLE.en)).toBe('\uFEFFid,revenue,x\r\n00123,1234.5,\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+7 912 345', "'+7 912 345"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
  ])('neutralises and quotes text %j', (input, output) => {
    expect(csvCell(input, CSV_STYLE.en)).toBe(output);
  });

  it('keeps a ; inside Russian text quoted but a comma plain', () => {
    expect(csvCell('a;b', CSV_STYLE.ru)).toBe('"a;b"');
    expect(csvCell('a,b', CSV_STYLE.ru)).toBe('a,b');
  });

  it('writes negative numbers as numbers and drops non-finite ones', () => {
    expect(csvCell(-12.5, CSV_STYLE.ru)).toBe('-12,5');
    expect(csvCell(Number.NaN, CSV_STYLE.en)).toBe('');
    expect(csvCell(0.1 + 0.2, CSV_STYLE.en)).toBe('0.3');
  });
});
