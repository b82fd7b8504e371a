import type { Engine } from '../engine/engine';
import { collectRejects, createRawView, type CsvSource } from './raw-load';
import { createMappedView } from './mapped-view';
import { buildLines, buildPurchases, type CleaningOptions } from './clean';
import { resolveDayMonthOrder, withDayMonthOrder } from './dates';
import { transcodeChunks } from './encoding';
import type { InspectedFile } from './inspect';
import { fillDown, markTotalsBySum, partialRefunds } from './report-rows';
import dayMonthSql from './sql/day-month-stats.sql?raw';
import type { DateFormat, DecimalSeparator, Mapping, Role } from './types';
import { estimateLines, lineCapacity, memoryLimitBytes, TooBigError } from './capacity';
import type { Db } from '../analysis/db';

/**
 * Files from this size on are loaded into a compressed in-memory database: about a sixth of the memory
 * (10 M lines: ~0.2 GB instead of 1.3 GB) for a little more time while writing; smaller files stay in the
 * faster uncompressed one.
 */
export const COMPRESS_FROM_BYTES = 100e6;

export interface LoadPlan {
  files: InspectedFile[];
  mapping: Mapping;
  decimal: DecimalSeparator;
  dateFormat: DateFormat;
  cancelStatuses: string[];
  cleaning: CleaningOptions;
  /** Order-level columns to fill down within an order (report-rows.ts fillDownRoles). */
  fillDown?: Role[];
  /** Read as the customer where the mapped customer column is empty (an e-mail falling back to the phone). */
  customerFallback?: string | null;
  /** A platform's refunded-amount column (platforms.ts refundColumn): partial refunds are reported. */
  refundColumn?: string | null;
}

export type LoadStage = 'reading' | 'parsing' | 'cleaning';

export interface LoadResult {
  /** The date format after the whole column was looked at (day/month order decided). */
  dateFormat: DateFormat;
  dayMonth: { firstOver12: number; secondOver12: number } | null;
}

/** Files → `raw` → `mapped` → `lines` → `purchases` + `orders`, reporting the stage and progress. */
export async function loadFiles(
  engine: Engine,
  plan: LoadPlan,
  progress: (stage: LoadStage, fraction: number) => void,
): Promise<LoadResult> {
  const capacity = lineCapacity(await memoryLimitBytes(engine));
  const lines = plan.files.reduce((sum, f) => sum + (f.sample ? estimateLines(f.source.size, f.sample) : 0), 0);
  if (lines > capacity) throw new TooBigError(lines, capacity);
  await freshDatabase(engine, plan.files.reduce((sum, f) => sum + f.source.size, 0) >= COMPRESS_FROM_BYTES);
  const sources: CsvSource[] = [];
  for (const [index, file] of plan.files.entries()) {
    const path = `ottok_input_${index}.csv`;
    progress('reading', index / plan.files.length);
    const source = file.transcode
      ? await utf8Blob(file, (f) => progress('reading', (index + f) / plan.files.length))
      : file.source;
    await engine.registerFile(path, source);
    sources.push({ path, delimiter: file.delimiter, header: file.header });
  }
  await createRawView(engine, sources);
  await createMappedView(engine, plan.files[0].header, plan.mapping, plan.files[0].rawHeader, plan.customerFallback ?? null);
  await fillDown(engine, plan.fillDown ?? []);
  let dateFormat = plan.dateFormat;
  let dayMonth: LoadResult['dayMonth'] = null;
  if (dateFormat.ambiguous && (dateFormat.order === 'dmy' || dateFormat.order === 'mdy')) {
    const [stats] = await engine.query<{ first_over_12: number; second_over_12: number }>(dayMonthSql);
    dayMonth = { firstOver12: stats.first_over_12, secondOver12: stats.second_over_12 };
    dateFormat = withDayMonthOrder(dateFormat, resolveDayMonthOrder(dayMonth, '/'));
  }
  progress('parsing', 0);
  const stop = engine.onProgress((fraction) => progress('parsing', fraction));
  try {
    await buildLines(engine, {
      decimal: plan.decimal,
      dateFormat,
      amountMapped: plan.mapping.amount !== null,
      cancelStatuses: plan.cancelStatuses,
    });
  } finally {
    stop();
  }
  await markTotalsBySum(engine);
  const { order_id: order, status } = plan.mapping;
  await partialRefunds(engine, { order, status, refund: plan.refundColumn ?? null }, plan.decimal === ',');
  await collectRejects(engine, sources.length);
  progress('cleaning', 0.5);
  await buildPurchases(engine, plan.cleaning);
  for (const path of sources.map((s) => s.path)) await engine.dropFile(path);
  progress('cleaning', 1);
  return { dateFormat, dayMonth };
}

/**
 * Every table of the previous load lives in one attached in-memory database, `ottok`: detaching it frees
 * them all at once before the new load takes their memory; the new one is created empty and made the
 * default, so every later table, view and macro lands in it.
 */
async function freshDatabase(db: Db, compress: boolean): Promise<void> {
  await db.query('USE memory');
  await db.query('DETACH DATABASE IF EXISTS ottok');
  await db.query(`ATTACH ':memory:' AS ottok${compress ? ' (COMPRESS)' : ''}`);
  await db.query('USE ottok');
}

/** A Windows-1251 file as a Blob of UTF-8 slices (never one huge string or buffer). */
async function utf8Blob(file: InspectedFile, onProgress: (fraction: number) => void): Promise<Blob> {
  const parts: BlobPart[] = [];
  for await (const part of transcodeChunks(file.source, file.encoding, onProgress)) parts.push(part as BlobPart);
  return new Blob(parts);
}
