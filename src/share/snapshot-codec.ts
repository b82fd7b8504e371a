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

export const SNAPSHOT_FORMAT = 'ottok-snapshot';
export const SNAPSHOT_VERSION = 1;
/** Longest packed snapshot put into a link (characters of the hash); a bigger one is saved as a file. */
export const LINK_BUDGET = 8000;

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

function fromWire(wire: Wire): Snapshot {
  if (wire?.format !== SNAPSHOT_FORMAT || typeof wire.version !== 'number') throw new Error('not an Ottok snapshot');
  if (wire.version > SNAPSHOT_VERSION) throw new Error(`snapshot version ${wire.version} is newer than this app`);
  const { format: _f, version: _v, queries, ...rest } = wire;
  const entries = queries.map((q): [string, Row[]] => {
    const columns = unpackColumns(q.v, q.n ?? []);
    const length = columns[0]?.length ?? 0;
    return [q.k, Array.from({ length }, (_, j) => Object.fromEntries(q.c.map((name, i) => [name, columns[i][j]])))];
  });
  return { ...rest, queries: new Map(entries) };
}

/** The `.ottok.json` file's text. */
export function snapshotToJson(snapshot: Snapshot): string {
  return JSON.stringify(toWire(snapshot));
}

export function snapshotFromJson(text: string): Snapshot {
  return fromWire(JSON.parse(text) as Wire);
}

/** The link form: deflate-raw + base64url. */
export async function packSnapshot(snapshot: Snapshot): Promise<string> {
  return packText(snapshotToJson(snapshot));
}

export async function unpackSnapshot(packed: string): Promise<Snapshot> {
  return snapshotFromJson(await unpackText(packed));
}
