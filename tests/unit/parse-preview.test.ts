import { describe, expect, it } from 'vitest';
import { parsePreview, uniqueNames } from '../../src/ingest/preview.ts';

describe('parsePreview', () => {
  it('reads the header and rows, without a BOM, names trimmed', () => {
    expect(parsePreview('\uFEFF Дата ; Сумма \n01.02.2021;1 234,56\n', ';')).toEqual({
      header: ['Дата', 'Сумма'],
      rows: [['01.02.2021', '1 234,56']],
    });
  });

  it('drops a last line cut off by the sample unless the text is the whole file', () => {
    const text = 'a,b\n1,2\n3,4';
    expect(parsePreview(text, ',').rows).toEqual([['1', '2']]);
    expect(parsePreview(text, ',', 200, true).rows).toEqual([['1', '2'], ['3', '4']]);
    expect(parsePreview('a,b\n1,2\n', ',').rows).toEqual([['1', '2']]);
  });

  it('drops a last row cut inside a quoted field', () => {
    expect(parsePreview('a,b\n1,2\n3,"long\ntext', ',').rows).toEqual([['1', '2']]);
  });

  it('keeps quoted delimiters and line breaks inside fields', () => {
    expect(parsePreview('name;note\n"Smith; J";"a\nb"\n', ';').rows).toEqual([['Smith; J', 'a\nb']]);
  });

  it('stops at maxRows and skips blank lines', () => {
    const text = 'n\n' + Array.from({ length: 10 }, (_, i) => `${i}\n\n`).join('');
    expect(parsePreview(text, ',', 3).rows).toEqual([['0'], ['1'], ['2']]);
  });

  it('pads short rows and cuts long ones to the header', () => {
    expect(parsePreview('a;b;c\n1;2\n1;2;3;4\n', ';').rows).toEqual([
      ['1', '2', ''],
      ['1', '2', '3'],
    ]);
  });

  it('handles an empty text and a header alone', () => {
    expect(parsePreview('', ',')).toEqual({ header: [], rows: [] });
    expect(parsePreview('a,b\n', ',')).toEqual({ header: ['a', 'b'], rows: [] });
  });
});

describe('uniqueNames', () => {
  it.each<[string[], string[]]>([
    [['a', 'b'], ['a', 'b']],
    [['', 'b', ' '], ['column 1', 'b', 'column 3']],
    [['Сумма', 'Сумма', 'Сумма'], ['Сумма', 'Сумма (2)', 'Сумма (3)']],
    [['Sum', 'SUM'], ['Sum', 'SUM (2)']],
    [['x', 'x', 'x (2)'], ['x', 'x (3)', 'x (2)']],
    [['column 2', ''], ['column 2', 'column 2 (2)']],
  ])('%j → %j', (raw, expected) => {
    expect(uniqueNames(raw)).toEqual(expected);
  });
});
