/**
 * The snapshot a browser would share of this dataset, made on the command line: the views' queries
 * (view-queries.ts) through the app's QueryRecorder, the app's privacy screen, the app's snapshot format.
 * Only aggregates leave: no customer or order id, no per-customer rows, no line of the file.
 */
import { DEFAULT_MIN_REGULARS } from '../analysis/products';
import type { DatasetRange } from '../analysis/monthly';
import type { CleaningOptions } from '../ingest/clean';
import type { ColumnFormats } from '../ingest/column-formats';
import type { InputKind } from '../ingest/customer-days';
import type { InspectedFile } from '../ingest/inspect';
import type { QualityReport } from '../ingest/quality';
import type { NodeEngine } from './node-engine';
import { QueryRecorder } from '../share/recorder';
import { blank, collectStrings, idValuesAmong, screenQueries } from '../share/privacy';
import { FIRST_PRODUCTS_IN_SNAPSHOT } from '../share/snapshot-limits';
import type { Snapshot, SnapshotDataset } from '../share/snapshot-codec';
import { readViews, type ViewFigures, type ViewScope } from './view-queries';
import firstProductsSql from '../analysis/sql/cohort-first-products.sql?raw';

export interface SnapshotSource {
  name: string;
  files: InspectedFile[];
  range: DatasetRange;
  quality: QualityReport;
  formats: ColumnFormats;
  cleaning: CleaningOptions;
  kind: InputKind;
  /** Which optional columns the data has (the views offer product and category choices only then). */
  columns: { product: boolean; category: boolean };
  settings: { margin: number; currency: string; asOf: string };
}

export async function recordSnapshot(engine: NodeEngine, scope: ViewScope, source: SnapshotSource): Promise<{ snapshot: Snapshot; figures: ViewFigures }> {
  const recorder = new QueryRecorder().limit(firstProductsSql, FIRST_PRODUCTS_IN_SNAPSHOT);
  const figures = await readViews(recorder.wrap(engine), scope);
  const { quality } = source;
  const summary: SnapshotDataset = {
    name: source.name,
    rows: quality.rowsRead,
    files: source.files.map(({ name, format, encoding, delimiter }) => ({ name, format, encoding, delimiter })),
    range: source.range,
    // A malformed line is a line of the file: only its number and error travel.
    quality: { ...quality, malformed: { ...quality.malformed, examples: quality.malformed.examples.map((m) => ({ ...m, text: '' })) } },
    formats: source.formats,
    cleaning: { ...source.cleaning },
    columns: { ...source.columns },
  };
  const idValues = await idValuesAmong(engine, collectStrings([summary, ...recorder.entries.values()]));
  const { kept, leftOut } = screenQueries(recorder.entries, { customers: source.range.customers, idValues });
  const { margin, currency, asOf } = source.settings;
  const snapshot: Snapshot = {
    created: new Date().toISOString(),
    view: 'overview',
    filters: {},
    settings: {
      windowKind: 'all',
      asOf,
      margin,
      ...(currency ? { currency } : {}),
      thresholds: { ...scope.thresholds },
      cleaning: { ...source.cleaning },
      minRegulars: DEFAULT_MIN_REGULARS,
    },
    dataset: blank(summary, idValues),
    queries: kept,
    // The views built on single customers or orders (src/views/registry.ts 'left-out'), and the two the
    // command line does not record yet (see view-queries.ts).
    viewsLeftOut: ['ltv', 'validation', 'simulator', 'customers', 'products', 'timing'],
    queriesLeftOut: leftOut.length,
  };
  return { snapshot, figures };
}
