import { describe, expect, it } from 'vitest';
import {
  expectedAverageValue, frequencyValueCheck, gammaGammaLogLikelihood, safeExpectedValue,
} from '../../src/analysis/btyd/gamma-gamma';
import { fitGammaGamma } from '../../src/analysis/btyd/gamma-gamma-fit';
import { expectRelative, readVectors } from './btyd-vectors';

const rows = readVectors('gg_formula_vectors.csv');

describe('Gamma-Gamma formulas against the shared test vectors (40-digit arithmetic)', () => {
  it('has all 24 rows', () => expect(rows).toHaveLength(24));

  it.each(rows.map((r) => [`${r.params} x=${r.x} z̄=${r.zbar}`, r] as const))('%s', (_label, r) => {
    const p = { p: +r.p, q: +r.q, gamma: +r.gamma };
    if (r.ll_i !== '') expectRelative(gammaGammaLogLikelihood(p, +r.x, +r.zbar), +r.ll_i, 1e-9, 'ln f');
    expectRelative(expectedAverageValue(p, +r.x, +r.zbar), +r.expected_value, 1e-9, 'E[Z | x, z̄]');
  });
});

describe('Gamma-Gamma fit and checks', () => {
  it('recovers the parameters of data drawn from the model', () => {
    // Draw ν ~ Gamma(q, γ) and each value ~ Gamma(p, ν) with a seeded generator (Marsaglia–Tsang)
    let seed = 12345;
    const uniform = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    const gamma = (shape: number): number => {
      if (shape < 1) return gamma(shape + 1) * Math.pow(uniform(), 1 / shape);
      const d = shape - 1 / 3, c = 1 / Math.sqrt(9 * d);
      for (;;) {
        const z = normal(), v = Math.pow(1 + c * z, 3);
        if (v > 0 && Math.log(uniform()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
      }
    };
    const truth = { p: 4, q: 3, gamma: 20 };
    const xs: number[] = [], zbars: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const x = 1 + Math.floor(uniform() * 6);
      const nu = gamma(truth.q) / truth.gamma;
      let sum = 0;
      for (let k = 0; k < x; k++) sum += gamma(truth.p) / nu;
      xs.push(x);
      zbars.push(sum / x);
    }
    const fit = fitGammaGamma(xs, zbars);
    expect(fit.converged).toBe(true);
    expect(fit.params.p).toBeCloseTo(truth.p, 0);
    expect(fit.params.q).toBeCloseTo(truth.q, 0);
    expect(Math.abs(fit.params.gamma / truth.gamma - 1)).toBeLessThan(0.1);
  });

  it('skips customers without repeat purchases or with zero value', () => {
    const fit = fitGammaGamma([0, 1, 2, 3, 1, 2, 4], [0, 0, 10, 12, 9, 30, 11]);
    expect(fit.customers).toBe(5);
  });

  it('never gives an infinite expected value, even when q ≤ 1', () => {
    const heavy = { p: 2, q: 0.8, gamma: 10 };
    expect(safeExpectedValue(heavy, 0, 0, 42)).toBe(42);
    expect(safeExpectedValue(heavy, 3, 25, 42)).toBeCloseTo(expectedAverageValue(heavy, 3, 25), 12);
    expect(safeExpectedValue({ p: 0.05, q: 0.5, gamma: 10 }, 2, 25, 42)).toBe(25);
  });

  it('warns when frequency and value are correlated', () => {
    expect(frequencyValueCheck([1, 2, 3, 4, 5], [10, 20, 30, 40, 50])).toMatchObject({ correlation: 1, warn: true });
    expect(frequencyValueCheck([1, 2, 3, 4], [10, 20, 20, 10])).toMatchObject({ correlation: 0, warn: false });
    expect(frequencyValueCheck([0, 1, 1], [0, 5, 5]).correlation).toBeNull();
  });
});
