/**
 * Records what the views read while a snapshot is made: a wrapper around the engine that passes everything
 * through and keeps the rows of each reading query, under sqlKey(sql, params).
 */
import type { Db, Row } from '../analysis/db';
import { hashText, isWrite, sqlKey } from './sql-key';

export class QueryRecorder {
  readonly entries = new Map<string, Row[]>();
  /** Row limits per SQL text (by hash): long choice lists are cut to what a snapshot needs. */
  private readonly limits = new Map<string, number>();

  limit(sql: string, rows: number): this {
    this.limits.set(hashText(sql.trim()), rows);
    return this;
  }

  /** The engine with `query` recorded; every other member is the engine's own. */
  wrap<E extends Db>(engine: E): E {
    const record = async <T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]> => {
      const rows = await engine.query<T>(sql, params);
      if (!isWrite(sql)) {
        const limit = this.limits.get(hashText(sql.trim()));
        this.entries.set(sqlKey(sql, params), limit === undefined ? rows : rows.slice(0, limit));
      }
      return rows;
    };
    return Object.assign(Object.create(engine) as E, { query: record });
  }
}
