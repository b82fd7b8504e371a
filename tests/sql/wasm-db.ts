import { createRequire } from 'node:module';
import path from 'node:path';
import type { Db, Row } from '../../src/analysis/db';
import { arrowToRows } from '../../src/engine/arrow-rows';

const require = createRequire(import.meta.url);

/**
 * A Db over duckdb-wasm's Node blocking build: the very engine (DuckDB 1.4.3 compiled to WebAssembly) and the
 * Arrow normalisation the browser uses, for parity tests against the native engine's expectations.
 */
export async function wasmDb(): Promise<Db & { close(): void }> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({});
  const conn = db.connect();
  conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
  return {
    async query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]> {
      if (!params?.length) return arrowToRows<T>(conn.query(sql));
      const statement = conn.prepare(sql);
      try {
        return arrowToRows<T>(statement.query(...params));
      } finally {
        statement.close();
      }
    },
    close() {
      conn.close();
    },
  };
}
