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
import { collectStrings } from '../../src/share/privacy';
import { collectRejects, createRawView } from '../../src/ingest/raw-load';
import { createMappedView } from '../../src/ingest/mapped-view';
import { buildLines, buildPurchases, DEFAULT_CLEANING } from '../../src/ingest/clean';
import type { Db } from '../../src/analysis/db';

const FULL_UCI = new URL('../../../shared/data/uci_online_retail.csv.gz', import.meta.url).pathname;

async function expectPrivateAndCompact(db: Db, snapshot: Snapshot): Promise<void> {
  const packed = await packSnapshot(snapshot);
  expect(packed.length, `packed snapshot: ${packed.length} characters`).toBeLessThanOrEqual(LINK_BUDGET);
  expect(await unpackSnapshot(packed)).toEqual(snapshot);

  const ids = await db.query<{ id: string }>(
    `SELECT DISTINCT customer_id AS id FROM lines WHERE customer_id IS NOT NULL
     UNION SELECT DISTINCT order_id FROM lines WHERE order_id IS NOT NULL`,
  );
  const strings = collectStrings(JSON.parse(snapshotToJson(snapshot)));
  const leaked = ids.map((r) => r.id).filter((id) => strings.has(id));
  expect(leaked).toEqual([]);
  expect(snapshotToJson(snapshot)).not.toMatch(/"customer_id"|"order_id"/);
  // Every view's query is in it: KPIs, months, first products, cohort cells, statuses, status mix, churn, RFM,
  // and the timing view's gaps, return rates and order bands (its cohort cells are the cohorts view's).
  expect(snapshot.queries.size).toBe(11);
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
    await expectPrivateAndCompact(db, await recordSnapshot(db, 'fixture_online_retail_cust_mod20.csv'));
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

  it('fits a link, round-trips exactly and holds no customer or order id', async () => {
    await expectPrivateAndCompact(db, await recordSnapshot(db, 'uci_online_retail.csv'));
  });
});
