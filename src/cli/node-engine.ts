/**
 * The app's Engine on native DuckDB (`@duckdb/node-api`): every core, a memory limit and a spill directory,
 * so a file larger than memory is processed out of core. Files are "registered" the native way: the name the
 * load pipeline asks for becomes a symbolic link (or, for bytes made in memory, a file) in a work directory
 * that DuckDB searches for relative paths (`file_search_path`).
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rm, symlink, unlink } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Row } from '../analysis/db';
import type { Engine } from '../engine/engine';
import { sqlString } from '../analysis/db';

/** A Blob that is a file on disk (fs.openAsBlob) with its path: registered by linking, never copied. */
export type PathBlob = Blob & { path: string };

export const hasPath = (blob: Blob): blob is PathBlob => typeof (blob as Partial<PathBlob>).path === 'string';

export interface NodeEngineOptions {
  /** Scratch directory: registered files and DuckDB's spill files (removed by close()). */
  workDir: string;
  threads?: number;
  /** DuckDB memory_limit, e.g. '8GB'; DuckDB's default (80 % of RAM) when absent. */
  memoryLimit?: string;
}

export interface NodeEngine extends Engine {
  connection: DuckDBConnection;
  close(): Promise<void>;
}

const PROGRESS_POLL_MS = 250;

export async function nodeEngine(options: NodeEngineOptions): Promise<NodeEngine> {
  const files = path.join(options.workDir, 'files');
  const spill = path.join(options.workDir, 'spill');
  await mkdir(files, { recursive: true });
  await mkdir(spill, { recursive: true });
  const config: Record<string, string> = {
    threads: String(options.threads ?? availableParallelism()),
    temp_directory: spill,
    // Offline and private like the browser: no extension is fetched behind the user's back.
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  };
  if (options.memoryLimit) config.memory_limit = options.memoryLimit;
  const instance = await DuckDBInstance.create(':memory:', config);
  const connection = await instance.connect();
  await connection.run(`SET file_search_path = ${sqlString(files)}`);
  // A running statement's progress (connection.progress) is tracked only with the progress bar on.
  await connection.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
  const listeners = new Set<(fraction: number) => void>();
  let running = 0;
  const timer = setInterval(() => {
    if (running === 0 || listeners.size === 0) return;
    const percentage = connection.progress.percentage;
    if (percentage >= 0) for (const listener of listeners) listener(Math.min(1, percentage / 100));
  }, PROGRESS_POLL_MS);
  timer.unref();

  const registerFile = async (name: string, blob: Blob) => {
    const target = path.join(files, name);
    await rm(target, { force: true });
    if (hasPath(blob)) await symlink(path.resolve(blob.path), target);
    else await pipeline(Readable.fromWeb(blob.stream() as never), createWriteStream(target));
  };

  return {
    connection,
    async query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]> {
      running++;
      try {
        const reader = await connection.runAndReadAll(sql, params?.length ? ([...params] as never) : undefined);
        return reader.getRowObjectsJS() as T[];
      } finally {
        running--;
      }
    },
    registerFile,
    async registerBuffer(name, bytes) {
      await registerFile(name, new Blob([bytes as BlobPart]));
    },
    async dropFile(name) {
      await unlink(path.join(files, name)).catch(() => undefined);
    },
    onProgress(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async close() {
      clearInterval(timer);
      connection.closeSync();
      instance.closeSync();
      await rm(options.workDir, { recursive: true, force: true });
    },
  };
}
