import { startEngine } from '../engine/engine';
import type { Db } from '../analysis/db';
import { ensure, type BuiltTables, type TableName, type TableParams, type TableSource } from '../analysis/tables';
import { dataset } from './dataset.svelte';

/**
 * The derived tables (src/analysis/tables.ts) of the loaded data, built once per data version and settings
 * instead of per view, so switching views stays fast. Builds run one after another; a failed build is retried
 * on the next request. While a snapshot is shown, every view reads its recorded rows instead (no engine).
 */
class Derived implements TableSource {
  private built: BuiltTables = new Map();
  private version = -1;
  private queue: Promise<unknown> = Promise.resolve();
  private snapshot: Db | null = null;

  /** The engine, once `tables` exist for the current data and these settings. */
  ensure(tables: TableName | readonly TableName[], params: TableParams = {}): Promise<Db> {
    const snapshot = this.snapshot;
    if (snapshot) return Promise.resolve(snapshot);
    const next = this.queue
      .catch(() => undefined)
      .then(async () => {
        const engine = await startEngine();
        if (this.version !== dataset.version) {
          this.built.clear();
          this.version = dataset.version;
        }
        await ensure(engine, tables, params, this.built);
        return engine;
      });
    this.queue = next;
    return next;
  }

  /** Answers every view from a snapshot's recorded queries (src/share/replay.ts) from now on. */
  showSnapshot(replay: Db): void {
    this.snapshot = replay;
  }
}

export const derived = new Derived();
