/**
 * The command line's files → the app's InspectedFile, through the app's own inspectFile (sniffers, guards,
 * preview). Two differences from a browser tab, both about size: a text file is inspected on its first bytes
 * and then read from disk whole (no 2 GB limit), and Parquet is converted by native DuckDB, streaming, into a
 * CSV in the work directory instead of in memory.
 */
import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { sqlString } from '../analysis/db';
import { inspectFile, type Inspection } from '../ingest/inspect';
import { fileKind, SNIFF_BYTES } from '../ingest/sniff-kind';
import type { NodeEngine, PathBlob } from './node-engine';

/** More than inspectFile samples, so it treats the head as part of a longer file. */
const HEAD_BYTES = 8 * 1024 * 1024;

export class InputError extends Error {}

/** File names and globs → existing files, in the order given (each glob's matches sorted). */
export async function expandInputs(patterns: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const exists = await stat(pattern).then((s) => s.isFile(), () => false);
    const matches = exists ? [pattern] : (await glob(pattern, { onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0) throw new InputError(`No file matches “${pattern}”.`);
    files.push(...matches.filter((f) => !files.includes(f)));
  }
  return files;
}

async function pathBlob(file: string): Promise<PathBlob> {
  return Object.assign(await openAsBlob(file), { path: file });
}

/** One file on disk, inspected as the app inspects a dropped file. */
export async function inspectPath(file: string, engine: NodeEngine, workDir: string, index: number): Promise<Inspection> {
  const name = path.basename(file);
  let blob = await pathBlob(file);
  const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
  const kind = fileKind(name, head);
  let format: 'csv' | 'parquet' = 'csv';
  if (kind === 'parquet') {
    const csv = path.join(workDir, `parquet_${index}.csv`);
    try {
      await engine.query(`COPY (SELECT * FROM read_parquet(${sqlString(path.resolve(file))})) TO ${sqlString(csv)} (HEADER, DELIMITER ',')`);
    } catch (error) {
      return { ok: false, problem: { code: 'unreadable', params: { file: name, detail: String((error as Error).message ?? error) } } };
    }
    blob = await pathBlob(csv);
    format = 'parquet';
  }
  if (kind === 'xlsx' || kind === 'xls' || kind === 'unknown-binary') {
    return inspectFile(new File([blob], name));
  }
  const sample = blob.size > HEAD_BYTES ? blob.slice(0, HEAD_BYTES) : blob;
  const inspection = await inspectFile(new File([sample], name));
  if (!inspection.ok) return inspection;
  return {
    ok: true,
    file: { ...inspection.file, size: blob.size, format, source: blob, original: new File([blob], name) },
  };
}
