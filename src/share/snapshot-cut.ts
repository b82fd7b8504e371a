/**
 * Fitting a snapshot into a link: the recorded queries a view marks as cuttable keep their first rows (what the
 * view shows first, e.g. the products ranked first by lift); the notes say what was cut.
 */
import type { Row } from '../analysis/db';
import type { SnapshotCutNote } from './snapshot-codec';
import { hashText } from './sql-key';

export interface QueryCut {
  view: string;
  sql: string;
  rows: number;
}

/** The queries with every cut one shortened to its first rows; null when none was long enough to cut. */
export function cutQueries(
  entries: ReadonlyMap<string, Row[]>,
  cuts: readonly QueryCut[],
): { queries: Map<string, Row[]>; notes: SnapshotCutNote[] } | null {
  const queries = new Map<string, Row[]>();
  const notes: SnapshotCutNote[] = [];
  for (const [key, rows] of entries) {
    const cut = cuts.find((c) => key.startsWith(`${hashText(c.sql.trim())}|`));
    if (cut && rows.length > cut.rows) {
      queries.set(key, rows.slice(0, cut.rows));
      notes.push({ view: cut.view, kept: cut.rows, of: rows.length });
    } else {
      queries.set(key, rows);
    }
  }
  return notes.length ? { queries, notes } : null;
}
