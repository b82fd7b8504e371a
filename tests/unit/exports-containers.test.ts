import { describe, expect, it } from 'vitest';
import { ingestInNode } from '../exports/ingest-node.ts';
import { moySkladRetailXlsx } from '../exports/moysklad.ts';
import { oneCKoi8, oneCUnicodeText, wooZip } from '../exports/containers.ts';
import type { Truth } from '../exports/random.ts';

const totals = (truth: Truth) => ({ customers: truth.customers, orders: truth.orders, revenueCents: truth.revenueCents });

describe('encodings and containers as they come', () => {
  for (const endian of ['le', 'be'] as const) {
    it(`Excel Unicode text (UTF-16 ${endian.toUpperCase()}, tabs) of a 1C report`, async () => {
      const { name, bytes, truth } = oneCUnicodeText(endian);
      const got = await ingestInNode(name, bytes);
      expect(got.file.encoding).toBe(`utf-16${endian}`);
      expect(got.file.delimiter).toBe('\t');
      expect(got.file.layout.headerLine).toBe(5);
      expect(got.quality.skipped?.rows).toBe(truth.skippedLines);
      expect(got.quality.rowsRead).toBe(truth.rowsRead);
      expect({ customers: got.customers, orders: got.orders, revenueCents: got.revenueCents }).toEqual(totals(truth));
    });
  }

  it('KOI8-R text is told from Windows-1251', async () => {
    const { name, bytes, truth } = oneCKoi8();
    const got = await ingestInNode(name, bytes);
    expect(got.file.encoding).toBe('koi8-r');
    expect(got.file.header).toContain('Дисконтная карта');
    expect({ customers: got.customers, orders: got.orders, revenueCents: got.revenueCents }).toEqual(totals(truth));
  });

  it('a CSV inside a ZIP is unpacked and read', async () => {
    const { name, bytes, truth } = wooZip();
    const got = await ingestInNode(name, bytes);
    expect(got.file.name).toBe('orders-2023-01-31.csv');
    expect(got.guess.platform).toBe('woocommerce');
    expect({ customers: got.customers, orders: got.orders, revenueCents: got.revenueCents }).toEqual(totals(truth));
  });

  it('МойСклад retail sales: «Розничный покупатель» is a guest, duplicates counted', async () => {
    const { name, bytes, truth } = await moySkladRetailXlsx();
    const got = await ingestInNode(name, bytes);
    expect(got.guess.platform).toBe('moysklad');
    expect(got.guess.mapping).toMatchObject({ customer_id: 'Контрагент', order_ts: 'Время', order_id: 'Номер', amount: 'Сумма' });
    expect(got.quality.rules.guest.rows).toBe(truth.guestRows);
    expect(got.quality.rules.kept.duplicates).toBe(truth.duplicates);
    expect(got.quality.rowsRead).toBe(truth.rowsRead);
    expect({ customers: got.customers, orders: got.orders, revenueCents: got.revenueCents }).toEqual(totals(truth));
  });
});
