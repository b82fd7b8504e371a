import { describe, expect, it } from 'vitest';
import { fileKind } from '../../src/ingest/sniff-kind.ts';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const ZIP = [0x50, 0x4b, 0x03, 0x04];

describe('fileKind', () => {
  it('recognises a workbook by ZIP magic plus its name or an xl/ entry', () => {
    expect(fileKind('report.xlsx', bytes(ZIP, '\x14\x00\x06\x00'))).toBe('xlsx');
    expect(fileKind('REPORT.XLSM', bytes(ZIP))).toBe('xlsx');
    expect(fileKind('download', bytes(ZIP, [0, 0, 0], '[Content_Types].xml', [0, 9], 'xl/workbook.xml'))).toBe('xlsx');
  });

  it('calls a ZIP holding a table an archive to unpack, and any other ZIP binary', () => {
    expect(fileKind('data.zip', bytes(ZIP, 'data.csv'))).toBe('zip');
    expect(fileKind('download', bytes(ZIP, [0, 0], 'export/orders.CSV'))).toBe('zip');
    expect(fileKind('letter.docx', bytes(ZIP, 'word/document.xml'))).toBe('unknown-binary');
  });

  it('recognises Parquet and legacy XLS (OLE) by magic, whatever the name', () => {
    expect(fileKind('x.csv', bytes('PAR1', [0x15, 0x04]))).toBe('parquet');
    expect(fileKind('old.xls', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('xls');
  });

  it('treats text as CSV, in UTF-8 or windows-1251, with or without a BOM', () => {
    expect(fileKind('orders.csv', bytes('Invoice,Date\r\n1,2011-12-09\r\n'))).toBe('csv');
    expect(fileKind('orders.txt', bytes([0xef, 0xbb, 0xbf], 'Клиент;Сумма\n'))).toBe('csv');
    expect(fileKind('orders.csv', bytes([0xca, 0xeb, 0xe8, 0xe5, 0xed, 0xf2, 0x3b, 0x0a]))).toBe('csv');
    expect(fileKind('empty.csv', new Uint8Array(0))).toBe('csv');
  });

  it('calls other binary data binary', () => {
    expect(fileKind('photo.csv', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe('unknown-binary');
    expect(fileKind('utf16.csv', bytes([0xff, 0xfe], [0x61, 0, 0x2c, 0, 0x62, 0]))).toBe('csv'); // UTF-16 LE with its BOM
    expect(fileKind('utf16.bin', bytes([0x61, 0, 0x2c, 0, 0x62, 0]))).toBe('unknown-binary'); // NULs without a BOM
    expect(fileKind('ctrl.bin', bytes([1, 2, 3, 4, 5, 6, 7, 8], 'abc'))).toBe('unknown-binary');
  });
});
