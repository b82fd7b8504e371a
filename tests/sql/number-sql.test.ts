import { describe, expect, it } from 'vitest';
import { sqlString } from '../../src/analysis/db.ts';
import { NUMBER_CASES } from '../cases/number-cases.ts';
import { NUMBER_MACRO } from '../../src/ingest/number-sql.ts';
import { parseNumber } from '../../src/ingest/numbers.ts';
import { nodeDb } from './node-db.ts';

describe('ottok_number (NUMBER_MACRO) matches parseNumber', () => {
  it('on every case of NUMBER_CASES', async () => {
    const db = await nodeDb();
    await db.query(NUMBER_MACRO);
    const values = NUMBER_CASES.map(([input, decimal], i) => `(${i}, ${sqlString(input)}, ${decimal === ','})`);
    const rows = await db.query<{ i: number; v: number | null }>(
      `SELECT i, ottok_number(s, c)::DOUBLE AS v FROM (VALUES ${values.join(', ')}) t(i, s, c) ORDER BY i`,
    );
    db.close();
    const got = rows.map((r) => [NUMBER_CASES[r.i][0], NUMBER_CASES[r.i][1], r.v]);
    expect(got).toEqual(NUMBER_CASES.map(([input, decimal, expected]) => [input, decimal, expected]));
    expect(NUMBER_CASES.map(([input, decimal]) => parseNumber(input, decimal))).toEqual(rows.map((r) => r.v));
  });

  it('returns NULL for NULL', async () => {
    const db = await nodeDb();
    await db.query(NUMBER_MACRO);
    const [row] = await db.query<{ v: unknown }>('SELECT ottok_number(NULL::VARCHAR, true) AS v');
    db.close();
    expect(row.v).toBeNull();
  });
});
