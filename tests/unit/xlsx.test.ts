import { describe, expect, it } from 'vitest';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { listSheets, xlsxToCsv } from '../../src/ingest/xlsx.ts';

const text = (csv: Uint8Array) => new TextDecoder().decode(csv);

const orders: SheetData = [
  ['Invoice', 'CustomerID', 'InvoiceDate', 'Price', 'Quantity', 'Note', 'Paid', 'SerialDate'],
  [
    '536365',
    '00123',
    { value: new Date(Date.UTC(2011, 11, 9, 12, 50)), format: 'yyyy-mm-dd hh:mm' },
    2.55,
    6,
    'a, "quoted"\nline',
    true,
    40513.5, // an Excel serial in a plain number cell: stays a number
  ],
  [null, null, null, null, null, null, null, null],
  [
    '536366',
    17850, // a customer id stored as a number
    { value: new Date(Date.UTC(2010, 11, 1, 8, 26)), format: 'dd.mm.yyyy hh:mm' },
    0.1 + 0.2,
    -1,
    '=SUM(A1)',
    false,
    null,
  ],
  ['536367', ' 42 ', { value: new Date(Date.UTC(2011, 0, 4)), format: 'dd/mm/yyyy' }, 1234.5678, 1e21, null, null, 0.00000015],
];

const customers: SheetData = [
  ['id', 'name'],
  ['00123', 'Ann'],
];

// Title-less but offset table: data starts at row 3, column B.
const offset: SheetData = [[null, null, null], [null, null, null], [null, 'a', 'b'], [null, 1, 'x']];

async function workbook(): Promise<Blob> {
  const buffer = await writeXlsxFile([
    { sheet: 'Orders', data: orders },
    { sheet: 'Customers', data: customers },
    { sheet: 'Offset', data: offset },
  ]).toBuffer();
  return new Blob([new Uint8Array(buffer)]);
}

describe('xlsx', () => {
  it('lists sheets in workbook order', async () => {
    expect(await listSheets(await workbook())).toEqual(['Orders', 'Customers', 'Offset']);
  });

  it('converts the first sheet into exact CSV text', async () => {
    const result = await xlsxToCsv(await workbook());
    expect(result.sheet).toBe('Orders');
    expect(result.rows).toBe(3);
    expect(text(result.csv)).toBe(
      'Invoice,CustomerID,InvoiceDate,Price,Quantity,Note,Paid,SerialDate\n' +
        '536365,00123,2011-12-09 12:50:00,2.55,6,"a, ""quoted""\nline",true,40513.5\n' +
        '536366,17850,2010-12-01 08:26:00,0.3,-1,=SUM(A1),false,\n' +
        '536367," 42 ",2011-01-04 00:00:00,1234.5678,1000000000000000000000,,,0.00000015\n',
    );
  });

  it('writes date cells as UTC wall-clock time, whatever the local time zone', async () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Almaty';
    try {
      expect(new Date(0).getTimezoneOffset()).not.toBe(0); // the zone switch took effect
      expect(text((await xlsxToCsv(await workbook())).csv)).toContain(',2011-12-09 12:50:00,');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('picks a sheet by name or by 1-based number', async () => {
    const file = await workbook();
    const expected = 'id,name\n00123,Ann\n';
    expect(text((await xlsxToCsv(file, 'Customers')).csv)).toBe(expected);
    const byNumber = await xlsxToCsv(file, 2);
    expect(byNumber.sheet).toBe('Customers');
    expect(text(byNumber.csv)).toBe(expected);
  });

  it('starts at the first non-empty row and column', async () => {
    const result = await xlsxToCsv(await workbook(), 'Offset');
    expect(text(result.csv)).toBe('a,b\n1,x\n');
    expect(result.rows).toBe(1);
  });

  it('rejects a sheet that does not exist', async () => {
    const file = await workbook();
    await expect(xlsxToCsv(file, 4)).rejects.toMatchObject({ name: 'SheetNotFoundError' });
    await expect(xlsxToCsv(file, 'Nope')).rejects.toMatchObject({ name: 'SheetNotFoundError' });
  });

  it('reports progress', async () => {
    const calls: [number, number][] = [];
    await xlsxToCsv(await workbook(), 'Customers', (done, total) => calls.push([done, total]));
    expect(calls).toEqual([[1, 1]]);
  });
});
