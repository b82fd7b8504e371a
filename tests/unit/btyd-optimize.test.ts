import { describe, expect, it } from 'vitest';
import { bfgs, minimize, nelderMead } from '../../src/analysis/btyd/optimize';

// Rosenbrock's function: minimum 0 at (1, 1), a curved narrow valley (Nocedal & Wright, exercise 2.1)
const rosenbrock = (v: Float64Array) => 100 * (v[1] - v[0] ** 2) ** 2 + (1 - v[0]) ** 2;
const rosenbrockGradient = (v: Float64Array) => ({
  f: rosenbrock(v),
  g: Float64Array.from([-400 * v[0] * (v[1] - v[0] ** 2) - 2 * (1 - v[0]), 200 * (v[1] - v[0] ** 2)]),
});

describe('optimisers', () => {
  it('Nelder–Mead finds the Rosenbrock minimum from the classic start (−1.2, 1)', () => {
    const m = nelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 5000, xTolerance: 1e-10, fTolerance: 1e-16 });
    expect(m.converged).toBe(true);
    expect(m.x[0]).toBeCloseTo(1, 6);
    expect(m.x[1]).toBeCloseTo(1, 6);
  });

  it('BFGS finds it to full precision', () => {
    const m = bfgs(rosenbrockGradient, [-1.2, 1], { gradientTolerance: 1e-10 });
    expect(m.converged).toBe(true);
    expect(m.x[0]).toBeCloseTo(1, 9);
    expect(m.x[1]).toBeCloseTo(1, 9);
  });

  it('BFGS minimises a 4-d quadratic exactly', () => {
    // f = ½ (x − c)ᵀ A (x − c) with A symmetric positive definite: minimum at c
    const A = [[4, 1, 0, 0], [1, 3, 0.5, 0], [0, 0.5, 2, 0.2], [0, 0, 0.2, 1]];
    const c = [1, -2, 3, 0.5];
    const fg = (v: Float64Array) => {
      const d = Array.from(v, (x, i) => x - c[i]);
      const Ad = A.map((row) => row.reduce((s, a, j) => s + a * d[j], 0));
      return { f: 0.5 * d.reduce((s, di, i) => s + di * Ad[i], 0), g: Float64Array.from(Ad) };
    };
    const m = minimize(fg, [0, 0, 0, 0]);
    c.forEach((ci, i) => expect(m.x[i]).toBeCloseTo(ci, 8));
  });

  it('refuses steps into regions where the objective is not finite', () => {
    // ln-barrier: f = x − ln(x) defined for x > 0 only, minimum at 1; a full step from 0.01 would leave it
    const fg = (v: Float64Array) => ({ f: v[0] > 0 ? v[0] - Math.log(v[0]) : NaN, g: Float64Array.of(1 - 1 / v[0]) });
    const m = bfgs(fg, [0.01]);
    expect(m.x[0]).toBeCloseTo(1, 7); // f = 1 + δ²/2 near the optimum: f tells x to about √ε
    expect(m.converged).toBe(true);
  });
});
