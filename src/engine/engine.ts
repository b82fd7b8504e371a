import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import lockingWorkerUrl from './duckdb-worker.js?url&no-inline';
import type { Db, Row } from '../analysis/db';
import { arrowToRows } from './arrow-rows';
import { watchWorker, type LostReason } from './worker-watch';

/** The app's DuckDB: the only module that imports duckdb-wasm. */
export interface Engine extends Db {
  /** Makes a File readable by SQL under `name` without copying it into memory. */
  registerFile(name: string, file: Blob): Promise<void>;
  registerBuffer(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** Calls back with 0…1 while a long statement runs; returns the unsubscribe function. */
  onProgress(callback: (fraction: number) => void): () => void;
}

/** What every pending and later call of a lost engine rejects with; the next startEngine() starts a new one. */
export class EngineLost extends Error {
  constructor(readonly reason: LostReason) {
    super(`the DuckDB worker ${reason}`);
    this.name = 'EngineLost';
  }
}

/** localStorage key of a memory limit the engine starts with (e2e tests: '16MB'); never set by the app. */
export const TEST_MEMORY_LIMIT_KEY = 'ottok.test.memoryLimit';

let started: Promise<Engine> | null = null;
const lostListeners = new Set<(reason: LostReason) => void>();

/** Starts the engine once (on page load) and hands the same instance to every caller, a new one after a loss. */
export function startEngine(): Promise<Engine> {
  if (!started) {
    const engine: Promise<Engine> = instantiate((reason) => {
      if (started === engine) started = null;
      for (const listener of lostListeners) listener(reason);
    });
    // A failed start (a network error while the engine downloads) is tried again by the next caller.
    engine.catch(() => {
      if (started === engine) started = null;
    });
    started = engine;
  }
  return started;
}

/** Tells `listener` when the engine's worker is gone (its tables with it); returns the unsubscribe function. */
export function onEngineLost(listener: (reason: LostReason) => void): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}

async function instantiate(onLost: (reason: LostReason) => void): Promise<Engine> {
  // The worker's name: unique (it is also its lock's name) and the address of DuckDB's worker script.
  const lock = JSON.stringify({ engine: `${Date.now()}-${Math.random().toString(36).slice(2)}`, script: new URL(duckdbWorkerUrl, location.href).href });
  const worker = new Worker(lockingWorkerUrl, { name: lock });
  let lost: EngineLost | null = null;
  let rejectLost: (error: EngineLost) => void = () => {};
  const whenLost = new Promise<never>((_, reject) => (rejectLost = reject));
  whenLost.catch(() => undefined);
  const watching = watchWorker(worker, lock, (reason) => {
    lost = new EngineLost(reason);
    rejectLost(lost);
    onLost(reason);
  });
  /** A call to the worker, rejected as soon as the worker is gone (a dead worker never answers). */
  const guard = <T>(call: () => Promise<T>): Promise<T> => (lost ? Promise.reject(lost) : Promise.race([call(), whenLost]));

  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await guard(() => db.instantiate(wasmUrl));
  await guard(() => db.open({}));
  const conn = await guard(() => db.connect());
  // Nothing is fetched from the internet: no extension is installed or loaded behind the user's back.
  await guard(() => conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false'));
  await guard(() => conn.query('SET enable_progress_bar = true; SET enable_progress_bar_print = true'));
  // Tests only: a small memory limit makes "too big for this browser" reachable without a huge file.
  const testLimit = globalThis.localStorage?.getItem(TEST_MEMORY_LIMIT_KEY);
  if (testLimit && /^[0-9]+(\.[0-9]+)?\s?[KMG]i?B$/i.test(testLimit)) await guard(() => conn.query(`SET memory_limit = '${testLimit}'`));
  void watching;
  performance.mark('ottok:engine-ready');
  // Execution progress arrives as PROGRESS_UPDATE messages that AsyncDuckDB hands to this protected list
  // (duckdb-wasm 1.32 has no public subscription for it).
  const progressHandlers = (db as unknown as { _onExecutionProgress: Array<(p: duckdb.ProgressEntry) => void> })
    ._onExecutionProgress;
  return {
    query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]> {
      return guard(async () => {
        if (!params?.length) return arrowToRows<T>(await conn.query(sql));
        const statement = await conn.prepare(sql);
        try {
          return arrowToRows<T>(await statement.query(...params));
        } finally {
          await statement.close();
        }
      });
    },
    async registerFile(name, file) {
      await guard(() => db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true));
    },
    async registerBuffer(name, bytes) {
      await guard(() => db.registerFileBuffer(name, bytes));
    },
    async dropFile(name) {
      await guard(() => db.dropFile(name));
    },
    onProgress(callback) {
      const handler = (p: duckdb.ProgressEntry) => callback(Math.min(1, Math.max(0, Number(p.percentage) / 100)));
      progressHandlers.push(handler);
      return () => progressHandlers.splice(progressHandlers.indexOf(handler), 1);
    },
  };
}
