/**
 * Maximum-likelihood fit of the Gamma-Gamma model (Fader & Hardie 2013, note 025 eq. 4, summed over
 * customers) on the customers with x > 0 and average repeat value z̄ > 0, on bounded log-parameters
 * (bounded.ts; γ measured against the mean z̄, so the money unit does not matter).
 * Per evaluation the Γ and ψ terms are computed once per distinct x; each customer costs one logarithm.
 */
import { boundSide, fromParameter, parameterSlope, toParameter } from './bounded';
import type { GammaGammaParams } from './gamma-gamma';
import { minimize } from './optimize';
import { digamma, lnGamma } from './special';

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  /** Customers fitted (x > 0, z̄ > 0). */
  customers: number;
  /** q ≤ 1: the model's mean value is infinite; predictions fall back as safeExpectedValue says. */
  infiniteMean: boolean;
  atBound: Array<keyof GammaGammaParams>;
  converged: boolean;
}

interface ValueData {
  n: number;
  x: Int32Array;
  z: Float64Array;
  maxX: number;
  /** Customers per x and Σ ln z̄ per x. */
  count: Float64Array;
  lnZ: Float64Array;
}

function valueData(x: Int32Array, z: Float64Array): ValueData {
  let maxX = 0;
  for (let i = 0; i < x.length; i++) maxX = Math.max(maxX, x[i]);
  const count = new Float64Array(maxX + 1);
  const lnZ = new Float64Array(maxX + 1);
  for (let i = 0; i < x.length; i++) {
    count[x[i]]++;
    lnZ[x[i]] += Math.log(z[i]);
  }
  return { n: x.length, x, z, maxX, count, lnZ };
}

function objectiveOn(d: ValueData, scales: number[]) {
  return (theta: Float64Array) => {
    const [p, q, gamma] = [0, 1, 2].map((k) => toParameter(theta[k], scales[k]));
    const lnGammaQ = lnGamma(q), psiQ = digamma(q), lnG = Math.log(gamma);
    let ll = 0, gp = 0, gq = 0, gg = 0;
    for (let k = 1; k <= d.maxX; k++) {
      const count = d.count[k];
      if (count === 0) continue;
      const px = p * k;
      const psiSum = digamma(px + q), psiPx = digamma(px);
      ll += count * (lnGamma(px + q) - lnGamma(px) - lnGammaQ + q * lnG + px * Math.log(k)) + (px - 1) * d.lnZ[k];
      gp += count * k * (psiSum - psiPx + Math.log(k)) + k * d.lnZ[k];
      gq += count * (psiSum - psiQ + lnG);
      gg += (count * q) / gamma;
    }
    for (let i = 0; i < d.n; i++) {
      const xi = d.x[i];
      const denominator = gamma + xi * d.z[i];
      const lnD = Math.log(denominator);
      ll -= (p * xi + q) * lnD;
      gp -= xi * lnD;
      gq -= lnD;
      gg -= (p * xi + q) / denominator;
    }
    const g = Float64Array.from([gp, gq, gg], (v, k) => (-v * parameterSlope(theta[k], scales[k])) / d.n);
    return { f: -ll / d.n, g };
  };
}

const SUBSET = 5000;

/** Fits p, q, γ by maximum likelihood to customers with x > 0 and z̄ > 0 (the others are skipped). */
export function fitGammaGamma(x: ArrayLike<number>, zbar: ArrayLike<number>): GammaGammaFit {
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    if (!(x[i] > 0 && zbar[i] > 0)) continue;
    if (!Number.isInteger(x[i])) throw new RangeError(`x must be a whole number, got ${x[i]}`);
    n++;
  }
  if (n === 0) throw new RangeError('Gamma-Gamma: no customer with repeat purchases of positive value');
  const xs = new Int32Array(n), zs = new Float64Array(n);
  let sum = 0;
  for (let i = 0, j = 0; i < x.length; i++) {
    if (!(x[i] > 0 && zbar[i] > 0)) continue;
    xs[j] = x[i];
    zs[j++] = zbar[i];
    sum += zbar[i];
  }
  const scales = [1, 1, sum / n];
  // start: p = 1, q = 2 and γ = the mean, so the model's mean value pγ / (q − 1) is the observed one
  let start: ArrayLike<number> = [fromParameter(1, 1), fromParameter(2, 1), 0];
  let inverseHessian: Float64Array[] | undefined;
  if (n > 2 * SUBSET) {
    // warm start from every k-th customer: the full data then need a few steps only
    const step = Math.ceil(n / SUBSET);
    const every = <T extends Int32Array | Float64Array>(a: T) => a.filter((_, i) => i % step === 0) as T;
    ({ x: start, inverseHessian } = minimize(objectiveOn(valueData(every(xs), every(zs)), scales), start));
  }
  const best = minimize(objectiveOn(valueData(xs, zs), scales), start, { inverseHessian });
  const [p, q, gamma] = [0, 1, 2].map((k) => toParameter(best.x[k], scales[k]));
  const params = { p, q, gamma };
  const names: Array<keyof GammaGammaParams> = ['p', 'q', 'gamma'];
  return {
    params, logLikelihood: -best.f * n, customers: n, infiniteMean: q <= 1,
    atBound: names.filter((name, k) => boundSide(params[name], scales[k]) !== 0), converged: best.converged,
  };
}
