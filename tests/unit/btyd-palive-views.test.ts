import { describe, expect, it } from 'vitest';
import { pAliveHistory, pAliveMatrix } from '../../src/analysis/btyd/palive-views';
import type { PurchaseModel } from '../../src/analysis/btyd/bgnbd';

// cdnow_fit parameters (weekly α) and, in the shared BG/NBD test vectors: P(alive | x = 1, t_x = 1.71428571,
// T = 38.85714286) = 0.212391033062, P(alive | 7, 29.42857143, 38.85714286) = 0.641834727711 (weeks)
const weekly: PurchaseModel = { kind: 'bgnbd', r: 0.2425945, alpha: 4.4136019, a: 0.7929219, b: 2.4259062 };

describe('P(alive) views', () => {
  it('tabulates P(alive) over frequency × recency, in days', () => {
    const m = pAliveMatrix(weekly, 'week', 272, [0, 1, 7], [0, 12, 206, 300]);
    expect(m[0]).toEqual([1, null, null, null]);
    expect(m[1][1]).toBeCloseTo(0.212391033062, 9);
    expect(m[2][2]).toBeCloseTo(0.641834727711, 9);
    expect(m[1][3]).toBeNull(); // t_x after T
  });

  it('traces a customer: 1 before the first repeat purchase, falling between purchases', () => {
    const history = pAliveHistory(weekly, 'week', [0, 12], 272, 28);
    expect(history[0]).toEqual({ day: 0, pAlive: 1 });
    expect(history.find((p) => p.day === 12)!.pAlive).toBeCloseTo(1 / (1 + 0.7929219 / 2.4259062), 12); // t_x = T
    expect(history.at(-1)).toMatchObject({ day: 272 });
    expect(history.at(-1)!.pAlive).toBeCloseTo(0.212391033062, 9);
    const after = history.filter((p) => p.day >= 12).map((p) => p.pAlive);
    expect(after.every((p, i) => i === 0 || p < after[i - 1])).toBe(true);
  });

  it('is 1 throughout under the NBD fallback', () => {
    const history = pAliveHistory({ kind: 'nbd', r: 1, alpha: 100 }, 'day', [0, 5, 9], 60, 10);
    expect(history.every((p) => p.pAlive === 1)).toBe(true);
  });
});
