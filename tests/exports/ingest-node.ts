/**
 * A dropped file through the app's own steps in Node — inspect, first guess, load, quality report — with
 * no correction of the mapping: what an owner who just clicks "confirm" gets. The engine is native DuckDB
 * (tests/sql/node-db.ts) with registered files written to a temporary folder on DuckDB's search path.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Engine } from '../../src/engine/engine';
import { DEFAULT_CLEANING } from '../../src/ingest/clean';
import { firstGuess, type FirstGuess } from '../../src/ingest/first-guess';
import { inspectFile, type InspectedFile } from '../../src/ingest/inspect';
import { loadFiles } from '../../src/ingest/load';
import { qualityReport, type QualityReport } from '../../src/ingest/quality';
import { fillDownRoles } from '../../src/ingest/report-rows';
import { platformColumn } from '../../src/ingest/platforms';
import { nodeDb } from '../sql/node-db';

export interface Ingested {
  file: InspectedFile;
  guess: FirstGuess;
  quality: QualityReport;
  customers: number;
  orders: number;
  /** Σ revenue in cents (exact: the orders table sums DECIMAL amounts). */
  revenueCents: number;
}

export async function ingestInNode(name: string, bytes: Uint8Array): Promise<Ingested> {
  const inspection = await inspectFile(new File([bytes as BlobPart], name));
  if (!inspection.ok) throw new Error(`refused: ${JSON.stringify(inspection.problem)}`);
  const file = inspection.file;
  const guess = firstGuess(file);
  const db = await nodeDb();
  const dir = mkdtempSync(path.join(tmpdir(), 'ottok-ingest-'));
  try {
    await db.query(`SET file_search_path = '${dir}'`);
    const engine: Engine = {
      ...db,
      async registerFile(fileName, blob) {
        writeFileSync(path.join(dir, fileName), new Uint8Array(await blob.arrayBuffer()));
      },
      async registerBuffer(fileName, data) {
        writeFileSync(path.join(dir, fileName), data);
      },
      async dropFile(fileName) {
        rmSync(path.join(dir, fileName), { force: true });
      },
      onProgress: () => () => {},
    };
    await loadFiles(
      engine,
      {
        files: [file],
        mapping: guess.mapping,
        decimal: guess.formats.decimal,
        dateFormat: guess.formats.dateFormat,
        cancelStatuses: guess.formats.cancelStatuses,
        cleaning: DEFAULT_CLEANING,
        fillDown: fillDownRoles(file.header, file.rows, guess.mapping),
        refundColumn: platformColumn(guess.platform, 'refund', file.header),
        customerFallback: guess.customerFallback,
      },
      () => {},
    );
    const quality = await qualityReport(db, [file.layout]);
    const [totals] = await db.query<{ customers: number; orders: number; cents: number }>(
      `SELECT count(DISTINCT customer_id)::INTEGER AS customers, count(*)::INTEGER AS orders,
         CAST(COALESCE(sum(revenue), 0) * 100 AS BIGINT)::DOUBLE AS cents FROM orders`,
    );
    return { file, guess, quality, customers: totals.customers, orders: totals.orders, revenueCents: totals.cents };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
