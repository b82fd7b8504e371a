import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Db, Row } from '../analysis/db';
import { arrowToRows } from './arrow-rows';

/** The app's DuckDB: the only module that imports duckdb-wasm. */
export interface Engine extends Db {
  /** Makes a File readable by SQL under `name` without copying it into memory. */
  registerFile(name: string, file: Blob): Promise<void>;
  registerBuffer(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** Calls back with 0…1 while a long statement runs; returns the unsubscribe function. */
  onProgress(callback: (fraction: number) => void): () => void;
}

let started: Promise<Engine> | null = null;

/** Starts the engine once (on page load) and hands the same instance to every caller. */
export function startEngine(): Promise<Engine> {
  started ??= instantiate();
  return started;
}

async function instantiate(): Promise<Engine> {
  const worker = new Worker(workerUrl);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(wasmUrl);
  await db.open({});
  const conn = await db.connect();
  // Nothing is fetched from the internet: no extension is installed or loaded behind the user's back.
  await conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
  await conn.query('SET enable_progress_bar = true; SET enable_progress_bar_print = true');
  // Execution progress arrives as PROGRESS_UPDATE messages that AsyncDuckDB hands to this protected list
  // (duckdb-wasm 1.32 has no public subscription for it).
  const progressHandlers = (db as unknown as { _onExecutionProgress: Array<(p: duckdb.ProgressEntry) => void> })
    ._onExecutionProgress;
  return {
    async query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]> {
      if (!params?.length) return arrowToRows<T>(await conn.query(sql));
      const statement = await conn.prepare(sql);
      try {
        return arrowToRows<T>(await statement.query(...params));
      } finally {
        await statement.close();
      }
    },
    async registerFile(name, file) {
      await db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
    },
    async registerBuffer(name, bytes) {
      await db.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      await db.dropFile(name);
    },
    onProgress(callback) {
      const handler = (p: duckdb.ProgressEntry) => callback(Math.min(1, Math.max(0, Number(p.percentage) / 100)));
      progressHandlers.push(handler);
      return () => progressHandlers.splice(progressHandlers.indexOf(handler), 1);
    },
  };
}
