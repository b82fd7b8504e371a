import { fileURLToPath } from 'node:url';
import type { Db } from '../../src/analysis/db';
import { collectRejects, createRawView } from '../../src/ingest/raw-load';
import { createMappedView } from '../../src/ingest/mapped-view';
import { buildLines, buildPurchases } from '../../src/ingest/clean';
import { buildPurchaseDays } from '../../src/analysis/purchase-days';
import type { Mapping } from '../../src/ingest/types';

export const CDNOW = fileURLToPath(new URL('../fixtures/cdnow_sample_elog.csv', import.meta.url));
const HEADER = ['customer_id', 'master_id', 'date', 'cds', 'sales'];
const MAPPING: Mapping = {
  customer_id: 'customer_id', order_ts: 'date', amount: 'sales', order_id: null, product: null,
  quantity: 'cds', unit_price: null, status: null, category: null,
};

/**
 * The CDNOW sample through the real load path (as the app maps it), its 8 records of $0.00 counted as
 * purchases as in Fader, Hardie & Lee (2005) (DESIGN §2 rule 4's switch), then `purchase_days`.
 */
export async function loadCdnow(db: Db): Promise<void> {
  await createRawView(db, [{ path: CDNOW, delimiter: ',', header: HEADER }]);
  await createMappedView(db, HEADER, MAPPING);
  await buildLines(db, {
    decimal: '.',
    dateFormat: { order: 'ymd', strptime: ['%Y-%m-%d'], ambiguous: false },
    amountMapped: true,
    cancelStatuses: [],
  });
  await collectRejects(db, 1);
  await buildPurchases(db, { keepZeroAmounts: true, dropDuplicates: false });
  await buildPurchaseDays(db);
}
