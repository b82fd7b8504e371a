import { describe, expect, it } from 'vitest';
import { nodeDb } from './node-db';

describe('node Db adapter', () => {
  it('runs the engine version the browser bundles and binds positional parameters', async () => {
    const db = await nodeDb();
    const [row] = await db.query<{ v: string; s: number }>('SELECT version() AS v, ($1 + $2)::INTEGER AS s', [2, 3]);
    expect(row.v).toBe('v1.4.4');
    expect(row.s).toBe(5);
    db.close();
  });
});
