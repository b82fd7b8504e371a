/**
 * The derived-table graph (src/analysis/tables.ts) on native DuckDB: each table is built after its inputs, only
 * when a setting it depends on changed, and declares every derived table its SQL reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Row } from '../../src/analysis/db';
import { DEFAULT_THRESHOLDS } from '../../src/analysis/lifecycle';
import { ensure, TABLE_NAMES, TABLES, type BuiltTables, type TableName } from '../../src/analysis/tables';
import { nodeDb } from './node-db';
import { loadFixture } from './fixture-load';

const ALL: TableName[] = [...TABLE_NAMES];
/** Tables a build statement creates besides the one it is named after. */
const ALSO = { cohort_orders: ['customer_first_products'], product_days: ['product_names'] } as Partial<Record<TableName, string[]>>;
const DERIVED = [...ALL, ...Object.values(ALSO).flat()];
const PARAMS = { asOf: '2011-09-30', thresholds: DEFAULT_THRESHOLDS, trendMonths: 3, level: 'product' as const };

/** The tables created by CREATE … TABLE statements, in order. */
function logged(db: Db): { db: Db; created: string[]; sql: string[] } {
  const created: string[] = [];
  const sql: string[] = [];
  const wrapped: Db = {
    query<T extends Row = Row>(text: string, params?: readonly unknown[]) {
      sql.push(text);
      const m = /CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP\s+)?TABLE\s+(\w+)/i.exec(text);
      if (m) created.push(m[1]);
      return db.query<T>(text, params);
    },
  };
  return { db: wrapped, created, sql };
}

function inputsOf(name: TableName): Set<string> {
  const out = new Set<string>();
  const visit = (n: TableName) => {
    for (const i of TABLES[n].inputs) {
      out.add(i);
      for (const also of ALSO[i] ?? []) out.add(also);
      visit(i);
    }
  };
  visit(name);
  return out;
}

describe('the derived-table graph', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await nodeDb();
    await loadFixture(db);
  });
  afterAll(() => db.close());

  it('declares, for every table, each derived table its SQL reads', async () => {
    for (const name of ALL) {
      const log = logged(db);
      await TABLES[name].build(log.db, PARAMS);
      const reads = DERIVED.filter((t) => t !== name && !(ALSO[name] ?? []).includes(t) && log.sql.some((s) => new RegExp(`\\b${t}\\b`).test(s)));
      expect(reads.filter((t) => !inputsOf(name).has(t)), name).toEqual([]);
    }
  });

  it('builds inputs first, each table once, and nothing again for the same settings', async () => {
    const built: BuiltTables = new Map();
    const first = logged(db);
    await ensure(first.db, ['customer_table', 'product_regulars'], PARAMS, built);
    expect(first.created).toEqual([
      'purchase_days', 'customer_summary', 'rfm_customers', 'customer_table', 'product_days', 'product_names', 'product_regulars',
    ]);
    const again = logged(db);
    await ensure(again.db, ['customer_table', 'product_regulars'], PARAMS, built);
    expect(again.created).toEqual([]);
  });

  it('rebuilds what depends on a changed setting, and only that', async () => {
    const built: BuiltTables = new Map();
    await ensure(db, ALL, PARAMS, built);
    const asOf = logged(db);
    await ensure(asOf.db, ALL, { ...PARAMS, asOf: '2011-10-31' }, built);
    expect(asOf.created.sort()).toEqual(['customer_summary', 'customer_table', 'product_regulars', 'rfm_customers', 'sim_members']);
    const level = logged(db);
    await ensure(level.db, 'product_regulars', { ...PARAMS, asOf: '2011-10-31', level: 'category' }, built);
    expect(level.created).toEqual(['product_days', 'product_names', 'product_regulars']);
    // product_days was rebuilt for another level: going back rebuilds product_regulars on top of it too
    const back = logged(db);
    await ensure(back.db, 'product_regulars', { ...PARAMS, asOf: '2011-10-31' }, built);
    expect(back.created).toEqual(['product_days', 'product_names', 'product_regulars']);
  });

  it('builds a table again after its build failed, and says which setting is missing', async () => {
    const built: BuiltTables = new Map();
    let fail = true;
    const flaky: Db = {
      query: (sql, params) => {
        if (fail && /CREATE OR REPLACE TABLE rfm_customers/i.test(sql)) return Promise.reject(new Error('out of memory'));
        return db.query(sql, params);
      },
    };
    await expect(ensure(flaky, 'rfm_customers', PARAMS, built)).rejects.toThrow('out of memory');
    fail = false;
    const retry = logged(flaky);
    await ensure(retry.db, 'rfm_customers', PARAMS, built);
    expect(retry.created).toEqual(['rfm_customers']);
    await expect(ensure(db, 'customer_table', { asOf: PARAMS.asOf }, new Map())).rejects.toThrow(/customer_table needs the setting thresholds/);
  });
});
