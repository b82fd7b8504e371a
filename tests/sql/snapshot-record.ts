/**
 * A snapshot made as the app makes it (src/views/snapshot.ts): every snapshot view's loader from the registry
 * runs once through the recorder on native DuckDB, screened for privacy: realistic snapshot contents.
 */
import type { Db } from '../../src/analysis/db';
import { datasetRange } from '../../src/analysis/monthly';
import { DEFAULT_THRESHOLDS } from '../../src/analysis/lifecycle';
import { DEFAULT_MIN_REGULARS } from '../../src/analysis/products';
import { ensure, type BuiltTables, type TableSource } from '../../src/analysis/tables';
import { qualityReport } from '../../src/ingest/quality';
import { DEFAULT_CLEANING } from '../../src/ingest/clean';
import { makeSnapshot, type Snapshots } from '../../src/views/snapshot';

/** The tables of a Node database, built on demand as the app's cache builds them. */
export function nodeTables(db: Db): TableSource {
  const built: BuiltTables = new Map();
  return {
    async ensure(tables, params) {
      await ensure(db, tables, params ?? {}, built);
      return db;
    },
  };
}

export async function recordSnapshot(db: Db, name: string, columns = { product: true, category: false }): Promise<Snapshots> {
  const range = await datasetRange(db);
  const asOf = range.last_date!;
  const quality = await qualityReport(db);
  return makeSnapshot({
    db,
    tables: nodeTables(db),
    scope: { asOf, window: { start: range.first_date!, end: asOf }, version: 1 },
    context: () => ({ filters: {}, thresholds: DEFAULT_THRESHOLDS, minRegulars: DEFAULT_MIN_REGULARS, columns }),
    summary: { name, rows: quality.rowsRead, files: [], range, quality, formats: null, cleaning: DEFAULT_CLEANING, columns },
    view: 'overview',
    filters: {},
    settings: { margin: 0.3, currency: 'GBP', locale: 'en', windowKind: 'all', asOf: '', thresholds: DEFAULT_THRESHOLDS },
    created: '2025-01-01T00:00:00.000Z',
  });
}
