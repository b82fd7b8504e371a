/**
 * The command line on the UCI fixture gives the independent reference's numbers (the same expected files as
 * the SQL tests), in what it prints and in the snapshot it writes (read back through the app's replaying
 * engine); a per-customer-day table made from the fixture by docs/warehouse's extract gives the same.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDb } from './node-db';
import { FIXTURE } from './fixture-load';
import { analyseWithCli, runCli } from './cli-run';
import { replayEngine } from '../../src/share/replay';
import { cohortCells, cohortMatrix } from '../../src/analysis/cohorts';
import { statusAt } from '../../src/analysis/lifecycle';
import { churnOverTime } from '../../src/analysis/churn';
import { kpisFrom, windowTotals } from '../../src/analysis/kpis';
import { sqlString } from '../../src/analysis/db';
import type { Summary } from '../../src/cli/report';
import type { Snapshot } from '../../src/share/snapshot-codec';

const expected = (name: string) => readFileSync(new URL(`../fixtures/expected/${name}`, import.meta.url), 'utf8');
const reference = JSON.parse(expected('fixture_online_retail_reference.json'));
const lifecycle = JSON.parse(expected('fixture_online_retail_lifecycle.json'));
const counts = expected('fixture_online_retail_cohort_counts_matrix.csv').trim().split('\n').slice(1).map((l) => l.split(','));
const extractSql = readFileSync(new URL('../../docs/warehouse/extract-duckdb.sql', import.meta.url), 'utf8');
const productsSql = readFileSync(new URL('../../docs/warehouse/extract-duckdb-products.sql', import.meta.url), 'utf8');
const WINDOW = { start: '2010-12-01', end: '2011-12-09' };
const cents = (v: number) => Math.round(v * 100);

/** The fixture as the extract's input table, in plain SQL (no Ottok code). */
const PURCHASE_LINES = `CREATE VIEW purchase_lines AS
SELECT NULLIF(CustomerID, '') AS customer_id, InvoiceNo AS order_id, CAST(InvoiceDate AS TIMESTAMP) AS order_ts,
  CAST(Quantity AS INTEGER) * CAST(UnitPrice AS DECIMAL(18, 4)) AS amount, CAST(Quantity AS INTEGER) AS quantity,
  NULL::VARCHAR AS status, StockCode AS product
FROM read_csv(${sqlString(FIXTURE)}, header = true, all_varchar = true)`;

function expectReferenceKpis(s: Summary) {
  expect(s.kpis.customers).toBe(reference.kpis.customers);
  expect(s.kpis.orders).toBe(reference.kpis.orders);
  expect(s.revenueText).toBe('336480.6400');
  expect(s.kpis.aov).toBeCloseTo(reference.kpis.aov_revenue_per_order, 6);
  expect(s.kpis.frequency).toBeCloseTo(reference.kpis.purchase_frequency_orders_per_customer, 8);
  expect(s.kpis.repeat_rate).toBeCloseTo(reference.kpis.repeat_purchase_rate, 7);
  expect(s.kpis.customer_value).toBeCloseTo(reference.simple_ltv.customer_value_aov_x_frequency, 5);
  expect(s.range.first_date).toBe(reference.kpis.first_order.slice(0, 10));
  expect(s.range.last_date).toBe(reference.kpis.last_order.slice(0, 10));
  expect(s.lifecycle).toEqual(lifecycle.status_counts);
  expect(s.churn.churned_customers).toBe(lifecycle.churned_customers);
  expect(cents(s.churn.revenue_lost)).toBe(cents(lifecycle.churn_revenue_lost));
}

/** The snapshot, replayed the way the web app opens it, holds the same cohort cells, statuses and churn. */
async function expectReferenceSnapshot(snapshot: Snapshot) {
  const replay = replayEngine(snapshot.queries);
  const totals = await windowTotals(replay, WINDOW);
  expect(kpisFrom(totals, WINDOW, 0.3).customers).toBe(reference.kpis.customers);
  expect(totals.revenue_text).toBe('336480.6400');
  const rows = cohortMatrix(await cohortCells(replay, { asOf: WINDOW.end, grain: 'month', firstProduct: null }));
  expect(rows.map((r) => r.cohort)).toEqual(counts.map(([cohort]) => cohort));
  counts.forEach(([, ...values], i) =>
    values.forEach((text, k) => text !== '' && expect([rows[i].cohort, k, rows[i].cells[k]?.customers]).toEqual([rows[i].cohort, k, +text])),
  );
  expect((await statusAt(replay, WINDOW.end)).customers).toEqual(lifecycle.status_counts);
  const churn = await churnOverTime(replay, WINDOW);
  expect(churn.months.map((m) => [m.month, m.lapses, m.denominator])).toEqual(
    lifecycle.churn_monthly.map((m: { month: string; lapses: number; denominator: number }) => [m.month, m.lapses, m.denominator]),
  );
}

describe('ottok analyse on the UCI fixture', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ottok-cli-'));
  let lines: ReturnType<typeof analyseWithCli>;
  let days: ReturnType<typeof analyseWithCli>;
  let byProduct: ReturnType<typeof analyseWithCli>;
  beforeAll(async () => {
    lines = analyseWithCli([FIXTURE], path.join(dir, 'fixture.ottok.json'), ['--tables', path.join(dir, 'tables')]);
    const db = await nodeDb();
    await db.query(PURCHASE_LINES);
    await db.query(`COPY (${extractSql.replace(/;\s*$/, '')}) TO ${sqlString(path.join(dir, 'days.csv'))} (HEADER)`);
    await db.query(`COPY (${productsSql.replace(/;\s*$/, '')}) TO ${sqlString(path.join(dir, 'days-products.csv'))} (HEADER)`);
    db.close();
    days = analyseWithCli([path.join(dir, 'days.csv')], path.join(dir, 'days.ottok.json'));
    byProduct = analyseWithCli([path.join(dir, 'days-products.csv')], path.join(dir, 'days-products.ottok.json'));
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the reference quality counts', () => {
    const q = lines.summary.quality;
    const { cleaning, raw } = reference;
    expect(q.rowsRead).toBe(raw.rows);
    expect(q.malformed + q.badDate + q.badAmount).toBe(0);
    expect(q.guest.rows).toBe(cleaning.R0_rows - cleaning.after_R1_customer_present);
    expect(q.returns.rows).toBe(cleaning.after_R1_customer_present - cleaning.after_R2_no_cancellations);
    expect(q.zero).toBe(cleaning.R3_removed_price_le_0 + cleaning.R3_removed_quantity_le_0);
    expect(q.kept).toBe(cleaning.after_R3_positive_qty_price);
    expect(q.duplicates).toBe(cleaning.exact_duplicates_remaining);
    expect(q.purchases.rows).toBe(reference.kpis.line_rows);
  });

  it('prints the reference KPIs, lifecycle counts and churn', () => expectReferenceKpis(lines.summary));

  it('writes a snapshot with the reference cohort cells, statuses and churn, without ids', async () => {
    await expectReferenceSnapshot(lines.snapshot);
    const text = readFileSync(path.join(dir, 'fixture.ottok.json'), 'utf8');
    for (const id of ['15100', '17420', '536374']) expect(text).not.toContain(id);
    expect(lines.snapshot.dataset.rows).toBe(reference.raw.rows);
  });

  it('prints the report as text too, with progress on stderr', () => {
    const run = runCli(['analyse', FIXTURE, '--out', path.join(dir, 'text.ottok.json'), '--threads', '2']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Customers\s+220\n/);
    expect(run.stdout).toMatch(/Orders\s+803\n/);
    expect(run.stdout).toContain('336,480.64');
    expect(run.stderr).toMatch(/parsing/);
  });

  it('writes the per-customer table with statuses, RFM and CLV as Parquet', async () => {
    const db = await nodeDb();
    const file = sqlString(path.join(dir, 'tables', 'customers.parquet'));
    const rows = await db.query<{ status: string; n: number; clv: number }>(
      `SELECT status, count(*)::INTEGER AS n, count(clv_12m)::INTEGER AS clv FROM read_parquet(${file}) GROUP BY status`,
    );
    db.close();
    expect(Object.fromEntries(rows.map((r) => [r.status, r.n]))).toEqual(lifecycle.status_counts);
    expect(rows.reduce((s, r) => s + r.clv, 0)).toBe(reference.kpis.customers);
  });

  it('reads the per-customer-day extract of the fixture as such, with the same KPIs', async () => {
    expect(days.summary.kind).toBe('customer_days');
    expectReferenceKpis(days.summary);
    await expectReferenceSnapshot(days.snapshot);
    expect(days.summary.quality.duplicates).toBeNull(); // needs lines: said, not computed
    expect(days.summary.needsLines?.simulator).toMatch(/single order/);
  });

  it('reads the product-split variant with the same KPIs', async () => {
    expect(byProduct.summary.kind).toBe('customer_days');
    expect(byProduct.summary.mapping.product).toBe('product');
    expectReferenceKpis(byProduct.summary);
  });

  it('docs/warehouse.md shows the tested extracts word for word', () => {
    const doc = readFileSync(new URL('../../docs/warehouse.md', import.meta.url), 'utf8');
    const clickhouse = readFileSync(new URL('../../docs/warehouse/extract-clickhouse.sql', import.meta.url), 'utf8');
    for (const sql of [extractSql, productsSql, clickhouse]) expect(doc).toContain(sql.trim());
  });

  it('refuses bad input with the app’s message and a non-zero exit', () => {
    const missing = runCli(['analyse', path.join(dir, 'nope-*.csv')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('No file matches');
    const empty = path.join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const run = runCli(['analyse', empty]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('has no data rows');
    const noDate = path.join(dir, 'nodate.csv');
    writeFileSync(noDate, 'client,total\nA,10\nB,20\n');
    const unmapped = runCli(['analyse', noDate]);
    expect(unmapped.status).toBe(1);
    expect(unmapped.stderr).toMatch(/no column found for date.*--map/);
    expect(runCli(['analyse', FIXTURE, '--as-of', '9.12.2011']).status).toBe(2);
  });
});
