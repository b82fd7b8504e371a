import { describe, expect, it } from 'vitest';
import { PurchasePredictor } from '../../src/analysis/btyd/bgnbd';
import { hyp2f1 } from '../../src/analysis/btyd/hyp2f1';

/** FHL 2005 eq. 10 written out with the plain ₂F₁ series (checked against the shared vectors). */
function paperEq10(p: { r: number; alpha: number; a: number; b: number }, x: number, tx: number, T: number, t: number) {
  const { r, alpha, a, b } = p;
  const z = t / (alpha + T + t);
  const head = ((a + b + x - 1) / (a - 1)) * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z));
  const dead = x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x) : 0;
  return head / (1 + dead);
}

describe('both evaluations of the BG/NBD expectation', () => {
  const customers = [[0, 0, 39], [1, 2, 39], [4, 30, 39], [12, 35, 40], [30, 300, 373]] as const;

  it.each([2.5, 9.9, 10.1, 15, 80])('agree with eq. 10 for a = %d (Euler series below a = 10, original above)', (a) => {
    const p = { r: 0.6, alpha: 8, a, b: 3.5 };
    const predictor = new PurchasePredictor({ kind: 'bgnbd', ...p });
    for (const [x, tx, T] of customers) {
      for (const t of [1, 13, 52, 200]) {
        const expected = paperEq10(p, x, tx, T, t);
        expect(Math.abs(predictor.conditional(x, tx, T, t) / expected - 1), `x=${x} t=${t}`).toBeLessThan(1e-9);
      }
    }
  });

  it('is finite where the untransformed ₂F₁ overflows a double', () => {
    const predictor = new PurchasePredictor({ kind: 'bgnbd', r: 0.25, alpha: 4.4, a: 0.79, b: 2.4 });
    expect(() => hyp2f1(600.25, 602.4, 602.19, 0.95)).toThrow(/overflows/);
    const value = predictor.conditional(600, 700, 700.5, 10);
    expect(Number.isFinite(value) && value > 0).toBe(true);
  });
});
