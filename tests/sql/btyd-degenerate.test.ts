/**
 * The UCI Online Retail fixture: a wholesaler whose customers are not seen to drop out — the BG/NBD's b runs
 * off to infinity (a → 0). The fit must say so, fall back to the NBD, and keep every number finite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/analysis/db';
import { buildPurchaseDays } from '../../src/analysis/purchase-days';
import { daysBetween } from '../../src/analysis/calendar';
import { defaultSplitDate, loadHoldoutWeekly, loadModelData, type ModelData } from '../../src/analysis/model-data';
import { runBtydJob } from '../../src/analysis/btyd/jobs';
import { loadFixture } from './fixture-load';
import { nodeDb } from './node-db';

const allFinite = (values: Iterable<number>) => [...values].every(Number.isFinite);
const deepFinite = (value: unknown): boolean =>
  typeof value === 'number' ? Number.isFinite(value)
    : value && typeof value === 'object' ? Object.values(value).every(deepFinite) : true;

describe('UCI fixture: dropout not identified', () => {
  let db: Db & { close(): void };
  let data: ModelData;
  beforeAll(async () => {
    db = await nodeDb();
    await loadFixture(db);
    await buildPurchaseDays(db);
    data = await loadModelData(db, '2011-12-09');
  });
  afterAll(() => db.close());

  it.each(['day', 'week'] as const)('falls back to the NBD with the flag, all numbers finite (%s)', (unit) => {
    const result = runBtydJob({ kind: 'ltv', input: data, unit });
    const { purchases } = result.models;
    expect(data.ids).toHaveLength(220);
    expect(purchases.dropout).toBe('not-identified');
    expect(purchases.model.kind).toBe('nbd');
    expect(purchases.bgnbd.a / (purchases.bgnbd.a + purchases.bgnbd.b)).toBeLessThan(1e-6); // dropout ≈ 0
    expect(purchases.logLikelihood).toBeGreaterThanOrEqual(purchases.bgnbdLogLikelihood - 1e-6);
    expect(deepFinite(result.models) && deepFinite(result.summary)).toBe(true);
    const { pAlive, clv, expectedPurchases, expectedValue } = result.scores;
    expect(allFinite(clv) && allFinite(expectedPurchases) && allFinite(expectedValue)).toBe(true);
    expect(Array.from(pAlive).every((p) => p === 1)).toBe(true);
    expect(result.summary.total).toBeGreaterThan(0);
  });

  it('validates on a holdout with finite numbers', async () => {
    const split = defaultSplitDate('2010-12-01', '2011-12-09');
    const calibration = await loadModelData(db, split, '2011-12-09');
    const weekly = await loadHoldoutWeekly(db, split, '2011-12-09');
    const result = runBtydJob({ kind: 'holdout', input: calibration, holdoutDays: daysBetween(split, '2011-12-09'), weeklyActual: weekly });
    expect(deepFinite(result.validation)).toBe(true);
    expect(result.validation.actual).toBe(weekly.reduce((s, n) => s + n, 0));
  });
});
