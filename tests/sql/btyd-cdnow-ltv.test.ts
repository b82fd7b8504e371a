/**
 * The LTV view's fit on the CDNOW sample: ALL data up to the as-of date 1998-06-30 (weekly unit, same-day
 * records merged, $0.00 records counted). Nothing is published for this period, so the expected values were
 * computed outside Ottok, with SciPy (a separately written BG/NBD / Gamma-Gamma likelihood maximised by
 * Nelder-Mead then BFGS; E[Y(t)] with scipy.special.hyp2f1; CLV summed as in DESIGN §3) on the same
 * per-customer x, t_x, T, z̄; kept in tests/fixtures/btyd/cdnow_ltv_expected.json, which the e2e spec
 * tests/e2e/ltv.spec.ts checks the view against.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/analysis/db';
import { loadModelData, type ModelData } from '../../src/analysis/model-data';
import { runBtydJob, type LtvResult } from '../../src/analysis/btyd/jobs';
import { customerStatuses, DEFAULT_THRESHOLDS } from '../../src/analysis/lifecycle';
import { crossTab, DEFAULT_ALIVE_BANDS } from '../../src/analysis/model-lifecycle';
import { loadCdnow } from './btyd-cdnow-load';
import { nodeDb } from './node-db';
import { expectRelative } from '../unit/btyd-vectors';

const CDNOW_ALL_DATA = JSON.parse(readFileSync(new URL('../fixtures/btyd/cdnow_ltv_expected.json', import.meta.url), 'utf8'));

describe('CDNOW sample, all data up to 1998-06-30: the LTV view’s fit', () => {
  let db: Db & { close(): void };
  let data: ModelData;
  let result: LtvResult;
  beforeAll(async () => {
    db = await nodeDb();
    await loadCdnow(db);
    data = await loadModelData(db, CDNOW_ALL_DATA.asOf);
    result = runBtydJob({ kind: 'ltv', input: data, unit: 'week', clv: { margin: 0.3, monthlyDiscountRate: 0.01, horizonMonths: 12 } });
  });
  afterAll(() => db.close());

  it('fits the same BG/NBD and Gamma-Gamma as an independent SciPy fit', () => {
    const { purchases, value } = result.models;
    const e = CDNOW_ALL_DATA;
    expect(purchases.dropout).toBe('identified');
    expect(purchases.atBound).toEqual([]);
    expectRelative(purchases.bgnbd.r, e.bgnbd.r, 1e-6, 'r');
    expectRelative(purchases.bgnbd.alpha, e.bgnbd.alpha, 1e-6, 'α');
    expectRelative(purchases.bgnbd.a, e.bgnbd.a, 1e-6, 'a');
    expectRelative(purchases.bgnbd.b, e.bgnbd.b, 1e-6, 'b');
    expect(purchases.logLikelihood).toBeCloseTo(e.bgnbd.ll, 4);
    expect(value!.customers).toBe(e.gg.customers);
    expectRelative(value!.params.p, e.gg.p, 1e-6, 'p');
    expectRelative(value!.params.q, e.gg.q, 1e-6, 'q');
    expectRelative(value!.params.gamma, e.gg.gamma, 1e-6, 'γ');
  });

  it('sums the predicted CLV and expected purchases as the independent computation', () => {
    const { summary } = result;
    expectRelative(summary.total, CDNOW_ALL_DATA.clv.total, 1e-6, 'total');
    expectRelative(summary.mean, CDNOW_ALL_DATA.clv.mean, 1e-6, 'mean');
    expectRelative(summary.median, CDNOW_ALL_DATA.clv.median, 1e-6, 'median');
    expectRelative(summary.expectedPurchasesTotal, CDNOW_ALL_DATA.clv.purchases, 1e-6, 'purchases');
    expectRelative(summary.deciles.reduce((s, d) => s + d.total, 0), summary.total, 1e-12, 'deciles');
  });

  it('cuts P(alive) into the default bands and cross-tabulates them with the interval rule', async () => {
    const rows = await customerStatuses(db, CDNOW_ALL_DATA.asOf, DEFAULT_THRESHOLDS, { limit: 1_000_000 });
    const tab = crossTab(data.ids, result.scores.pAlive, new Map(rows.map((r) => [String(r.customer_id), r.status])), DEFAULT_ALIVE_BANDS);
    expect(tab.missing).toBe(0);
    expect(tab.customers).toBe(2357);
    expect(tab.bands).toEqual(CDNOW_ALL_DATA.bands);
    const singles = data.x.filter((x) => x === 0).length;
    expect(tab.notCompared).toBe(singles);
    expect(tab.counts.one_time.alive + tab.counts.new.alive).toBe(singles); // P(alive) = 1 for one-time buyers
    expect(tab.agree + tab.modelMoreHopeful + tab.modelMoreWorried + tab.notCompared).toBe(2357);
  });
});
