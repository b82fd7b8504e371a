/**
 * How many lines this browser's engine can hold, and whether a load fits, decided before the load starts
 * (issue 12: say so before running out, never the engine's own out-of-memory text).
 *
 * Each load is written by one CREATE TABLE … AS, whose rows stay uncompressed in the transaction until it
 * commits — even in the compressed database load.ts uses for big files, which shrinks them only then (to
 * about a sixth). So the peak is the uncompressed width: ~131 bytes a line on the bench's files (the UCI
 * columns mapped), LINE_BYTES rounds it to 128. Only BUDGET_SHARE of the engine's memory limit goes to them:
 * the CSV reader, the quality report's duplicate count and the views' tables need the rest. Measured: a
 * 10 M-line file loads (browser peak 3.1 GB), a 40 M-line one ran out of memory while writing `lines`.
 */
import type { Db } from '../analysis/db';

export const LINE_BYTES = 128;
export const BUDGET_SHARE = 0.6;

/** Thrown by loadFiles when the files hold more lines than the engine can take. */
export class TooBigError extends Error {
  override name = 'TooBig';
  constructor(
    readonly lines: number,
    readonly capacity: number,
  ) {
    super(`about ${lines} lines, more than the ${capacity} this browser can hold`);
  }
}

/** The engine's memory limit in bytes (DuckDB prints it as e.g. '3.1 GiB' or '64.0 MiB'). */
export async function memoryLimitBytes(db: Db): Promise<number> {
  const [row] = await db.query<{ v: string }>(`SELECT current_setting('memory_limit') AS v`);
  return parseByteSize(row.v);
}

const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };

export function parseByteSize(text: string): number {
  const m = /^\s*([0-9.]+)\s*([a-z]*)\s*$/i.exec(text);
  const unit = UNITS[(m?.[2] || 'b').toLowerCase()];
  if (!m || unit === undefined) throw new Error(`unreadable memory size: ${text}`);
  return Number(m[1]) * unit;
}

/** Lines the engine can hold under a memory limit. */
export function lineCapacity(limitBytes: number): number {
  return Math.floor((limitBytes * BUDGET_SHARE) / LINE_BYTES);
}

/** Lines in a file of `size` bytes whose sample held `sampleLines` lines in `sampleBytes` bytes. */
export function estimateLines(size: number, sample: { bytes: number; lines: number }): number {
  if (sample.lines <= 0 || sample.bytes <= 0) return 0;
  return Math.round((size * sample.lines) / sample.bytes);
}
