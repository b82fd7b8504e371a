import { describe, expect, it } from 'vitest';
import { runScript, sqlString } from '../../src/analysis/db';
import { ID_CASES } from '../cases/id-cases';
import macrosSql from '../../src/ingest/sql/macros.sql?raw';
import { nodeDb } from './node-db';

describe('ottok_id (macros.sql) follows the same rules as normalizeId', () => {
  it('on every case of ID_CASES', async () => {
    const db = await nodeDb();
    await runScript(db, macrosSql);
    const values = ID_CASES.map(([input], i) => `(${i}, ${sqlString(input)})`).join(', ');
    const rows = await db.query<{ i: number; v: string | null }>(
      `SELECT i, ottok_id(s) AS v FROM (VALUES ${values}) t(i, s) ORDER BY i`,
    );
    db.close();
    expect(rows.map((r) => [ID_CASES[r.i][0], r.v])).toEqual(ID_CASES.map(([input, expected]) => [input, expected]));
  });
});
