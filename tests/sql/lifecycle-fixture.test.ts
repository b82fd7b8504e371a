import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDb } from './node-db';
import { loadFixture } from './fixture-load';
import { buildPurchaseDays, storeInterval } from '../../src/analysis/purchase-days';
import { LIFECYCLE_STATUSES, statusAt, statusMix } from '../../src/analysis/lifecycle';
import { churnOverTime, pooledChurnRate } from '../../src/analysis/churn';
import { comebackRates } from '../../src/analysis/churn-comeback';
import type { Db } from '../../src/analysis/db';

const expected = JSON.parse(
  readFileSync(new URL('../fixtures/expected/fixture_online_retail_lifecycle.json', import.meta.url), 'utf8'),
);
const cents = (x: number) => Math.round(x * 100);
const WINDOW = { start: '2010-12-01', end: expected.as_of as string };

describe('UCI fixture: lifecycle, churn and comeback match the independent reference', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await nodeDb();
    await loadFixture(db);
    await buildPurchaseDays(db);
  });
  afterAll(() => db.close());

  it('reproduces I_store and the status counts and revenue at the as-of date', async () => {
    expect((await storeInterval(db, expected.as_of)).i_store).toBe(expected.i_store);
    const snapshot = await statusAt(db, expected.as_of);
    expect(snapshot.i_store).toBe(expected.i_store);
    expect(snapshot.customers).toEqual(expected.status_counts);
    for (const s of LIFECYCLE_STATUSES) expect(cents(snapshot.revenue[s])).toBe(cents(expected.status_revenue[s]));
  });

  it('reproduces every month of churn over time and the window totals', async () => {
    const report = await churnOverTime(db, WINDOW);
    expect(report.months.map(({ lapses_in_rate: _, ...m }) => ({ ...m, revenue_lost: cents(m.revenue_lost) }))).toEqual(
      expected.churn_monthly.map((m: { revenue_lost: number }) => ({ ...m, revenue_lost: cents(m.revenue_lost) })),
    );
    expect(report.churned_customers).toBe(expected.churned_customers);
    expect(cents(report.revenue_lost)).toBe(cents(expected.churn_revenue_lost));
    expect(report.revenue_lost_share).toBeCloseTo(expected.churn_revenue_lost_share, 12);
  });

  it('pools the churn rate of the 12 months before the as-of month, as the simulator uses it', async () => {
    const pooled = await pooledChurnRate(db, expected.as_of);
    expect(pooled.rate).toBeCloseTo(expected.projection.S1.c, 12);
    expect(pooled.months).toEqual(['2011-03', '2011-04', '2011-05', '2011-06', '2011-07', '2011-08', '2011-09', '2011-10', '2011-11']);
  });

  it('keeps the status mix, the status counts and the churn denominators consistent', async () => {
    const mix = await statusMix(db, WINDOW);
    const { month, month_end, partial, i_store, ...last } = mix.at(-1)!;
    expect([month, month_end, partial, i_store]).toEqual(['2011-12', expected.as_of, true, expected.i_store]);
    expect(last).toEqual(expected.status_counts);
    // the denominator of month m = repeat customers active, due or at risk at the end of month m − 1
    const watched = mix.map((m) => m.active + m.due + m.at_risk);
    expect(expected.churn_monthly.slice(1).map((m: { denominator: number }) => m.denominator)).toEqual(watched.slice(0, -1));
  });

  it('reproduces the natural comeback rates', async () => {
    expect(await comebackRates(db, expected.as_of)).toEqual(expected.comeback);
  });
});
