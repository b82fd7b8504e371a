import { describe, expect, it } from 'vitest';
import { PurchasePredictor } from '../../src/analysis/btyd/bgnbd';

// E[Y(t) | x, t_x, T] (FHL 2005 eq. 10) far from the shared vectors: z = t / (α + T + t) up to 0.99997,
// a up to 1000, b up to 10 000, A = a + b − 1 − r < 0, x = 200. Reference values: mpmath 1.3 hyp2f1 with
// 80 digits, computed outside the project; the last two at a + b = 1 (C = 0, a removable pole) are the
// limit (mpmath at a ± 1e-7 and + 1e-9).
const CASES: Array<[number, number, number, number, number, number, number, number, number, number]> = [
  // r, α, a, b, x, t_x, T, t, expected, tolerance
  [0.3, 0.1, 3, 100, 0, 0, 0, 3650, 43.083701269045398, 1e-9],
  [5, 0.1, 0.5, 3, 5, 200, 300, 3650, 9.2855389688397124, 1e-9],
  [0.01, 0.1, 25, 0.5, 0, 0, 0, 3650, 0.10160536013672043, 1e-9],
  [0.3, 5, 1000, 3, 1, 10, 300, 365, 3.8369940677046097e-5, 1e-9],
  [50, 100, 0.01, 0.01, 5, 290, 300, 3650, 478.54482118370771, 1e-9],
  [0.3, 0.1, 0.5, 10000, 0, 0, 0, 3650, 7090.867866316385, 1e-9],
  [0.3, 0.1, 1.3, 2.2, 0, 0, 0, 3650, 6.5632793554151997, 1e-9], // δ = x + r + 1 − a whole: interpolated
  [1.5, 0.1, 2.5, 4, 3, 20, 30, 3650, 1.5860253740036657, 1e-9], // δ whole too
  [0.01, 0.1, 0.01, 0.01, 200, 700, 730, 3650, 809.08685066840227, 1e-9],
  [5, 10000, 9.9, 0.01, 200, 700, 730, 30, 0.51956680155600939, 1e-9],
  [0.3, 0.1, 0.5, 0.5, 0, 0, 0, 3650, 83.8668359817, 1e-6],
  [50, 100, 0.5, 0.5, 0, 0, 300, 365, 7.56030408315, 1e-6],
];

describe('BG/NBD conditional expectation at extreme arguments', () => {
  it.each(CASES)('r=%d α=%d a=%d b=%d x=%d t_x=%d T=%d t=%d', (r, alpha, a, b, x, tx, T, t, expected, tolerance) => {
    const value = new PurchasePredictor({ kind: 'bgnbd', r, alpha, a, b }).conditional(x, tx, T, t);
    expect(Math.abs(value / expected - 1)).toBeLessThan(tolerance);
  });
});
