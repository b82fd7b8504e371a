/**
 * A data-free snapshot ⇄ text. On the wire each recorded query is columnar ({k: key, c: column names, v: each
 * column's values}) and numbers that are exact ratios are written as [p, q] (exact-numbers.ts); the link form is that
 * JSON deflated and base64url-encoded, the file form (`.ottok.json`) the JSON itself, readable by its owner.
 */
import type { Row } from '../analysis/db';
import type { DatasetRange } from '../analysis/monthly';
import type { QualityReport } from '../ingest/quality';
import type { ColumnFormats } from '../ingest/column-formats';
import type { CleaningOptions } from '../ingest/clean';
import type { Encoding } from '../ingest/types';
import type { LinkSettings } from './hash-codec';
import { packText, unpackText } from './compress';
import { packColumns, unpackColumns } from './exact-numbers';
import * as v from 'valibot';
import { misfit, wireSchema } from './snapshot-schema';

export const SNAPSHOT_FORMAT = 'ottok-snapshot';
export const SNAPSHOT_VERSION = 1;
/**
 * Longest packed snapshot put into a link (characters of the hash); a bigger one is saved as a file. The hash
 * never reaches a server (no request-line limit applies); the budget keeps links pasteable into messengers and
 * e-mail. The full UCI store's cut link (cohorts, timing, the top products) needs ~8 600.
 */
export const LINK_BUDGET = 8700;

export interface SnapshotFile {
  name: string;
  format: 'csv' | 'xlsx' | 'parquet';
  encoding: Encoding;
  delimiter: string;
}

export interface SnapshotDataset {
  name: string;
  /** Data rows read from the file(s). */
  rows: number;
  files: SnapshotFile[];
  range: DatasetRange;
  quality: QualityReport;
  formats: ColumnFormats | null;
  cleaning: CleaningOptions;
  /** Which optional columns the data had (the products view needs one). */
  columns: { product: boolean; category: boolean };
}

/** A query a link holds only the first rows of (the file holds them all). */
export interface SnapshotCutNote {
  view: string;
  kept: number;
  of: number;
}

export interface Snapshot {
  /** When it was made (ISO date and time). */
  created: string;
  view: string;
  filters: Record<string, string>;
  settings: LinkSettings;
  dataset: SnapshotDataset;
  /** sqlKey(sql, params) → the rows the views read. */
  queries: Map<string, Row[]>;
  /** Views that need per-customer rows and are not in it; recorded queries left out for privacy. */
  viewsLeftOut: string[];
  queriesLeftOut: number;
  /** Queries cut to fit a link. */
  cuts?: SnapshotCutNote[];
}

/** A snapshot that does not fit the schema (snapshot-schema.ts): what did not fit, for the message. */
export class SnapshotInvalid extends Error {
  constructor(readonly detail: string) {
    super(`not an Ottok snapshot: ${detail}`);
    this.name = 'SnapshotInvalid';
  }
}

interface WireQuery {
  k: string;
  /** Column names, and each column's values (column-major: like values side by side compress best). */
  c: string[];
  v: unknown[][];
  /** Indexes of the columns written with packColumn. */
  n?: number[];
}

interface Wire extends Omit<Snapshot, 'queries'> {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  queries: WireQuery[];
}

function toWire(snapshot: Snapshot): Wire {
  const queries = [...snapshot.queries].map(([k, rows]): WireQuery => {
    const c = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const { values, packed } = packColumns(c.map((name) => rows.map((row) => (name in row ? row[name] : null))));
    return { k, c, v: values, ...(packed.length ? { n: packed } : {}) };
  });
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, ...snapshot, queries };
}

/** `views`: the view ids this app has (a snapshot naming another is refused). */
function fromWire(data: unknown, views: readonly string[]): Snapshot {
  const checked = v.safeParse(wireSchema(SNAPSHOT_VERSION, views), data);
  if (!checked.success) throw new SnapshotInvalid(misfit(checked.issues));
  const { format: _f, version: _v, queries, ...rest } = checked.output;
  const entries = queries.map((q): [string, Row[]] => {
    const columns = unpackColumns(q.v, q.n ?? []);
    const length = columns[0]?.length ?? 0;
    return [q.k, Array.from({ length }, (_, j) => Object.fromEntries(q.c.map((name, i) => [name, columns[i]?.[j] ?? null])))];
  });
  return { ...(rest as Omit<Snapshot, 'queries'>), queries: new Map(entries) };
}

/** The `.ottok.json` file's text. */
export function snapshotToJson(snapshot: Snapshot): string {
  return JSON.stringify(toWire(snapshot));
}

export function snapshotFromJson(text: string, views: readonly string[]): Snapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SnapshotInvalid('not JSON');
  }
  return fromWire(data, views);
}

/** The link form: deflate-raw + base64url. */
export async function packSnapshot(snapshot: Snapshot): Promise<string> {
  return packText(snapshotToJson(snapshot));
}

export async function unpackSnapshot(packed: string, views: readonly string[]): Promise<Snapshot> {
  let text: string;
  try {
    text = await unpackText(packed);
  } catch {
    throw new SnapshotInvalid('damaged link');
  }
  return snapshotFromJson(text, views);
}
