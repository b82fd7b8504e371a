/**
 * P(X(T, T + t) = 0 | x, t_x, T) of the BG/NBD with the published CDNOW parameters (Fader, Hardie & Lee 2005:
 * r = 0.2426, α = 4.4136, a = 0.7930, b = 2.4259, weeks) against values integrated numerically from the model's
 * definition with mpmath (tests/fixtures/btyd/p_no_purchase_vectors.py: no closed form involved), to 1e-6.
 */
import { describe, expect, it } from 'vitest';
import { PurchasePredictor, bgnbdModel, pBuyWithin } from '../../src/analysis/btyd/bgnbd';
import { readVectors } from './btyd-vectors';

const rows = readVectors('p_no_purchase_vectors.csv');

describe('BG/NBD P(no purchase in the next t | history)', () => {
  it('matches the numerically integrated values for every customer and horizon to 1e-6', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      const [r, alpha, a, b, x, tx, T, t, expected] = ['r', 'alpha', 'a', 'b', 'x', 't_x', 'T', 't', 'p_no_purchase'].map((k) => Number(row[k]));
      const model = bgnbdModel({ r, alpha, a, b });
      const p0 = new PurchasePredictor(model).pNoPurchase(x, tx, T, t);
      expect(Math.abs(p0 - expected), `x=${x} t_x=${tx} T=${T} t=${t}: ${p0} vs ${expected}`).toBeLessThanOrEqual(1e-6);
      expect(pBuyWithin(model, x, tx, T, t)).toBeCloseTo(1 - expected, 6);
    }
  });

  it('is 1 for no time, falls with a longer horizon, and a one-time buyer (always alive) has ((α+T)/(α+T+t))^r', () => {
    const p = new PurchasePredictor(bgnbdModel({ r: 0.2426, alpha: 4.4136, a: 0.793, b: 2.4259 }));
    expect(p.pNoPurchase(3, 20, 38, 0)).toBe(1);
    expect(p.pNoPurchase(3, 20, 38, 52)).toBeLessThan(p.pNoPurchase(3, 20, 38, 4));
    expect(p.pNoPurchase(0, 0, 10, 5)).toBeCloseTo(Math.pow((4.4136 + 10) / (4.4136 + 15), 0.2426), 14);
  });
});
