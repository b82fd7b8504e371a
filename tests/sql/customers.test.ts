import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDb } from './node-db';
import { loadFixture } from './fixture-load';
import { ensure } from '../../src/analysis/tables';
import { DEFAULT_THRESHOLDS } from '../../src/analysis/lifecycle';
import { customerOrders, customerPage } from '../../src/analysis/customers';
import type { Db } from '../../src/analysis/db';

const expected = JSON.parse(readFileSync(new URL('../fixtures/expected/fixture_online_retail_lifecycle.json', import.meta.url), 'utf8'));
const rfmCsv = readFileSync(new URL('../fixtures/expected/fixture_online_retail_rfm.csv', import.meta.url), 'utf8').trim().split('\n');
const AS_OF = expected.as_of as string;
const ALL = { key: 'revenue', descending: true } as const;

describe('customers list on the UCI fixture', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await nodeDb();
    await loadFixture(db);
    await ensure(db, 'customer_table', { asOf: AS_OF, thresholds: DEFAULT_THRESHOLDS, trendMonths: 3 });
  });
  afterAll(() => db.close());

  it('has every customer once, with the reference lifecycle status counts', async () => {
    const rows = await customerPage(db, {}, ALL, null);
    expect(rows.length).toBe(rfmCsv.length - 1);
    expect(new Set(rows.map((r) => r.customer_id)).size).toBe(rows.length);
    for (const [status, count] of Object.entries(expected.status_counts)) {
      const filtered = await customerPage(db, { status: status as never }, ALL, 5);
      expect(filtered[0]?.matches ?? 0, status).toBe(count);
    }
  });

  it('filters by RFM segment with the reference segment counts', async () => {
    for (const [segment, count] of Object.entries(expected.rfm_segments)) {
      const filtered = await customerPage(db, { segment: segment as never }, ALL, 1);
      expect(filtered[0]?.matches ?? 0, segment).toBe(count);
    }
  });

  it('carries the reference RFM scores and recency per customer', async () => {
    const header = rfmCsv[0].split(',');
    const col = (name: string) => header.indexOf(name);
    const rows = new Map((await customerPage(db, {}, ALL, null)).map((r) => [r.customer_id, r]));
    for (const line of rfmCsv.slice(1)) {
      const cells = line.split(',');
      const row = rows.get(cells[col('CustomerID')])!;
      expect([row.r, row.f, row.m, row.days_since]).toEqual(
        ['R_rank', 'F_rank', 'M_rank', 'recency_days'].map((name) => Number(cells[col(name)])),
      );
    }
  });

  it('searches ids, sorts, pages and lists one customer orders', async () => {
    const hits = await customerPage(db, { search: '1236' }, { key: 'customer_id', descending: false }, 10);
    expect(hits.map((h) => h.customer_id)).toEqual(['12360']);
    const top = await customerPage(db, {}, { key: 'revenue', descending: true }, 2, 1);
    const all = await customerPage(db, {}, { key: 'revenue', descending: true }, null);
    expect(top.map((r) => r.customer_id)).toEqual(all.slice(1, 3).map((r) => r.customer_id));
    // 12360 in the reference: 3 orders, 2662.06 in total, first 2011-05-23, last 2011-10-18
    const orders = await customerOrders(db, '12360', AS_OF);
    expect(orders.length).toBe(3);
    expect(orders[0].order_date).toBe('2011-05-23');
    expect(orders.at(-1)!.order_date).toBe('2011-10-18');
    expect(orders.reduce((s, o) => s + o.revenue, 0)).toBeCloseTo(2662.06, 6);
  });
});
