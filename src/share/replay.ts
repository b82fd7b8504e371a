/**
 * The engine of a snapshot: answers each query with the rows recorded for it; statements that build tables do
 * nothing; anything else was not recorded and fails with a SnapshotMissing error the views show in words.
 */
import type { Db, Row } from '../analysis/db';
import { isWrite, sqlKey } from './sql-key';

export class SnapshotMissing extends Error {
  constructor() {
    super('This figure is not in the snapshot');
    this.name = 'SnapshotMissing';
  }
}

export function replayEngine(entries: ReadonlyMap<string, Row[]>): Db {
  return {
    async query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]> {
      if (isWrite(sql)) return [];
      const rows = entries.get(sqlKey(sql, params));
      if (!rows) throw new SnapshotMissing();
      return rows.map((row) => ({ ...row })) as T[];
    },
  };
}
