import { describe, expect, it } from 'vitest';
import { monthlyRateFromAnnual, scoreCustomers } from '../../src/analysis/btyd/clv';
import { summarizeClv } from '../../src/analysis/btyd/clv-summary';
import { compressRft, inUnit } from '../../src/analysis/btyd/compress';
import type { Fitted, ModelInput } from '../../src/analysis/btyd/model';
import type { PurchaseModel } from '../../src/analysis/btyd/bgnbd';
import type { BgnbdFit } from '../../src/analysis/btyd/bgnbd-fit';

/** Hand-built "fitted" models (no fitting): the purchase model and Gamma-Gamma parameters given. */
function fittedWith(model: PurchaseModel, input: ModelInput, unit: 'day' | 'week'): Fitted {
  const c = compressRft(input.x, input.txDays, input.TDays);
  return {
    models: {
      unit, purchases: { model } as BgnbdFit,
      value: { params: { p: 6.249572, q: 3.744225, gamma: 15.443521 }, logLikelihood: 0, customers: 1, infiniteMean: false, atBound: [], converged: true },
      valueCheck: { correlation: null, warn: false, threshold: 0.3 }, repeatCustomers: 1, zeroValueExcluded: 0, observedMeanValue: 30,
    },
    compressed: { rows: inUnit(c.rows, unit === 'day' ? 1 : 7), rowOf: c.rowOf },
  };
}

const input: ModelInput = {
  x: Int32Array.of(0, 1, 2), txDays: Int32Array.of(0, 84, 154), TDays: Int32Array.of(70, 273, 273),
  repeatValue: Float64Array.of(0, 11.77, 22.35), holdout: new Int32Array(3),
};

describe('predictive CLV', () => {
  it('discounts the NBD closed form month by month', () => {
    // NBD: E[Y(t) | x, T] = (r + x) t / (α + T), so every month adds (r + x) · 30.4375 / (α + T) purchases (days)
    const model: PurchaseModel = { kind: 'nbd', r: 0.5, alpha: 20 };
    const options = { horizonMonths: 12, margin: 0.3, monthlyDiscountRate: 0.01 };
    const scores = scoreCustomers(fittedWith(model, input, 'day'), input, options);
    const annuity = (1 - Math.pow(1.01, -12)) / 0.01; // Σ_{m=1}^{12} 1.01^−m
    // expected values from the shared Gamma-Gamma vectors (cdnow_fit): x = 0 → 35.1703655579, (1, 11.77) → 18.9100175224, (2, 22.35) → 24.6580178452
    const values = [35.1703655579, 18.9100175224, 24.6580178452];
    for (let i = 0; i < 3; i++) {
      const perMonth = ((0.5 + input.x[i]) * 30.4375) / (20 + input.TDays[i]);
      expect(scores.expectedValue[i]).toBeCloseTo(values[i], 8);
      expect(scores.expectedPurchases[i]).toBeCloseTo(12 * perMonth, 12);
      expect(scores.clv[i]).toBeCloseTo(0.3 * values[i] * perMonth * annuity, 8);
      expect(scores.pAlive[i]).toBe(1);
    }
  });

  it('does not depend on the time unit of the model', () => {
    const weekly: PurchaseModel = { kind: 'bgnbd', r: 0.2425945, alpha: 4.4136019, a: 0.7929219, b: 2.4259062 };
    const daily: PurchaseModel = { ...weekly, alpha: 7 * weekly.alpha };
    const w = scoreCustomers(fittedWith(weekly, input, 'week'), input);
    const d = scoreCustomers(fittedWith(daily, input, 'day'), input);
    for (let i = 0; i < 3; i++) {
      expect(d.clv[i] / w.clv[i]).toBeCloseTo(1, 12);
      expect(d.pAlive[i]).toBeCloseTo(w.pAlive[i], 12);
    }
  });

  it('converts an annual discount rate to the monthly one', () => {
    expect(Math.pow(1 + monthlyRateFromAnnual(0.1), 12)).toBeCloseTo(1.1, 14);
  });
});

describe('CLV summary', () => {
  const clv = Float64Array.from({ length: 100 }, (_, i) => i + 1); // 1 … 100, total 5050
  const scores = { clv, pAlive: clv.map(() => 0.5), expectedPurchases: clv.map(() => 2), expectedValue: clv.map((v) => v * 10) };

  it('gives totals, median, deciles and the top customers by index', () => {
    const s = summarizeClv(scores, { top: 3, bins: 10 });
    expect(s).toMatchObject({ customers: 100, total: 5050, mean: 50.5, median: 50.5, expectedPurchasesTotal: 200 });
    expect(s.top.map((t) => [t.index, t.clv])).toEqual([[99, 100], [98, 99], [97, 98]]);
    expect(s.deciles[0]).toEqual({ decile: 1, customers: 10, total: 955, share: 955 / 5050 }); // 91 … 100
    expect(s.deciles[9]).toMatchObject({ decile: 10, customers: 10, total: 55 });
    expect(s.histogram).toHaveLength(10);
    expect(s.histogram.reduce((n, b) => n + b.customers, 0)).toBe(100);
  });

  it('copes with no customers and with all-zero values', () => {
    const empty = new Float64Array(0);
    expect(summarizeClv({ clv: empty, pAlive: empty, expectedPurchases: empty, expectedValue: empty })).toMatchObject({ customers: 0, total: 0, median: 0, top: [] });
    const zeros = new Float64Array(5);
    const s = summarizeClv({ clv: zeros, pAlive: zeros, expectedPurchases: zeros, expectedValue: zeros });
    expect(s.deciles.every((d) => d.share === 0)).toBe(true);
    expect(s.histogram).toEqual([{ from: 0, to: 0, customers: 5 }]);
  });
});
