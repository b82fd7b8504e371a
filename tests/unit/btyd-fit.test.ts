import { describe, expect, it } from 'vitest';
import { fitModels } from '../../src/analysis/btyd/model';
import { scoreCustomers } from '../../src/analysis/btyd/clv';
import { PurchasePredictor } from '../../src/analysis/btyd/bgnbd';
import { simulateBgnbd } from './btyd-simulate';

const finite = (values: ArrayLike<number>) => Array.from(values).every(Number.isFinite);

describe('BG/NBD fit', () => {
  it('recovers the parameters of data drawn from the model', () => {
    const truth = { r: 0.5, alpha: 20, a: 0.8, b: 2.5 }; // α per day
    const data = simulateBgnbd(30_000, truth, 730, 11);
    const { purchases } = fitModels({ ...data }, 'day').models;
    expect(purchases.dropout).toBe('identified');
    expect(purchases.converged).toBe(true);
    const fitted = purchases.bgnbd;
    // sampling error for 30 000 customers is a few per cent; whole-day rounding adds a little bias
    expect(Math.abs(fitted.r / truth.r - 1)).toBeLessThan(0.1);
    expect(Math.abs(fitted.alpha / truth.alpha - 1)).toBeLessThan(0.15);
    expect(Math.abs(fitted.a / truth.a - 1)).toBeLessThan(0.2);
    expect(Math.abs(fitted.b / truth.b - 1)).toBeLessThan(0.25);
  });

  it('falls back to the NBD, with the flag, when nobody is seen to drop out', () => {
    // Every repeat buyer's last purchase is today (t_x = T): the likelihood rises without end as b → ∞,
    // since A2 + ln(1 + a / (b + x − 1)) = −Σ_{k < x−1} ln(1 + a / (b + k)) ≤ 0 (bgnbd-likelihood.ts)
    const x = [0, 0, 1, 2, 3, 5, 8, 1, 4, 12, 2, 0];
    const T = [30, 200, 90, 120, 150, 300, 365, 40, 100, 360, 60, 10];
    const input = {
      x: Int32Array.from(x), txDays: Int32Array.from(x.map((xi, i) => (xi > 0 ? T[i] : 0))), TDays: Int32Array.from(T),
      repeatValue: Float64Array.from(x.map((xi, i) => (xi > 0 ? 10 + i : 0))), holdout: new Int32Array(x.length),
    };
    for (const unit of ['day', 'week'] as const) {
      const fitted = fitModels(input, unit);
      const { purchases } = fitted.models;
      expect(purchases.dropout).toBe('not-identified');
      expect(purchases.model.kind).toBe('nbd');
      expect(Object.values(purchases.bgnbd).every(Number.isFinite)).toBe(true);
      expect(Number.isFinite(purchases.logLikelihood)).toBe(true);
      const scores = scoreCustomers(fitted, input);
      expect(Array.from(scores.pAlive)).toEqual(x.map(() => 1));
      expect(finite(scores.clv) && finite(scores.expectedPurchases) && finite(scores.expectedValue)).toBe(true);
      // the NBD limit in closed form: E[Y(t) | x, T] = (r + x) t / (α + T)
      const { r, alpha } = purchases.model;
      const months12 = (12 * 30.4375) / (unit === 'day' ? 1 : 7);
      const TUnit = T[5] / (unit === 'day' ? 1 : 7);
      expect(scores.expectedPurchases[5]).toBeCloseTo(((r + 5) * months12) / (alpha + TUnit), 10);
    }
  });

  it('copes with a store where nobody has come back yet', () => {
    const T = [3, 10, 25, 40, 41, 90];
    const input = {
      x: new Int32Array(T.length), txDays: new Int32Array(T.length), TDays: Int32Array.from(T),
      repeatValue: new Float64Array(T.length), holdout: new Int32Array(T.length),
    };
    const fitted = fitModels(input, 'week');
    expect(fitted.models.purchases.dropout).toBe('not-identified');
    expect(fitted.models.value).toBeNull();
    expect(fitted.models.repeatCustomers).toBe(0);
    const scores = scoreCustomers(fitted, input);
    expect(finite(scores.clv) && finite(scores.expectedPurchases) && finite(scores.pAlive)).toBe(true);
    expect(Array.from(scores.clv)).toEqual(T.map(() => 0)); // no value to multiply with: observedMeanValue = 0
  });

  it('keeps dropout identified when a and b both run large (one sharp dropout probability a / (a + b))', () => {
    const n = 1000;
    const T = Array.from({ length: n }, (_, i) => (i * 37) % 365);
    const x = T.map((_, i) => (i < 10 ? 5 : 0));
    const input = {
      x: Int32Array.from(x), txDays: Int32Array.from(x.map((xi) => 2 * xi)), TDays: Int32Array.from(T.map((t, i) => (i < 10 ? Math.max(t, 10) : t))),
      repeatValue: Float64Array.from(x.map((xi) => (xi ? 10 : 0))), holdout: new Int32Array(n),
    };
    const fitted = fitModels(input, 'day');
    const { purchases } = fitted.models;
    // 10 buyers with 5 repeat purchases each, every 2 days, then none for months: they left — unlike the NBD
    // says (it would expect dozens of purchases since). The fit lands at a, b ≈ 1e7 (flagged as at a bound).
    expect(purchases.dropout).toBe('identified');
    expect(purchases.atBound).toEqual(['a', 'b']);
    const scores = scoreCustomers(fitted, input, { horizonMonths: 120, margin: 0.3, monthlyDiscountRate: 0.01 });
    expect(finite(scores.clv) && finite(scores.expectedPurchases)).toBe(true);
    for (let i = 0; i < 10; i++) if (input.TDays[i] >= 100) expect(scores.pAlive[i]).toBeLessThan(0.01);
  });

  it('gives finite predictions at the extreme parameters the degenerate fits reach', () => {
    // the BG/NBD optimum of the UCI fixture before the fallback: a → 0, b → ∞
    const predictor = new PurchasePredictor({ kind: 'bgnbd', r: 1.127, alpha: 106.35, a: 1.55e-6, b: 3.2e5 });
    const nbd = new PurchasePredictor({ kind: 'nbd', r: 1.127, alpha: 106.35 });
    for (const [x, tx, T] of [[0, 0, 10], [2, 20, 373], [40, 300, 373], [200, 370, 373]]) {
      for (const t of [1, 30, 365, 3650]) {
        const value = predictor.conditional(x, tx, T, t);
        expect(Number.isFinite(value)).toBe(true);
        expect(value / nbd.conditional(x, tx, T, t)).toBeCloseTo(1, 3); // ≈ its NBD limit
      }
    }
    const opposite = new PurchasePredictor({ kind: 'bgnbd', r: 2, alpha: 50, a: 1e8, b: 1e-8 });
    expect(Number.isFinite(opposite.conditional(3, 10, 400, 365))).toBe(true);
  });
});
