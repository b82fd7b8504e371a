import { describe, expect, it } from 'vitest';
import { annualRetention, breakEven, DEFAULT_LEVERS, profitDelta, project, sensitivity, upliftedChurn, type Levers } from '../../src/simulate/projection';

const levers = (changes: Partial<Levers>): Levers => ({ ...DEFAULT_LEVERS, retention: 0, ...changes });

describe('projection (DESIGN §3b)', () => {
  it('works a two-month projection out by hand', () => {
    // r = 1000, c = 10 %: R_1 = 900, R_2 = 810 → baseline 1710. With u = 0, c' = c and R'_m = R_m.
    // Δ = Σ (M − d)·R' − M·R − fee − member_cost·N0·(1 − c')^m − set-up
    //   = (0.4 − 0.5)·1710 − 2·10 − 1·10·(0.9 + 0.81) − 5 = −171 − 20 − 17.1 − 5 = −213.1
    const inputs = { n0: 10, r: 1000, c: 0.1, d: 0.1, margin: 0.5 };
    const p = project(inputs, levers({ horizon: 2, feePerMonth: 10, memberCostPerMonth: 1, setup: 5 }));
    expect(p.rho).toBeCloseTo(0.9 ** 12, 15);
    expect(p.cPrime).toBeCloseTo(0.1, 14);
    expect(p.months.map((m) => m.month)).toEqual([1, 2]);
    expect(p.months.map((m) => m.baseline)).toEqual([expect.closeTo(900, 9), expect.closeTo(810, 9)]);
    expect(p.baselineRevenue).toBeCloseTo(1710, 9);
    expect(p.programmeRevenue).toBeCloseTo(1710, 9);
    expect(p.profitDelta).toBeCloseTo(-213.1, 9);
    // the running total starts from the set-up cost and ends at Δ
    expect(p.months.at(-1)!.cumulative).toBeCloseTo(p.profitDelta, 9);
    expect(profitDelta(inputs, levers({ horizon: 2, feePerMonth: 10, memberCostPerMonth: 1, setup: 5 }), 0)).toBe(p.profitDelta);
  });

  it('turns a retention uplift in points of annual retention into a monthly churn, capped at keeping everyone', () => {
    // c = 1 − 0.5^(1/12): ρ = 50 %; +10 pp → ρ' = 60 %, c' = 1 − 0.6^(1/12)
    const c = 1 - 0.5 ** (1 / 12);
    expect(annualRetention(c)).toBeCloseTo(0.5, 14);
    expect(upliftedChurn(c, 10).rhoPrime).toBeCloseTo(0.6, 14);
    expect(upliftedChurn(c, 10).cPrime).toBeCloseTo(1 - 0.6 ** (1 / 12), 14);
    expect(upliftedChurn(c, 80)).toEqual({ rhoPrime: 1, cPrime: 0 });
    // frequency and check uplifts multiply the programme's revenue: r·1.1·1.05·(1 − c')
    const p = project({ n0: 1, r: 1000, c: 0.1, d: 0, margin: 0.3 }, levers({ horizon: 1, frequency: 0.1, check: 0.05 }));
    expect(p.programmeRevenue).toBeCloseTo(1000 * 1.1 * 1.05 * 0.9, 9);
  });

  it('finds break-even as the first 0.01 pp step that pays back', () => {
    // H = 1, ρ = 50 %, r = 1200, M = 50 %, d = 1 %: Δ(u) = 0.49·1200·ρ'^(1/12) − 0.5·1200·0.5^(1/12) ≥ 0
    //   ⇔ ρ' ≥ 0.5·(50/49)^12 = 0.63717… ⇔ u ≥ 13.717… pp → first grid point 13.72
    const inputs = { n0: 100, r: 1200, c: 1 - 0.5 ** (1 / 12), d: 0.01, margin: 0.5 };
    const l = levers({ horizon: 1 });
    expect(breakEven(inputs, l)).toBe(13.72);
    expect(profitDelta(inputs, l, 13.71)).toBeLessThan(0);
    expect(profitDelta(inputs, l, 13.72)).toBeGreaterThanOrEqual(0);
    // with d = 10 %, ρ' would have to be 0.5·1.25^12 > 1: no retention pays it back
    expect(breakEven({ ...inputs, d: 0.1 }, l)).toBeNull();
    // a frequency uplift alone can pay for it: then break-even is 0
    expect(breakEven(inputs, levers({ horizon: 1, frequency: 0.05 }))).toBe(0);
  });

  it('does not assume the profit effect rises with retention: member costs can outgrow the margin', () => {
    // (M − d)·r = 0.2·100 = 20 a month is less than the member costs 1·50: every kept member loses money,
    // so Δ falls as retention rises and never reaches 0
    const inputs = { n0: 50, r: 100, c: 0.05, d: 0.1, margin: 0.3 };
    const l = levers({ memberCostPerMonth: 1 });
    expect(profitDelta(inputs, l, 10)).toBeLessThan(profitDelta(inputs, l, 0));
    expect(breakEven(inputs, l)).toBeNull();
  });

  it('draws the sensitivity curve from 0 to 20 pp', () => {
    const points = sensitivity({ n0: 10, r: 1000, c: 0.03, d: 0.02, margin: 0.3 }, DEFAULT_LEVERS, 20, 0.25);
    expect(points).toHaveLength(81);
    expect([points[0].u, points[4].u, points.at(-1)!.u]).toEqual([0, 1, 20]);
    expect(points.every((p) => Number.isFinite(p.delta))).toBe(true);
  });
});
