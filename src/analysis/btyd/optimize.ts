/**
 * Small unconstrained minimisers for a handful of parameters: Nelder–Mead (a robust start, no gradient) and
 * BFGS with a backtracking Armijo line search (the precise finish). Nocedal & Wright, "Numerical
 * Optimization", 2nd ed.: Algorithm 6.1 (BFGS, with the initial scaling of eq. 6.20) and Algorithm 3.1
 * (backtracking); Nelder & Mead (1965) with the usual coefficients 1, 2, ½, ½ (Lagarias et al. 1998).
 * Non-finite objective values count as +∞, so a step into a region where the model breaks down is refused.
 */

export type Objective = (x: Float64Array) => number;
export type ObjectiveWithGradient = (x: Float64Array) => { f: number; g: Float64Array };

export interface Minimum {
  x: Float64Array;
  f: number;
  iterations: number;
  converged: boolean;
  /** BFGS's approximation of the inverse Hessian at x (to warm-start a related problem). */
  inverseHessian?: Float64Array[];
}

const finite = (f: number) => (Number.isFinite(f) ? f : Infinity);

export interface NelderMeadOptions {
  step?: number;
  maxEvaluations?: number;
  /** Stop when all vertex values are within fTolerance and the simplex within xTolerance (∞-norm). */
  fTolerance?: number;
  xTolerance?: number;
}

export function nelderMead(f: Objective, x0: ArrayLike<number>, options: NelderMeadOptions = {}): Minimum {
  const { step = 0.5, maxEvaluations = 2000, fTolerance = 1e-12, xTolerance = 1e-9 } = options;
  const n = x0.length;
  const simplex = Array.from({ length: n + 1 }, (_, i) => {
    const v = Float64Array.from(x0);
    if (i > 0) v[i - 1] += step;
    return v;
  });
  const values = simplex.map((v) => finite(f(v)));
  let evaluations = n + 1;
  let iterations = 0;
  const along = (from: Float64Array, to: Float64Array, t: number) => from.map((v, k) => v + t * (to[k] - v));
  while (evaluations < maxEvaluations) {
    const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
    const sorted = order.map((i) => simplex[i]);
    const fs = order.map((i) => values[i]);
    simplex.splice(0, n + 1, ...sorted);
    values.splice(0, n + 1, ...fs);
    const spread = Math.max(...simplex.map((v) => Math.max(...v.map((c, k) => Math.abs(c - simplex[0][k])))));
    if (values[n] - values[0] <= fTolerance && spread <= xTolerance) return { x: simplex[0], f: values[0], iterations, converged: true };
    iterations++;
    const centroid = new Float64Array(n);
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) centroid[k] += simplex[i][k] / n;
    const worst = simplex[n];
    const reflected = along(centroid, worst, -1);
    const fr = finite(f(reflected));
    evaluations++;
    if (fr < values[0]) {
      const expanded = along(centroid, worst, -2);
      const fe = finite(f(expanded));
      evaluations++;
      [simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const outside = fr < values[n];
      const contracted = along(centroid, worst, outside ? -0.5 : 0.5);
      const fc = finite(f(contracted));
      evaluations++;
      if (fc < (outside ? fr : values[n])) {
        [simplex[n], values[n]] = [contracted, fc];
      } else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = along(simplex[0], simplex[i], 0.5);
          values[i] = finite(f(simplex[i]));
        }
        evaluations += n;
      }
    }
  }
  const best = values.indexOf(Math.min(...values));
  return { x: simplex[best], f: values[best], iterations, converged: false };
}

export interface BfgsOptions {
  maxIterations?: number;
  /** Converged when every gradient component is at most this. */
  gradientTolerance?: number;
  /** Longest step (∞-norm) a line search may try, to keep iterates where the model is defined. */
  maxStep?: number;
  /** Start from this inverse Hessian (e.g. from a fit to a subset of the data) instead of a scaled identity. */
  inverseHessian?: Float64Array[];
}

export function bfgs(fg: ObjectiveWithGradient, x0: ArrayLike<number>, options: BfgsOptions = {}): Minimum {
  const { maxIterations = 500, gradientTolerance = 1e-9, maxStep = 2 } = options;
  const n = x0.length;
  let x = Float64Array.from(x0);
  let { f, g } = fg(x);
  if (!Number.isFinite(f)) throw new RangeError('BFGS: the objective is not finite at the start point');
  const warm = options.inverseHessian !== undefined;
  let H = warm ? options.inverseHessian!.map((row) => Float64Array.from(row)) : identity(n);
  let stalled = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (maxAbs(g) <= gradientTolerance) return { x, f, iterations: iteration, converged: true, inverseHessian: H };
    let d = multiply(H, g).map((v) => -v);
    if (dot(g, d) >= 0) {
      H = identity(n);
      d = g.map((v) => -v);
    }
    const longest = maxAbs(d);
    let t = longest > maxStep ? maxStep / longest : 1;
    const slope = dot(g, d);
    let next: { f: number; g: Float64Array } | null = null;
    let xNext = x;
    // stop halving once the promised decrease is below the objective's rounding (about one ulp of f): x is
    // then as close to the optimum as f can tell (≈ √ε relative), and more halvings would only cost time
    for (let k = 0; k < 60 && t * -slope > 2.2e-16 * Math.abs(f); k++, t /= 2) {
      xNext = x.map((v, i) => v + t * d[i]);
      const trial = fg(xNext);
      if (Number.isFinite(trial.f) && trial.f <= f + 1e-4 * t * slope && trial.g.every(Number.isFinite)) {
        next = trial;
        break;
      }
    }
    if (!next) return { x, f, iterations: iteration, converged: maxAbs(g) <= Math.sqrt(gradientTolerance), inverseHessian: H };
    const s = xNext.map((v, i) => v - x[i]);
    const y = next.g.map((v, i) => v - g[i]);
    stalled = f - next.f <= 1e-15 * (Math.abs(f) + 1) ? stalled + 1 : 0;
    x = xNext;
    f = next.f;
    g = next.g;
    if (stalled >= 5) return { x, f, iterations: iteration + 1, converged: maxAbs(g) <= Math.sqrt(gradientTolerance) };
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (iteration === 0 && !warm) H = identity(n, sy / dot(y, y));
      // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 / yᵀs
      const rho = 1 / sy;
      const Hy = multiply(H, y);
      const yHy = dot(y, Hy);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          H[i][j] += -rho * (s[i] * Hy[j] + Hy[i] * s[j]) + (rho * rho * yHy + rho) * s[i] * s[j];
        }
      }
    }
  }
  return { x, f, iterations: maxIterations, converged: maxAbs(g) <= gradientTolerance, inverseHessian: H };
}

/**
 * BFGS from the start; if it stalls short of a stationary point (a rough start, a flat or curved valley),
 * Nelder–Mead from where it stopped and BFGS again.
 */
export function minimize(fg: ObjectiveWithGradient, x0: ArrayLike<number>, options: BfgsOptions & { warmEvaluations?: number } = {}): Minimum {
  const first = bfgs(fg, x0, options);
  if (first.converged) return first;
  const warm = nelderMead((x) => fg(x).f, first.x, { maxEvaluations: options.warmEvaluations ?? 400, fTolerance: 1e-12 });
  const polished = bfgs(fg, warm.f < first.f ? warm.x : first.x, options);
  return { ...polished, iterations: first.iterations + warm.iterations + polished.iterations };
}

function identity(n: number, scale = 1): Float64Array[] {
  return Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n);
    row[i] = scale;
    return row;
  });
}

function multiply(M: Float64Array[], v: Float64Array): Float64Array {
  return Float64Array.from(M, (row) => dot(row, v));
}

function dot(u: ArrayLike<number>, v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i] * v[i];
  return s;
}

function maxAbs(v: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}
