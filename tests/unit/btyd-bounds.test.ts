import { describe, expect, it } from 'vitest';
import { PurchasePredictor } from '../../src/analysis/btyd/bgnbd';
import { bgnbdLogLikelihood } from '../../src/analysis/btyd/bgnbd-likelihood';

const CUSTOMERS = [[0, 0, 0], [0, 0, 300], [1, 10, 300], [5, 290, 300], [200, 700, 730]] as const;
const HORIZONS = [1, 30, 365, 3650]; // days, up to ten years

function check(r: number, alpha: number, a: number, b: number, strict: boolean): number {
  const predictor = new PurchasePredictor({ kind: 'bgnbd', r, alpha, a, b });
  let refused = 0;
  for (const [x, tx, T] of CUSTOMERS) {
    const label = `r=${r} α=${alpha} a=${a} b=${b} x=${x} t_x=${tx} T=${T}`;
    const p = predictor.pAlive(x, tx, T);
    expect(p >= 0 && p <= 1, label).toBe(true);
    expect(Number.isFinite(bgnbdLogLikelihood({ r, alpha, a, b }, x, tx, T)), label).toBe(true);
    for (const t of HORIZONS) {
      try {
        const e = predictor.conditional(x, tx, T, t);
        expect(Number.isFinite(e) && e >= 0, `${label} t=${t}: ${e}`).toBe(true);
      } catch (error) {
        // outside what double precision can evaluate: an explicit error, never NaN or ∞
        expect(error, `${label} t=${t}`).toBeInstanceOf(RangeError);
        expect(strict, `${label} t=${t}: ${error}`).toBe(false);
        refused++;
      }
    }
  }
  return refused;
}

describe('finite everywhere a fit can plausibly land', () => {
  // purchase-rate scale α from 0.1 day to 27 years, any heterogeneity, dropout from almost never to almost surely
  const REALISTIC = { r: [0.01, 0.3, 5, 50], alpha: [0.1, 5, 100, 1e4], a: [0.01, 0.5, 1, 3, 9.9, 10.1, 1e3], b: [0.01, 0.5, 3, 100, 1e4] };
  it.each(REALISTIC.a)('a = %d', (a) => {
    for (const r of REALISTIC.r) for (const alpha of REALISTIC.alpha) for (const b of REALISTIC.b) check(r, alpha, a, b, true);
  });

  it('and at the corners of the bounded parameters gives a value or an explicit RangeError', () => {
    let refused = 0, cases = 0;
    for (const r of [1e-8, 1e8]) for (const alpha of [1e-6, 1e6]) for (const a of [1e-6, 1e8]) for (const b of [1e-8, 1e6]) {
      refused += check(r, alpha, a, b, false);
      cases += CUSTOMERS.length * HORIZONS.length;
    }
    expect(refused).toBeLessThan(cases / 4);
  });
});
