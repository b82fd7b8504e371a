/**
 * The report-reading steps on hand-built files (DESIGN §3c): which rows are skipped and why, totals found
 * by their sums (grand total and group subtotals), and the exact fill-down rule. Each expected line is
 * written down from the file itself.
 */
import { describe, expect, it } from 'vitest';
import { ingestInNode } from '../exports/ingest-node.ts';
import { findHeaderRow, isTotalsRow, lineOfRow } from '../../src/ingest/layout.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('header row', () => {
  it('is the first wide, wordy row; a table without title lines keeps line 1', () => {
    expect(findHeaderRow([['Отчёт'], ['Период: 2023'], ['Дата', 'Клиент', 'Сумма'], ['01.01.2023', 'A', '10']])).toBe(2);
    expect(findHeaderRow([['Дата', 'Клиент', 'Сумма'], ['01.01.2023', 'A', '10']])).toBe(0);
    // no row of words at all: a headerless table keeps its first row
    expect(findHeaderRow([['01.01.2023', '5', '10'], ['02.01.2023', '6', '11']])).toBe(0);
  });

  it('totals rows by their first non-empty cell', () => {
    expect(isTotalsRow(['', 'Итого:', '', '120'])).toBe(true);
    expect(isTotalsRow(['Grand Total', '9'])).toBe(true);
    expect(isTotalsRow(['Итоговая скидка', '9'])).toBe(false);
    expect(isTotalsRow(['Totalizer 3000', '9'])).toBe(false);
  });

  it('file lines of data rows step over the skipped lines below the header', () => {
    expect(lineOfRow({ headerLine: 3, skipped: [1, 2, 5, 6] }, 1)).toBe(4);
    expect(lineOfRow({ headerLine: 3, skipped: [1, 2, 5, 6] }, 2)).toBe(7);
  });
});

describe('skipped lines and fill-down through the load', () => {
  it('skips title, blank, page-break, repeated header and totals rows — by word and by sum — and lists their lines', async () => {
    const csv = [
      'Продажи за январь;;;', //                       1 title
      ';;;', //                                         2 blank (above the header)
      'Заказ;Дата;Клиент;Сумма', //                     3 header
      '1;01.01.2023;A;10', //                           4
      '2;02.01.2023;B;20', //                           5
      ';;;30', //                                       6 subtotal of lines 4–5 (no word)
      '', //                                            7 empty line
      'Страница 2;;;', //                               8 page break
      'Заказ;Дата;Клиент;Сумма', //                     9 header repeated
      '3;03.01.2023;A;5', //                            10
      ';;;5', //                                        11 subtotal of line 10
      ';;;35', //                                       12 grand total of lines 4, 5, 10
      ';;;', //                                         13 blank
      'Итого;;;35', //                                  14 totals by word
      '4;04.01.2023;;7', //                             15 a guest line: data, not skipped
    ].join('\n') + '\n';
    const got = await ingestInNode('report.csv', utf8(csv));
    expect(got.file.layout.headerLine).toBe(3);
    expect(got.quality.skipped?.lines.map((l) => l.line)).toEqual([1, 2, 6, 7, 8, 9, 11, 12, 13, 14]);
    expect(got.quality.skipped?.rows).toBe(10);
    expect(got.quality.rowsRead).toBe(4);
    expect(got.quality.rules.guest.rows).toBe(1);
    expect({ customers: got.customers, orders: got.orders, revenueCents: got.revenueCents }).toEqual({ customers: 2, orders: 3, revenueCents: 3500 });
  });

  it('fills an order-level cell down only when the order’s first line is its only filled one', async () => {
    const csv = [
      'Order ID,Date,Customer,Status,Amount',
      'A,2023-01-01,c1,paid,10',
      'A,2023-01-01,,,20', // filled from line 1: c1, paid
      'B,2023-01-02,c2,refunded,5',
      'B,2023-01-02,,,6', // filled: a return as a whole
      'C,2023-01-03,c3,paid,7',
      'C,2023-01-03,,,8',
      'D,2023-01-04,,paid,9', // first line without a customer: nothing to fill
      'D,2023-01-04,c4,,4', // status filled; the customer stays c4 on this line only
    ].join('\n') + '\n';
    const got = await ingestInNode('orders.csv', utf8(csv));
    expect(got.guess.formats.cancelStatuses).toEqual(['refunded']);
    expect(got.quality.rules.return.rows).toBe(2);
    expect(got.quality.rules.guest.rows).toBe(1);
    // kept: A (10 + 20, c1), C (7 + 8, c3), D's second line (4, c4)
    expect({ customers: got.customers, orders: got.orders, revenueCents: got.revenueCents }).toEqual({ customers: 3, orders: 3, revenueCents: 4900 });
  });
});
