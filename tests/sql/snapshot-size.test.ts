/**
 * Snapshots of real data: the aggregates the views read, recorded through the app's recorder on native DuckDB,
 * screened for privacy, packed for a link. The link form must fit LINK_BUDGET on the UCI data (the fixture
 * here; the full 541 909-row file too when /work/shared/data has it), round-trip exactly, and hold none of
 * the data's customer or order ids.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDb } from './node-db';
import { FIXTURE_HEADER, FIXTURE_MAPPING, loadFixture } from './fixture-load';
import { recordSnapshot } from './snapshot-record';
import { LINK_BUDGET, packSnapshot, snapshotToJson, unpackSnapshot, type Snapshot } from '../../src/share/snapshot-codec';
import { VIEW_IDS } from '../../src/views/registry';
import { shareForm } from '../../src/views/snapshot';
import { collectStrings } from '../../src/share/privacy';
import { collectRejects, createRawView } from '../../src/ingest/raw-load';
import { createMappedView } from '../../src/ingest/mapped-view';
import { buildLines, buildPurchases, DEFAULT_CLEANING } from '../../src/ingest/clean';
import type { Db, Row } from '../../src/analysis/db';
import { PRODUCTS_IN_LINK } from '../../src/share/snapshot-limits';

const FULL_UCI = new URL('../../../shared/data/uci_online_retail.csv.gz', import.meta.url).pathname;

async function expectPrivateAndCompact(db: Db, snapshot: Snapshot): Promise<void> {
  const packed = await packSnapshot(snapshot);
  expect(packed.length, `packed snapshot: ${packed.length} characters`).toBeLessThanOrEqual(LINK_BUDGET);
  expect(await unpackSnapshot(packed, VIEW_IDS)).toEqual(snapshot);

  const ids = await db.query<{ id: string }>(
    `SELECT DISTINCT customer_id AS id FROM lines WHERE customer_id IS NOT NULL
     UNION SELECT DISTINCT order_id FROM lines WHERE order_id IS NOT NULL`,
  );
  const strings = collectStrings(JSON.parse(snapshotToJson(snapshot)));
  const leaked = ids.map((r) => r.id).filter((id) => strings.has(id));
  expect(leaked).toEqual([]);
  expect(snapshotToJson(snapshot)).not.toMatch(/"customer_id"|"order_id"/);
  // the fixture (1 customer in 20) has no product with 20 regulars: an empty table, no top product's history
  expectEveryView(snapshot, 13);
}

/**
 * Every snapshot view's queries are in it, none left out for privacy: overview totals and months; cohorts'
 * first products and cells; lifecycle statuses and mix; churn months (the pooled rate and the month revenue
 * reuse queries above); RFM segments; products summary, table and the top product's history; the timing view's
 * gaps, return rates and order bands (its cohort cells are the cohorts view's).
 */
function expectEveryView(snapshot: Snapshot, queries = 14): void {
  expect(snapshot.queries.size).toBe(queries);
  expect(snapshot.queriesLeftOut).toBe(0);
}

describe('snapshot of the UCI fixture', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await nodeDb();
    await loadFixture(db);
  });
  afterAll(() => db.close());

  it('fits a link, round-trips exactly and holds no customer or order id', async () => {
    await expectPrivateAndCompact(db, (await recordSnapshot(db, 'fixture_online_retail_cust_mod20.csv')).whole);
  });
});

describe.skipIf(!existsSync(FULL_UCI))('snapshot of the full UCI Online Retail data', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await nodeDb();
    await createRawView(db, [{ path: FULL_UCI, delimiter: ',', header: FIXTURE_HEADER }]);
    await createMappedView(db, FIXTURE_HEADER, FIXTURE_MAPPING);
    await buildLines(db, {
      decimal: '.',
      dateFormat: { order: 'ymd', strptime: ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d'], ambiguous: false },
      amountMapped: false,
      cancelStatuses: [],
    });
    await collectRejects(db, 1);
    await buildPurchases(db, DEFAULT_CLEANING);
  }, 120_000);
  afterAll(() => db.close());

  it('fits a link with the top products by lift, says what was cut, and keeps the whole for the file', async () => {
    const snapshots = await recordSnapshot(db, 'uci_online_retail.csv');
    const snapshot = snapshots.whole;
    expect(snapshot.dataset.range.customers).toBe(4338);
    // the whole products table is left out of the file form: some stock codes equal a customer number
    const form = await shareForm(snapshots);
    expect(form.kind).toBe('cut-link');
    if (form.kind !== 'cut-link') return;
    expect(form.packed.length, `packed: ${form.packed.length} characters`).toBeLessThanOrEqual(LINK_BUDGET);
    const opened = await unpackSnapshot(form.packed, VIEW_IDS);
    expect(opened).toEqual(form.cut);
    expectEveryView(opened);
    const cut = opened.cuts!.find((c) => c.view === 'products')!;
    expect(cut.kept).toBe(PRODUCTS_IN_LINK);
    expect(cut.of).toBeGreaterThan(500);
    // the kept rows are the first rows of the whole query (the products ranked by lift), unchanged
    const cutRows = new Set(opened.cuts!.map((c) => `${c.kept}/${c.of}`));
    let products: Row[] = [];
    for (const [key, kept] of opened.queries) {
      const rows = snapshot.queries.get(key) ?? kept;
      expect(kept).toEqual(rows.slice(0, kept.length));
      if ('lapsed_share' in (kept[0] ?? {})) products = kept;
      if (kept.length < rows.length) expect(cutRows.has(`${kept.length}/${rows.length}`)).toBe(true);
    }
    expect(products.length).toBe(PRODUCTS_IN_LINK);
    // ranked by lapsed share, the order of lift (product-table.sql)
    const shares = products.map((r) => r.lapsed_share as number);
    expect(shares).toEqual([...shares].sort((x, y) => y - x));
    const ids = await db.query<{ id: string }>(
      `SELECT DISTINCT customer_id AS id FROM lines WHERE customer_id IS NOT NULL
       UNION SELECT DISTINCT order_id FROM lines WHERE order_id IS NOT NULL`,
    );
    const strings = collectStrings([JSON.parse(snapshotToJson(snapshot)), JSON.parse(snapshotToJson(opened))]);
    expect(ids.map((r) => r.id).filter((id) => strings.has(id))).toEqual([]);
  }, 120_000);
});
