/**
 * Gauss hypergeometric function ₂F₁(a, b; c; z) = Σ_n (a)_n (b)_n / ((c)_n n!) zⁿ by its power series
 * (https://dlmf.nist.gov/15.2.1), for real arguments and |z| < 1 — the only case the BG/NBD needs
 * (z = t / (α + T + t) ∈ [0, 1)). The BG/NBD expectations use the Euler-transformed series of
 * bgnbd-series.ts (terms stay small for any number of purchases); this plain series serves the connection
 * formula near z = 1 (bgnbd-near-one.ts) and the tests.
 */

export const HYP2F1_MAX_TERMS = 2_000_000;
const EPSILON = 1e-17;

/** Thrown when the series cannot give a finite value to double precision (|z| ≥ 1, c a pole, overflow). */
export class Hyp2f1Error extends RangeError {}

export function hyp2f1(a: number, b: number, c: number, z: number, maxTerms = HYP2F1_MAX_TERMS): number {
  if (!(Math.abs(z) < 1)) throw new Hyp2f1Error(`₂F₁ series needs |z| < 1, got z = ${z}`);
  if (c <= 0 && Number.isInteger(c)) throw new Hyp2f1Error(`₂F₁ is undefined for c = ${c}`);
  let term = 1;
  let sum = 1;
  const settled = tailBoundStart(Math.abs(a), Math.abs(b), c);
  for (let n = 0; n < maxTerms; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    if (term === 0) return sum; // a or b a non-positive integer: a polynomial
    if (!Number.isFinite(sum)) throw new Hyp2f1Error(`₂F₁(${a}, ${b}; ${c}; ${z}) overflows a double`);
    if (n + 1 > settled) {
      const rho = Math.max(majorant(a, b, c, n + 1) * Math.abs(z), Math.abs(z));
      if (rho < 1 && (Math.abs(term) * rho) / (1 - rho) <= EPSILON * Math.abs(sum)) return sum;
    }
  }
  throw new Hyp2f1Error(`₂F₁(${a}, ${b}; ${c}; ${z}) did not converge in ${maxTerms} terms`);
}

/**
 * (|a| + n)(|b| + n) / ((c + n)(n + 1)) ≥ |(a + n)(b + n) / ((c + n)(n + 1))| for c + n > 0: the same form with
 * positive upper arguments, so tailBoundStart(|a|, |b|, c) tells from where it no longer grows, whatever the
 * signs of a and b (a large negative a makes the terms alternate until n > −a).
 */
export function majorant(a: number, b: number, c: number, n: number): number {
  return ((Math.abs(a) + n) * (Math.abs(b) + n)) / ((c + n) * (n + 1));
}

/**
 * The index from which the ratio of consecutive terms, z f(n) with f(n) = (a + n)(b + n) / ((c + n)(n + 1)),
 * never exceeds max(its current value, z): then the tail after a term is at most term · ρ / (1 − ρ).
 * Called with |a|, |b| (see majorant) it bounds the magnitudes for any signs.
 * f(n) − 1 = (k n + m) / ((c + n)(n + 1)) with k = a + b − c − 1, m = ab − c. Past the sign changes of the
 * factors: for k < 0, f ≤ 1 from n ≥ m / |k| on; for k > 0, f decreases where
 * −k n² − 2m n + k c − m (c + 1) < 0, i.e. past the larger root of that quadratic.
 */
export function tailBoundStart(a: number, b: number, c: number): number {
  let n0 = Math.max(0, -a, -b, -c);
  const k = a + b - c - 1;
  const m = a * b - c;
  if (k < 0 && m > 0) n0 = Math.max(n0, m / -k);
  if (k > 0) {
    const discriminant = m * m + k * (k * c - m * (c + 1));
    if (discriminant > 0) n0 = Math.max(n0, (-m + Math.sqrt(discriminant)) / k);
  }
  return n0;
}

/**
 * ln ₂F₁(a, b; c; z) for a, b, c > 0 and 0 ≤ z < 1, where every term is positive: the same series, rescaled
 * as it goes so that values far beyond the double range (large a, b against c) keep their logarithm.
 */
export function logHyp2f1Positive(a: number, b: number, c: number, z: number, maxTerms = HYP2F1_MAX_TERMS): number {
  if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) throw new Hyp2f1Error(`logHyp2f1Positive needs a, b, c > 0 and 0 ≤ z < 1`);
  const RESCALE = 1e250;
  let term = 1, sum = 1, logScale = 0;
  const settled = tailBoundStart(a, b, c);
  for (let n = 0; n < maxTerms; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    if (term === 0) return Math.log(sum) + logScale;
    if (sum > RESCALE) {
      sum /= RESCALE;
      term /= RESCALE;
      logScale += Math.log(RESCALE);
    }
    if (n + 1 > settled) {
      const rho = Math.max(ratio, z);
      if (rho < 1 && (term * rho) / (1 - rho) <= EPSILON * sum) return Math.log(sum) + logScale;
    }
  }
  throw new Hyp2f1Error(`₂F₁(${a}, ${b}; ${c}; ${z}) did not converge in ${maxTerms} terms`);
}
