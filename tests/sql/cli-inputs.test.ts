/**
 * The command line's other inputs on the UCI fixture: the same lines as Parquet (converted by native DuckDB),
 * and split into two files given as one glob (joined as in the app), give the reference's figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDb } from './node-db';
import { FIXTURE } from './fixture-load';
import { analyseWithCli } from './cli-run';
import { sqlString } from '../../src/analysis/db';

const reference = JSON.parse(readFileSync(new URL('../fixtures/expected/fixture_online_retail_reference.json', import.meta.url), 'utf8'));

describe('ottok analyse on Parquet and on a glob of monthly files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ottok-cli-inputs-'));
  beforeAll(async () => {
    const db = await nodeDb();
    const source = `read_csv(${sqlString(FIXTURE)}, header = true, all_varchar = true)`;
    await db.query(`COPY (SELECT * FROM read_csv(${sqlString(FIXTURE)}, header = true)) TO ${sqlString(path.join(dir, 'fixture.parquet'))} (FORMAT parquet)`);
    await db.query(`COPY (SELECT * FROM ${source} WHERE InvoiceDate < '2011-06') TO ${sqlString(path.join(dir, 'part-1.csv'))} (HEADER)`);
    await db.query(`COPY (SELECT * FROM ${source} WHERE InvoiceDate >= '2011-06') TO ${sqlString(path.join(dir, 'part-2.csv'))} (HEADER)`);
    db.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [what, files] of [
    ['Parquet', ['fixture.parquet']],
    ['a glob of two files', ['part-*.csv']],
  ] as const) {
    it(`reads ${what} with the reference's rows and KPIs`, () => {
      const { summary } = analyseWithCli(files.map((f) => path.join(dir, f)), path.join(dir, `${what.length}.ottok.json`));
      expect(summary.files.length).toBe(files[0].includes('*') ? 2 : 1);
      expect(summary.quality.rowsRead).toBe(reference.raw.rows);
      expect(summary.quality.kept).toBe(reference.cleaning.after_R3_positive_qty_price);
      expect(summary.kpis.customers).toBe(reference.kpis.customers);
      expect(summary.kpis.orders).toBe(reference.kpis.orders);
      expect(summary.revenueText).toBe('336480.6400');
    });
  }
});
