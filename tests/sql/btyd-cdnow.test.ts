/**
 * The CDNOW sample against the published BG/NBD and Gamma-Gamma results (Fader, Hardie & Lee 2005 Table 1;
 * Fader & Hardie 2013; the BTYD walkthrough), through the app's real load path: weekly unit, calibration
 * 1997-01-01 … 1997-09-30, holdout to 1998-06-30, same-day records merged, $0.00 records counted.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/analysis/db';
import { loadHoldoutWeekly, loadModelData, type ModelData } from '../../src/analysis/model-data';
import { PurchasePredictor } from '../../src/analysis/btyd/bgnbd';
import { runBtydJob, type LtvResult } from '../../src/analysis/btyd/jobs';
import { fitModels } from '../../src/analysis/btyd/model';
import { validateHoldout } from '../../src/analysis/btyd/holdout';
import { loadCdnow } from './btyd-cdnow-load';
import { nodeDb } from './node-db';
import { expectRelative, readVectors } from '../unit/btyd-vectors';

const SPLIT = '1997-09-30';
const END = '1998-06-30';
// The exact maximum-likelihood estimates, as given (7 digits) with the shared test vectors
const bgVector = readVectors('bgnbd_formula_vectors.csv').find((r) => r.params === 'cdnow_fit')!;
const ggVector = readVectors('gg_formula_vectors.csv').find((r) => r.params === 'cdnow_fit')!;

describe('CDNOW sample: BG/NBD and Gamma-Gamma reproduce the published fits', () => {
  let db: Db & { close(): void };
  let data: ModelData;
  beforeAll(async () => {
    db = await nodeDb();
    await loadCdnow(db);
    data = await loadModelData(db, SPLIT, END);
  });
  afterAll(() => db.close());

  it('summarises x, t_x, T and the average repeat value as the lifetimes summary of the same data', () => {
    const url = new URL('../fixtures/btyd/lifetimes_cdnow_customers_summary_with_transactions.csv', import.meta.url);
    const [, ...lines] = readFileSync(url, 'utf8').trim().split(/\r?\n/);
    expect(data.ids).toHaveLength(2357);
    expect(lines).toHaveLength(2357);
    // the file rounds to 2 decimals (32.535 may be written 32.54): compare within half a unit of the last digit
    const near = (value: number, text: string) => Math.abs(value - +text) <= 0.005 + 1e-9;
    for (const line of lines) {
      const [id, x, tx, T, zbar] = line.split(',');
      const i = data.ids.indexOf(id);
      expect(data.x[i], `customer ${id}`).toBe(+x);
      expect(near(data.txDays[i] / 7, tx) && near(data.TDays[i] / 7, T) && near(data.repeatValue[i], zbar), `customer ${id}`).toBe(true);
    }
  });

  it('fits r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4 (weekly)', () => {
    const { purchases } = fitModels(data, 'week').models;
    expect(purchases.dropout).toBe('identified');
    expect(purchases.converged).toBe(true);
    const p = purchases.bgnbd;
    expectRelative(p.r, +bgVector.r, 1e-3, 'r');
    expectRelative(p.alpha, +bgVector.alpha, 1e-3, 'α');
    expectRelative(p.a, +bgVector.a, 1e-3, 'a');
    expectRelative(p.b, +bgVector.b, 1e-3, 'b');
    expect([p.r, p.alpha, p.a, p.b].map((v) => v.toFixed(3))).toEqual(['0.243', '4.414', '0.793', '2.426']);
    expect(purchases.logLikelihood.toFixed(1)).toBe('-9582.4');
  });

  it('fits Gamma-Gamma p = 6.25, q = 3.74, γ = 15.44 on the 946 repeat customers', () => {
    const { value, repeatCustomers, zeroValueExcluded, valueCheck } = fitModels(data, 'week').models;
    expect([repeatCustomers, zeroValueExcluded, value!.customers]).toEqual([946, 0, 946]);
    expectRelative(value!.params.p, +ggVector.p, 1e-3, 'p');
    expectRelative(value!.params.q, +ggVector.q, 1e-3, 'q');
    expectRelative(value!.params.gamma, +ggVector.gamma, 1e-3, 'γ');
    expect([value!.params.p.toFixed(2), value!.params.q.toFixed(2), value!.params.gamma.toFixed(2)]).toEqual(['6.25', '3.74', '15.44']);
    expect(valueCheck.correlation).toBeCloseTo(0.11, 2); // Fader & Hardie 2013: 0.11
    expect(valueCheck.warn).toBe(false);
  });

  it('predicts customer 1516 and a new customer as the BTYD walkthrough', () => {
    const predictor = new PurchasePredictor(fitModels(data, 'week').models.purchases.model);
    const i = data.ids.indexOf('1516');
    const [x, tx, T] = [data.x[i], data.txDays[i] / 7, data.TDays[i] / 7];
    expect([x, tx.toFixed(2), T.toFixed(2)]).toEqual([26, '30.86', '31.00']);
    expect(predictor.conditional(x, tx, T, 52).toFixed(3)).toBe('25.757');
    expect(predictor.pAlive(x, tx, T).toFixed(4)).toBe('0.9689');
    expect(predictor.expectedNew(52).toFixed(3)).toBe('1.444');
  });

  it('counts 1 882 actual repeat purchases in the 39-week holdout against 1 653 expected', async () => {
    const weekly = await loadHoldoutWeekly(db, SPLIT, END);
    expect(weekly).toHaveLength(39);
    const v = validateHoldout(fitModels(data, 'week'), data, 273, weekly);
    expect(v.actual).toBe(1882);
    expect(v.weekly.at(-1)!.actualCumulative).toBe(1882);
    expect(Math.round(v.predicted)).toBe(1653);
    expect(v.weekly.at(-1)!.predictedCumulative).toBeCloseTo(v.predicted, 8);
    expect(v.bins.map((b) => b.customers)).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]); // FHL 2005 Figure 4's bins
    expect(v.relativeError!).toBeCloseTo((v.predicted - 1882) / 1882, 12);
  });

  it('gives the same model in days: same r, a, b, α × 7, LL − Σx ln 7, same predictions', () => {
    const weeks: LtvResult = runBtydJob({ kind: 'ltv', input: data, unit: 'week' });
    const days: LtvResult = runBtydJob({ kind: 'ltv', input: data, unit: 'day' });
    const [w, d] = [weeks.models.purchases, days.models.purchases];
    expectRelative(d.bgnbd.r, w.bgnbd.r, 1e-6, 'r');
    expectRelative(d.bgnbd.a, w.bgnbd.a, 1e-6, 'a');
    expectRelative(d.bgnbd.b, w.bgnbd.b, 1e-6, 'b');
    expectRelative(d.bgnbd.alpha, 7 * w.bgnbd.alpha, 1e-6, 'α');
    const sumX = data.x.reduce((s, x) => s + x, 0);
    expect(sumX).toBe(2457);
    expect(d.logLikelihood).toBeCloseTo(w.logLikelihood - sumX * Math.log(7), 5);
    expectRelative(days.summary.total, weeks.summary.total, 1e-6, 'total CLV');
    for (let i = 0; i < data.x.length; i++) {
      expect(Math.abs(days.scores.clv[i] - weeks.scores.clv[i])).toBeLessThanOrEqual(1e-6 * weeks.scores.clv[i]);
      expect(Math.abs(days.scores.pAlive[i] - weeks.scores.pAlive[i])).toBeLessThanOrEqual(1e-6);
    }
  });
});
