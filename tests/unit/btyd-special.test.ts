import { describe, expect, it } from 'vitest';
import { digamma, expm1Ratio, lnGamma, log1pExp, logAddExp, logistic } from '../../src/analysis/btyd/special';

const EULER = 0.5772156649015329;

describe('special functions', () => {
  it('lnΓ equals known values', () => {
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expect(lnGamma(2)).toBeCloseTo(0, 14);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 14);
    expect(lnGamma(1e-8)).toBeCloseTo(-Math.log(1e-8) - EULER * 1e-8, 12); // Γ(ε) ≈ 1/ε − γ
    // ln(100!) = 363.73937555556349014…, ln Γ(3.5) = ln(15√π / 8)
    expect(lnGamma(101) / 363.73937555556349).toBeCloseTo(1, 15);
    expect(lnGamma(3.5)).toBeCloseTo(Math.log((15 * Math.sqrt(Math.PI)) / 8), 14);
    expect(lnGamma(1e6) / (1e6 * Math.log(1e6) - 1e6 - 0.5 * Math.log(1e6) + 0.5 * Math.log(2 * Math.PI) + 1 / 12e6)).toBeCloseTo(1, 14);
  });

  it('ψ equals known values', () => {
    expect(digamma(1)).toBeCloseTo(-EULER, 14);
    expect(digamma(0.5)).toBeCloseTo(-EULER - 2 * Math.log(2), 14);
    expect(digamma(10)).toBeCloseTo(-EULER + [...Array(9)].reduce((s, _, k) => s + 1 / (k + 1), 0), 14);
    expect(digamma(1e-6)).toBeCloseTo(-1e6 - EULER + (Math.PI ** 2 / 6) * 1e-6, 6); // ψ(ε) = −1/ε − γ + ζ(2) ε + …
  });

  it('log-space helpers do not overflow', () => {
    expect(log1pExp(1000)).toBe(1000);
    expect(log1pExp(-1000)).toBe(0);
    expect(log1pExp(0)).toBeCloseTo(Math.LN2, 15);
    expect(logAddExp(-Infinity, 3)).toBe(3);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logistic(-800)).toBe(0);
    expect(logistic(800)).toBe(1);
    expect(expm1Ratio(0, -2)).toBe(-2);
    expect(expm1Ratio(1e-12, -2)).toBeCloseTo(-2, 11);
  });
});
