import { fileURLToPath } from 'node:url';
import type { Db } from '../../src/analysis/db';
import { collectRejects, createRawView } from '../../src/ingest/raw-load';
import { createMappedView } from '../../src/ingest/mapped-view';
import { buildLines, buildPurchases, DEFAULT_CLEANING, type CleaningOptions } from '../../src/ingest/clean';
import type { Mapping } from '../../src/ingest/types';

export const FIXTURE = fileURLToPath(new URL('../fixtures/fixture_online_retail_cust_mod20.csv', import.meta.url));
export const FIXTURE_HEADER = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'];
export const FIXTURE_MAPPING: Mapping = {
  customer_id: 'CustomerID',
  order_ts: 'InvoiceDate',
  amount: null,
  order_id: 'InvoiceNo',
  product: 'StockCode',
  quantity: 'Quantity',
  unit_price: 'UnitPrice',
  status: null,
  category: null,
};

/**
 * The UCI fixture through the real load path, with the mapping the guesser must produce for it (or another
 * file of its shape: the bench's generated ones).
 */
export async function loadFixture(db: Db, cleaning: CleaningOptions = DEFAULT_CLEANING, path = FIXTURE): Promise<void> {
  await createRawView(db, [{ path, delimiter: ',', header: FIXTURE_HEADER }]);
  await createMappedView(db, FIXTURE_HEADER, FIXTURE_MAPPING);
  await buildLines(db, {
    decimal: '.',
    dateFormat: { order: 'ymd', strptime: ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%d'], ambiguous: false },
    amountMapped: false,
    cancelStatuses: [],
  });
  await collectRejects(db, 1);
  await buildPurchases(db, cleaning);
}
