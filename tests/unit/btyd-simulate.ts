/**
 * Seeded draws from the BG/NBD itself (Fader, Hardie & Lee 2005, section 2: λ ~ Gamma(r, α), p ~ Beta(a, b),
 * Poisson purchases, dropout with probability p after each repeat purchase) — data whose true parameters
 * are known, for the fit tests and the benchmark.
 */
export function seededUniform(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return (s + 0.5) / 4294967296;
  };
}

export function gammaSampler(uniform: () => number): (shape: number) => number {
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const draw = (shape: number): number => {
    if (shape < 1) return draw(shape + 1) * Math.pow(uniform(), 1 / shape);
    const d = shape - 1 / 3, c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = normal(), v = Math.pow(1 + c * z, 3);
      if (v > 0 && Math.log(uniform()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  return draw;
}

export interface SimulatedCustomers {
  x: Int32Array;
  txDays: Int32Array;
  TDays: Int32Array;
  repeatValue: Float64Array;
  holdout: Int32Array;
}

/**
 * `n` customers with first purchases spread uniformly over `spanDays` before the as-of date; times are
 * whole days (purchases on the same day merge, as purchase days do). α is per day. Values: Gamma-Gamma
 * with p = 4, q = 3, γ = 40.
 */
export function simulateBgnbd(n: number, truth: { r: number; alpha: number; a: number; b: number }, spanDays: number, seed = 7): SimulatedCustomers {
  const uniform = seededUniform(seed);
  const gamma = gammaSampler(uniform);
  const out: SimulatedCustomers = {
    x: new Int32Array(n), txDays: new Int32Array(n), TDays: new Int32Array(n),
    repeatValue: new Float64Array(n), holdout: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const T = Math.floor(uniform() * spanDays);
    const lambda = gamma(truth.r) / truth.alpha;
    const ga = gamma(truth.a), p = ga / (ga + gamma(truth.b));
    let t = 0, day = 0, x = 0;
    for (;;) {
      t += -Math.log(uniform()) / lambda;
      if (t > T) break;
      if (Math.floor(t) === day) continue; // same purchase day
      day = Math.floor(t);
      x++;
      if (uniform() < p) break;
    }
    out.x[i] = x;
    out.txDays[i] = day;
    out.TDays[i] = T;
    if (x > 0) {
      const nu = gamma(3) / 40;
      let sum = 0;
      for (let k = 0; k < x; k++) sum += gamma(4) / nu;
      out.repeatValue[i] = sum / x;
    }
  }
  return out;
}
