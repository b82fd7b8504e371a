import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDb } from './node-db';
import { loadFixture } from './fixture-load';
import { buildRfm, RFM_SEGMENTS, rfmCustomers, rfmSegments, type RfmCustomer } from '../../src/analysis/rfm';
import type { Db } from '../../src/analysis/db';

const [header, ...lines] = readFileSync(new URL('../fixtures/expected/fixture_online_retail_rfm.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(','));
const expectedRfm = lines.map((values) => Object.fromEntries(header.map((name, i) => [name, values[i]])));
const lifecycle = JSON.parse(
  readFileSync(new URL('../fixtures/expected/fixture_online_retail_lifecycle.json', import.meta.url), 'utf8'),
);

describe('RFM on the UCI fixture matches the independent reference', () => {
  let db: Db & { close(): void };
  let customers: RfmCustomer[];
  beforeAll(async () => {
    db = await nodeDb();
    await loadFixture(db);
    await buildRfm(db, '2011-12-09');
    customers = await rfmCustomers(db, { limit: 10_000 });
  });
  afterAll(() => db.close());

  it('gives every customer the reference metrics and rank-variant scores', () => {
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const ours = customers.map((c) => ({
      id: c.customer_id, recency: c.recency_days, frequency: c.frequency, monetary: +c.monetary.toFixed(2), rfm: [c.r, c.f, c.m],
    }));
    const reference = expectedRfm.map((e) => ({
      id: e.CustomerID, recency: +e.recency_days, frequency: +e.frequency, monetary: +e.monetary, rfm: [+e.R_rank, +e.F_rank, +e.M_rank],
    }));
    expect(ours.sort(byId)).toEqual(reference.sort(byId));
  });

  it('counts the reference segments', async () => {
    const segments = await rfmSegments(db);
    expect(segments.map((s) => s.segment)).toEqual([...RFM_SEGMENTS]);
    expect(Object.fromEntries(segments.map((s) => [s.segment, s.customers]))).toEqual(lifecycle.rfm_segments);
    expect(segments.reduce((sum, s) => sum + s.revenue, 0)).toBeCloseTo(336480.64, 6);
    expect(segments.reduce((sum, s) => sum + s.customer_share, 0)).toBeCloseTo(1, 12);
    expect(segments.reduce((sum, s) => sum + s.revenue_share!, 0)).toBeCloseTo(1, 12);
  });

  it('pages one segment, biggest spenders first', async () => {
    const lost = await rfmCustomers(db, { segment: 'Lost', limit: 10, offset: 5 });
    const all = customers.filter((c) => c.segment === 'Lost');
    expect(lost.map((c) => c.customer_id)).toEqual(all.slice(5, 15).map((c) => c.customer_id));
  });
});

describe('RFM scores on a hand-built dataset with ties across quintile boundaries', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await nodeDb();
    // (customer, days before 2024-06-30 of the last order, orders, revenue); n = 7 so quintiles cut between ties.
    await db.query(`CREATE TABLE orders AS
      WITH spec(customer_id, recency, frequency, monetary) AS (VALUES
        ('c1', 100, 1, 10), ('c2', 100, 5, 50), ('c3', 50, 1, 20), ('c4', 10, 2, 20),
        ('c5', 10, 3, 30), ('c6', 10, 2, 20), ('c7', 0, 1, 40))
      SELECT customer_id, order_id, order_date::TIMESTAMP AS order_ts, order_date, revenue, 1 AS lines
      FROM (SELECT customer_id, customer_id || '-' || i AS order_id, DATE '2024-06-30' - (recency + 7 * i)::INTEGER AS order_date,
        (monetary / frequency)::DECIMAL(18, 4) AS revenue FROM spec, range(frequency) r(i))
      UNION ALL SELECT 'c1', 'late', TIMESTAMP '2024-07-01 09:00', DATE '2024-07-01', 1000, 1
      UNION ALL SELECT 'c8', 'after', TIMESTAMP '2024-07-02 09:00', DATE '2024-07-02', 1000, 1`);
    await buildRfm(db, '2024-06-30');
  });
  afterAll(() => db.close());

  it('gives equal values equal scores: 1 + floor(5·(rank − 1)/n)', async () => {
    const rows = (await rfmCustomers(db, { limit: 100 })).sort((a, b) => a.customer_id.localeCompare(b.customer_id));
    expect(rows.map((c) => [c.customer_id, c.recency_days, c.frequency, c.monetary, c.r, c.f, c.m, c.segment])).toEqual([
      ['c1', 100, 1, 10, 1, 1, 1, 'Lost'],
      ['c2', 100, 5, 50, 1, 5, 5, "Can't Lose Them"],
      ['c3', 50, 1, 20, 2, 1, 1, 'About To Sleep'],
      ['c4', 10, 2, 20, 3, 3, 1, 'Potential Loyalist'],
      ['c5', 10, 3, 30, 3, 4, 3, 'Loyal Customers'],
      ['c6', 10, 2, 20, 3, 3, 1, 'Potential Loyalist'],
      ['c7', 0, 1, 40, 5, 1, 4, 'Other'],
    ]);
  });

  it('reports every segment, empty ones as zero', async () => {
    const segments = await rfmSegments(db);
    expect(segments.filter((s) => s.customers > 0).map((s) => [s.segment, s.customers, s.revenue])).toEqual([
      ['Loyal Customers', 1, 30], ['Potential Loyalist', 2, 40], ['About To Sleep', 1, 20],
      ["Can't Lose Them", 1, 50], ['Lost', 1, 10], ['Other', 1, 40],
    ]);
    expect(segments.find((s) => s.segment === 'Champions')).toEqual({
      segment: 'Champions', customers: 0, revenue: 0, customer_share: 0, revenue_share: 0,
    });
  });

  it('reaches every named segment with some score combination', async () => {
    const scores = [1, 2, 3, 4, 5];
    const combos = scores.flatMap((r) => scores.flatMap((f) => scores.map((m) => `(${r}, ${f}, ${m})`)));
    const segmentCase = /CASE[\s\S]*?END AS segment/.exec(
      readFileSync(new URL('../../src/analysis/sql/rfm-build.sql', import.meta.url), 'utf8'),
    )![0];
    const reached = await db.query<{ segment: string }>(
      `SELECT DISTINCT ${segmentCase} FROM (VALUES ${combos.join(', ')}) t(r, f, m) ORDER BY segment`,
    );
    expect(reached.map((row) => row.segment).sort()).toEqual([...RFM_SEGMENTS].sort());
  });
});
