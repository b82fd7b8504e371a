import { startEngine, type Engine } from '../engine/engine';
import { ensure, type BuiltTables, type TableName, type TableParams } from '../analysis/tables';
import { dataset } from './dataset.svelte';

/**
 * The derived tables (src/analysis/tables.ts) of the loaded data, built once per data version and settings
 * instead of per view, so switching views stays fast. Builds run one after another; a failed build is retried
 * on the next request.
 */
class Derived {
  private built: BuiltTables = new Map();
  private version = -1;
  private queue: Promise<unknown> = Promise.resolve();

  /** The engine, once `tables` exist for the current data and these settings. */
  ensure(tables: TableName | readonly TableName[], params: TableParams = {}): Promise<Engine> {
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
}

export const derived = new Derived();
