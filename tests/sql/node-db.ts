import { DuckDBInstance } from '@duckdb/node-api';
import type { Db, Row } from '../../src/analysis/db';

/** A Db over native DuckDB 1.4.x (the engine inside duckdb-wasm 1.32), single-threaded like the browser. */
export async function nodeDb(): Promise<Db & { close(): void }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  return {
    async query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]> {
      const reader = await connection.runAndReadAll(sql, params ? ([...params] as never) : undefined);
      return reader.getRowObjectsJS() as T[];
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
