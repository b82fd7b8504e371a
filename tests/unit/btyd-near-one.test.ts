import { describe, expect, it } from 'vitest';
import { DropoutSeries } from '../../src/analysis/btyd/bgnbd-series';

// The connection formula for z near 1 against the power series (checked against the shared vectors), where
// both are available; the series forced with nearOneFrom = 1.
const SETS = [
  { name: 'cdnow_fit', r: 0.2425945, a: 0.7929219, b: 2.4259062, exact: true },
  { name: 'online retail (a small)', r: 0.826542, a: 0.0034374, b: 6.7450883, exact: true },
  { name: 'a > 1', r: 0.7, a: 3.3, b: 4, exact: true },
  { name: 'δ whole (r + 1 − a = 0)', r: 1.5, a: 2.5, b: 4, exact: false },
  { name: 'a = 1 (ε = 0)', r: 0.4, a: 1, b: 2, exact: false },
  { name: 'large a', r: 0.3, a: 25, b: 3, exact: true },
];

describe('Q near z = 1', () => {
  it.each(SETS.map((s) => [s.name, s] as const))('agrees with the power series: %s', (_name, s) => {
    const near = new DropoutSeries(s.r, s.a, s.b, 0);
    const series = new DropoutSeries(s.r, s.a, s.b, 1);
    for (const x of [0, 1, 3, 12, 40]) {
      for (const z of [0.991, 0.995, 0.999]) {
        const expected = series.quotient(x, z);
        const error = Math.abs(near.quotient(x, z) / expected - 1);
        expect(error, `x=${x} z=${z}`).toBeLessThan(s.exact ? 1e-9 : 1e-8);
      }
    }
  });

  it('is finite where the series would need millions of terms', () => {
    const q = new DropoutSeries(1e-6, 0.5, 3, 0.99).quotient(0, 1 - 1e-9);
    expect(Number.isFinite(q) && q > 0).toBe(true);
  });
});
