import { describe, expect, it } from 'vitest';
import { ingestInNode } from '../exports/ingest-node.ts';
import { oneCReportCsvFile, oneCReportXlsx } from '../exports/one-c.ts';

describe('1C «Продажи по чекам» as it comes', () => {
  const files = { csv: async () => oneCReportCsvFile(), xlsx: () => oneCReportXlsx() };
  for (const [kind, make] of Object.entries(files)) {
    it(`${kind}: reads the table below the title, fills the receipt's date and card down, leaves the «Итого» row out`, async () => {
      const { name, bytes, truth } = await make();
      // the generator's own counts: something to find in each rule
      expect(truth.guestRows).toBeGreaterThan(0);
      expect(truth.returnRows).toBeGreaterThan(0);
      expect(truth.customers).toBeGreaterThan(10);
      const got = await ingestInNode(name, bytes);
      expect(got.file.layout.headerLine).toBe(5);
      expect(got.guess.platform).toBe('1c');
      expect(got.guess.mapping.customer_id).toBe('Дисконтная карта');
      expect(got.guess.mapping.order_id).toBe('Чек ККМ');
      expect(got.guess.mapping.amount).toBe('Сумма');
      expect(got.quality.skipped?.rows).toBe(truth.skippedLines);
      expect(got.quality.rowsRead).toBe(truth.rowsRead);
      expect(got.quality.rules.guest.rows).toBe(truth.guestRows);
      expect(got.quality.rules.return.rows).toBe(truth.returnRows);
      expect(got.quality.rules.bad_date.rows + got.quality.rules.bad_amount.rows + got.quality.malformed.rows).toBe(0);
      expect({ customers: got.customers, orders: got.orders, revenueCents: got.revenueCents }).toEqual({
        customers: truth.customers,
        orders: truth.orders,
        revenueCents: truth.revenueCents,
      });
    });
  }
});
