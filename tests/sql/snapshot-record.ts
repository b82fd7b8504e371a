/**
 * The queries the snapshot-able views run (overview, cohorts, lifecycle, churn, RFM) at one setting, through
 * the snapshot recorder on native DuckDB, screened for privacy as the app does: realistic snapshot contents.
 */
import type { Db } from '../../src/analysis/db';
import { windowTotals } from '../../src/analysis/kpis';
import { datasetRange, monthly } from '../../src/analysis/monthly';
import { cohortCells, firstProducts } from '../../src/analysis/cohorts';
import { rfmSegments } from '../../src/analysis/rfm';
import { ensure } from '../../src/analysis/tables';
import { DEFAULT_THRESHOLDS, statusAt, statusMix } from '../../src/analysis/lifecycle';
import { churnOverTime, pooledChurnRate } from '../../src/analysis/churn';
import { qualityReport } from '../../src/ingest/quality';
import { DEFAULT_CLEANING } from '../../src/ingest/clean';
import { QueryRecorder } from '../../src/share/recorder';
import { collectStrings, idValuesAmong, screenQueries } from '../../src/share/privacy';
import { FIRST_PRODUCTS_IN_SNAPSHOT } from '../../src/share/snapshot-limits';
import type { Snapshot } from '../../src/share/snapshot-codec';
import firstProductsSql from '../../src/analysis/sql/cohort-first-products.sql?raw';

export async function recordSnapshot(db: Db, name: string): Promise<Snapshot> {
  const range = await datasetRange(db);
  const asOf = range.last_date!;
  const window = { start: range.first_date!, end: asOf };
  await ensure(db, ['purchase_days', 'cohort_orders', 'rfm_customers'], { asOf });

  const recorder = new QueryRecorder().limit(firstProductsSql, FIRST_PRODUCTS_IN_SNAPSHOT);
  const r = recorder.wrap(db);
  await windowTotals(r, window);
  await monthly(r, window);
  await firstProducts(r, asOf);
  await cohortCells(r, { asOf, grain: 'month' });
  await statusAt(r, asOf, DEFAULT_THRESHOLDS);
  await statusMix(r, window, DEFAULT_THRESHOLDS);
  await churnOverTime(r, window, DEFAULT_THRESHOLDS);
  await pooledChurnRate(r, asOf, DEFAULT_THRESHOLDS);
  await rfmSegments(r);

  const idValues = await idValuesAmong(db, collectStrings([...recorder.entries.values()]));
  const { kept, leftOut } = screenQueries(recorder.entries, { customers: range.customers, idValues });
  const quality = await qualityReport(db);
  return {
    created: '2025-01-01T00:00:00.000Z',
    view: 'overview',
    filters: {},
    settings: { margin: 0.3, currency: 'GBP', locale: 'en', windowKind: 'all', asOf: '', thresholds: DEFAULT_THRESHOLDS },
    dataset: { name, rows: quality.rowsRead, files: [], range, quality, formats: null, cleaning: DEFAULT_CLEANING },
    queries: kept,
    viewsLeftOut: ['customers'],
    queriesLeftOut: leftOut.length,
  };
}
