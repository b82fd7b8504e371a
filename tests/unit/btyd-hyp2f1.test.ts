import { describe, expect, it } from 'vitest';
import { hyp2f1, Hyp2f1Error } from '../../src/analysis/btyd/hyp2f1';
import { expectRelative, readVectors } from './btyd-vectors';

const rows = readVectors('hyp2f1_vectors.csv');

describe('₂F₁ by series', () => {
  it('has the 80 shared test vectors (40-digit arithmetic)', () => expect(rows).toHaveLength(80));

  it.each(rows.map((r) => [r.use, r] as const))('%s', (_use, r) => {
    expectRelative(hyp2f1(+r.a, +r.b, +r.c, +r.z), +r.value, 1e-9);
  });

  it('matches closed forms (DLMF 15.4.1, 15.4.6)', () => {
    for (const z of [-0.9, -0.3, 0.1, 0.5, 0.95, 0.999]) {
      expectRelative(hyp2f1(1, 1, 2, z), -Math.log(1 - z) / z, 1e-13, `ln z=${z}`);
      expectRelative(hyp2f1(0.7, 2.5, 2.5, z), Math.pow(1 - z, -0.7), 1e-13, `power z=${z}`);
    }
    expect(hyp2f1(-2, 3, 4, 0.5)).toBeCloseTo(1 - 2 * (3 / 4) * 0.5 + ((3 * 4) / (4 * 5)) * 0.25, 15); // polynomial
  });

  it('refuses arguments the series cannot handle instead of returning NaN or ∞', () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(Hyp2f1Error);
    expect(() => hyp2f1(1, 1, -3, 0.5)).toThrow(Hyp2f1Error);
    expect(() => hyp2f1(1, 1, 2, 0.9999999, 1000)).toThrow(/did not converge/);
    expect(() => hyp2f1(400, 400, 1, 0.9)).toThrow(/overflows/);
  });
});
