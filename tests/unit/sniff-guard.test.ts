import { describe, expect, it } from 'vitest';
import { guardSample, MAX_LINE_CHARS, type Sample } from '../../src/ingest/guard.ts';

const file = 'orders.csv';
const bytesOf = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

/** A whole file (complete sample) of this text. */
function whole(text: string): Sample {
  const bytes = bytesOf(text);
  return { bytes, text, fileSize: bytes.length, fileName: file, complete: true };
}

/** The first part of a bigger file. */
function head(text: string, fileSize = 100_000_000): Sample {
  return { ...whole(text), fileSize, complete: false };
}

const rows = (n: number, row = (i: number) => `${i},2021-02-01,5.5`) =>
  'id,date,amount\n' + Array.from({ length: n }, (_, i) => row(i + 1) + '\n').join('');

describe('guardSample', () => {
  it.each<[string, Sample]>([
    ['a plain CSV', whole(rows(20))],
    ['a semicolon CSV with decimal commas', whole('Дата;Сумма\n01.02.2021;1 234,56\n02.02.2021;5,5\n')],
    ['the head of a big file, its last line cut', head(rows(20) + '21,2021-02')],
    ['a BOM', whole('\uFEFFa,b\n1,2\n')],
    ['a header and one row without a final line break', whole('a,b\n1,2')],
    ['quoted line breaks', whole('id,note\n1,"two\nlines"\n2,x\n')],
    ['a quote opened near the end of a partial sample', head(rows(20) + '21,"2021\n')],
    ['one ragged row in 200 (within the tolerated share)', whole(rows(200, (i) => (i === 50 ? '50,x' : `${i},a,b`)))],
    // size alone is no problem any more (the engine reads in slices; capacity.ts judges the lines)
    ['2 GiB', { ...head(rows(5)), fileSize: 2 ** 31 }],
    ['5 GB', { ...head(rows(5)), fileSize: 5e9 }],
  ])('accepts %s', (_, sample) => {
    expect(guardSample(sample)).toBeNull();
  });

  it.each<[string, Sample, { code: string; params: Record<string, string | number> }]>([
    ['0 bytes', whole(''), { code: 'empty', params: { file, reason: 'no_bytes' } }],
    ['only whitespace', whole(' \n\r\n\t\n'), { code: 'empty', params: { file, reason: 'blank' } }],
    ['only a BOM', whole('\uFEFF'), { code: 'empty', params: { file, reason: 'blank' } }],
    ['only a header', whole('id,date,amount\n'), { code: 'empty', params: { file, reason: 'header_only' } }],
    ['a header and empty lines', whole('id;date\n\n;\n'), { code: 'empty', params: { file, reason: 'header_only' } }],
  ])('reports %s', (_, sample, expected) => {
    expect(guardSample(sample)).toEqual(expected);
  });

  it.each<[string, number[], string]>([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], 'image'],
    ['GIF', [...bytesOf('GIF89a')], 'image'],
    ['PDF', [...bytesOf('%PDF-1.7\n')], 'pdf'],
    ['ZIP (an archive: a workbook never gets here)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'archive'],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00], 'archive'],
    ['NUL bytes', [...bytesOf('a,b\n1,'), 0, ...bytesOf('2\n')], 'binary'],
  ])('calls %s binary', (_, bytes, kind) => {
    const sample: Sample = {
      bytes: new Uint8Array(bytes),
      text: new TextDecoder().decode(new Uint8Array(bytes)),
      fileSize: bytes.length,
      fileName: file,
      complete: true,
    };
    expect(guardSample(sample)).toEqual({ code: 'binary', params: { file, kind } });
  });

  it('reports a line longer than 1 MB, also one running to the end of a partial sample', () => {
    const long = 'x'.repeat(MAX_LINE_CHARS + 1);
    expect(guardSample(whole(`a,b\n1,2\r\n${long}\n3,4\n`))).toEqual({
      code: 'long_line',
      params: { file, line: 3, length: MAX_LINE_CHARS + 1, limit: MAX_LINE_CHARS },
    });
    expect(guardSample(head(`a,b\n${'y'.repeat(MAX_LINE_CHARS + 10)}`))?.code).toBe('long_line');
    expect(guardSample(whole(`a,b\n${'z'.repeat(MAX_LINE_CHARS)}\n`))?.code).not.toBe('long_line');
    // A 1 MiB sample cannot hold a line over 1 MiB: a line filling half a partial sample already counts.
    expect(guardSample(head(`a,b\n${'w'.repeat(600_000)}`))).toEqual({
      code: 'long_line',
      params: { file, line: 2, length: 600_000, limit: MAX_LINE_CHARS },
    });
  });

  it('reports ragged rows with their file lines and the expected and actual field counts', () => {
    const text = 'id;date;amount\n1;2021-02-01;5\n2;2021-02-01\n3;"two\nlines";5\n4;2021-02-01;5;extra\n5;a;b\n';
    expect(guardSample(whole(text))).toEqual({
      code: 'ragged_rows',
      params: { file, line: 3, lines: '3, 6', expected: 3, actual: 2, count: 2, rows: 5 },
    });
  });

  it('lists at most five ragged lines', () => {
    const text = rows(20, (i) => (i % 2 ? `${i},a` : `${i},a,b`));
    const problem = guardSample(whole(text));
    expect(problem).toMatchObject({ code: 'ragged_rows', params: { lines: '2, 4, 6, 8, 10', count: 10, rows: 20 } });
  });

  it('reports a quote never closed, at the line where it opens', () => {
    expect(guardSample(whole('a,b\n1,2\n3,"4\n5,6\n'))).toEqual({
      code: 'unbalanced_quotes',
      params: { file, line: 3 },
    });
    // In a partial sample only once the open quote has swallowed more than 100 lines.
    const swallowed = Array.from({ length: 150 }, (_, i) => `${i},x`).join('\n');
    expect(guardSample(head(`a,b\n1,2\n3,"4\n${swallowed}\n`))).toEqual({
      code: 'unbalanced_quotes',
      params: { file, line: 3 },
    });
  });

  it('counts file lines across CRLF and quoted line breaks', () => {
    const text = 'a,b\r\n"x\r\ny",2\r\n3,"4\r\n';
    expect(guardSample(whole(text))).toEqual({ code: 'unbalanced_quotes', params: { file, line: 4 } });
  });
});
