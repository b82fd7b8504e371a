import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDb } from './node-db';
import { loadFixture } from './fixture-load';
import { averageCurve, buildCohorts, cohortCells, cohortMatrix, firstProducts, type CohortCell } from '../../src/analysis/cohorts';
import type { Db } from '../../src/analysis/db';

const AS_OF = '2011-12-09';
const csv = (name: string) =>
  readFileSync(new URL(`../fixtures/expected/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

/** The reference leaves a cell blank both after the as-of month and where nobody bought; DESIGN §3 wants 0 there. */
function expectMatrix(cells: CohortCell[], file: string, value: (cell: CohortCell) => string, parse: (s: string) => string) {
  const rows = cohortMatrix(cells);
  const expected = csv(file);
  expect(rows.map((r) => r.cohort)).toEqual(expected.map(([cohort]) => cohort));
  const zeros: string[] = [];
  expected.forEach(([, ...values], i) => {
    expect(rows[i].cells.length).toBe(values.length);
    values.forEach((text, k) => {
      const cell = rows[i].cells[k];
      if (text !== '') return expect([rows[i].cohort, k, cell && value(cell)]).toEqual([rows[i].cohort, k, parse(text)]);
      if (cell === null) return expect(monthAfter(rows[i].cohort_start, k) > AS_OF).toBe(true);
      expect(cell.customers).toBe(0);
      zeros.push(`${rows[i].cohort}+${k}`);
    });
  });
  expect(zeros).toEqual(['2011-04+8', '2011-08+2', '2011-10+2']);
}

function monthAfter(start: string, k: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + k);
  return d.toISOString().slice(0, 10);
}

describe('cohorts on the UCI fixture match the independent reference', () => {
  let db: Db & { close(): void };
  let cells: CohortCell[];
  beforeAll(async () => {
    db = await nodeDb();
    await loadFixture(db);
    await buildCohorts(db);
    cells = await cohortCells(db, { asOf: AS_OF, grain: 'month' });
  });
  afterAll(() => db.close());

  it('counts every cell of the matrix', () => {
    expectMatrix(cells, 'fixture_online_retail_cohort_counts_matrix.csv', (c) => String(c.customers), (s) => s);
  });

  it('gives every retention of the matrix', () => {
    const sixDigits = (x: number) => Number(x.toFixed(6)).toString();
    expectMatrix(cells, 'fixture_online_retail_cohort_retention_matrix.csv', (c) => sixDigits(c.retention), (s) => sixDigits(+s));
  });

  it('gives size, customers, retention, orders and revenue of every active cell', () => {
    const active = cells.filter((c) => c.customers > 0);
    expect(
      active.map((c) => [c.cohort, c.period, c.cohort_size, c.customers, +c.retention.toFixed(8), c.orders, +c.revenue.toFixed(2)]),
    ).toEqual(csv('fixture_online_retail_cohort_retention.csv').map((r) => [r[0], ...r.slice(1).map(Number)]));
  });

  it('marks only the as-of month partial and derives the per-customer curves', () => {
    expect(cells.filter((c) => c.partial).every((c) => c.period_start === '2011-12-01')).toBe(true);
    expect(cells.filter((c) => c.period_start === '2011-12-01').every((c) => c.partial)).toBe(true);
    for (const row of cohortMatrix(cells)) {
      let cumulative = 0;
      for (const cell of row.cells.filter((c) => c !== null)) {
        cumulative += cell.revenue;
        expect(cell.revenue_per_customer).toBeCloseTo(cell.revenue / cell.cohort_size, 9);
        expect(cell.cumulative_revenue_per_customer).toBeCloseTo(cumulative / cell.cohort_size, 9);
        expect(cell.revenue_retention).toBeCloseTo(cell.revenue / row.cells[0]!.revenue, 12);
        expect(cell.orders_per_customer).toBeCloseTo(cell.orders / cell.cohort_size, 12);
      }
    }
  });

  it('splits by first product into disjoint cohorts that add up', async () => {
    const products = await firstProducts(db, AS_OF);
    expect(products.reduce((n, p) => n + p.customers, 0)).toBe(220);
    const top = await cohortCells(db, { asOf: AS_OF, grain: 'month', firstProduct: products[0].product });
    expect(top.filter((c) => c.period === 0).reduce((n, c) => n + c.cohort_size, 0)).toBe(products[0].customers);
  });
});

describe('cohorts on a hand-built dataset', () => {
  let db: Db & { close(): void };
  const asOf = '2024-04-10'; // a Wednesday: ISO week from 2024-04-08, April and Q2 are partial
  beforeAll(async () => {
    db = await nodeDb();
    await db.query(`CREATE TABLE orders AS SELECT customer_id, order_id, order_ts, order_ts::DATE AS order_date,
      revenue::DECIMAL(18, 4) AS revenue, 1 AS lines FROM (VALUES
      ('A', 'a1', TIMESTAMP '2024-01-03 10:00', 100), ('A', 'a2', TIMESTAMP '2024-01-10 10:00', 50),
      ('A', 'a3', TIMESTAMP '2024-02-20 10:00', 30), ('A', 'a4', TIMESTAMP '2024-04-02 10:00', 20),
      ('A', 'a5', TIMESTAMP '2024-05-01 10:00', 999),
      ('B', 'b1', TIMESTAMP '2024-01-08 10:00', 200), ('B', 'b2', TIMESTAMP '2024-03-15 10:00', 40),
      ('B', 'b3', TIMESTAMP '2024-01-08 11:00', 5),
      ('C', 'c1', TIMESTAMP '2024-02-05 10:00', 80), ('C', 'c2', TIMESTAMP '2024-02-06 10:00', 10),
      ('C', 'c3', TIMESTAMP '2024-03-01 10:00', 60),
      ('D', 'd1', TIMESTAMP '2024-04-01 10:00', 70),
      ('E', 'e1', TIMESTAMP '2024-04-20 10:00', 500)
    ) t(customer_id, order_id, order_ts, revenue)`);
    // First products: A tea (60 > 40), B cup (100 = 100, first as text), C tea (25 + 25 > 40), D cup.
    await db.query(`CREATE TABLE purchases AS SELECT customer_id, order_id, product, amount::DECIMAL(18, 4) AS amount
      FROM (VALUES ('A', 'a1', 'tea', 60), ('A', 'a1', 'cup', 40), ('B', 'b1', 'tea', 100), ('B', 'b1', 'cup', 100),
        ('C', 'c1', 'tea', 25), ('C', 'c1', 'pot', 40), ('C', 'c1', 'tea', 25), ('C', 'c2', 'pot', 10),
        ('D', 'd1', 'cup', 70), ('E', 'e1', 'pot', 500)) t(customer_id, order_id, product, amount)`);
    await buildCohorts(db);
  });
  afterAll(() => db.close());

  const shape = (c: CohortCell) => [c.cohort, c.period, c.cohort_size, c.customers, c.orders, c.revenue, c.partial];

  it('months: one customer per period however many orders, zeros inside the data, nothing after the as-of month, the as-of month partial', async () => {
    const cells = await cohortCells(db, { asOf, grain: 'month' });
    expect(cells.map(shape)).toEqual([
      ['2024-01', 0, 2, 2, 4, 355, false],
      ['2024-01', 1, 2, 1, 1, 30, false],
      ['2024-01', 2, 2, 1, 1, 40, false],
      ['2024-01', 3, 2, 1, 1, 20, true],
      ['2024-02', 0, 1, 1, 2, 90, false],
      ['2024-02', 1, 1, 1, 1, 60, false],
      ['2024-02', 2, 1, 0, 0, 0, true],
      ['2024-04', 0, 1, 1, 1, 70, true],
    ]);
    expect(cells.slice(0, 4).map((c) => c.cumulative_revenue_per_customer)).toEqual([177.5, 192.5, 212.5, 222.5]);
    expect(cells.slice(0, 4).map((c) => c.revenue_retention)).toEqual([1, 30 / 355, 40 / 355, 20 / 355]);
  });

  it('quarters', async () => {
    expect((await cohortCells(db, { asOf, grain: 'quarter' })).map(shape)).toEqual([
      ['2024-Q1', 0, 3, 3, 9, 575, false],
      ['2024-Q1', 1, 3, 1, 1, 20, true],
      ['2024-Q2', 0, 1, 1, 1, 70, true],
    ]);
  });

  it('ISO weeks from Monday', async () => {
    const cells = await cohortCells(db, { asOf, grain: 'week' });
    const active = cells.filter((c) => c.customers > 0).map((c) => [c.cohort, c.period, c.customers, c.orders]);
    expect(active).toEqual([
      ['2024-W01', 0, 1, 1], ['2024-W01', 1, 1, 1], ['2024-W01', 7, 1, 1], ['2024-W01', 13, 1, 1],
      ['2024-W02', 0, 1, 2], ['2024-W02', 9, 1, 1],
      ['2024-W06', 0, 1, 2], ['2024-W06', 3, 1, 1],
      ['2024-W14', 0, 1, 1],
    ]);
    const rows = cohortMatrix(cells);
    expect(rows.map((r) => [r.cohort, r.cohort_start, r.cells.filter((c) => c !== null).length])).toEqual([
      ['2024-W01', '2024-01-01', 15], ['2024-W02', '2024-01-08', 14], ['2024-W06', '2024-02-05', 10], ['2024-W14', '2024-04-01', 2],
    ]);
    expect(cells.filter((c) => c.partial).map((c) => c.period_start)).toEqual(Array(4).fill('2024-04-08'));
  });

  it('averages retention weighted by cohort size over the cohorts that reached k', async () => {
    const cells = await cohortCells(db, { asOf, grain: 'month' });
    expect(averageCurve(cells)).toEqual([
      { period: 0, cohorts: 2, cohort_customers: 3, retention: 1, revenue_per_customer: 445 / 3, cumulative_revenue_per_customer: 445 / 3 },
      { period: 1, cohorts: 2, cohort_customers: 3, retention: 2 / 3, revenue_per_customer: 30, cumulative_revenue_per_customer: 535 / 3 },
      { period: 2, cohorts: 1, cohort_customers: 2, retention: 0.5, revenue_per_customer: 20, cumulative_revenue_per_customer: 212.5 },
    ]);
    expect(averageCurve(cells, true).map((p) => [p.period, p.cohorts, p.retention])).toEqual([
      [0, 3, 1], [1, 2, 2 / 3], [2, 2, 1 / 3], [3, 1, 0.5],
    ]);
  });

  it('splits by first product: highest-revenue product of the first order, ties by name', async () => {
    expect(await firstProducts(db, asOf)).toEqual([{ product: 'cup', customers: 2 }, { product: 'tea', customers: 2 }]);
    const tea = await cohortCells(db, { asOf, grain: 'month', firstProduct: 'tea' });
    expect(tea.filter((c) => c.period === 0).map((c) => [c.cohort, c.cohort_size])).toEqual([['2024-01', 1], ['2024-02', 1]]);
    expect(await cohortCells(db, { asOf, grain: 'month', firstProduct: 'none' })).toEqual([]);
  });
});
