/**
 * Special functions for the BTYD models, in double precision (~1e-15 relative away from the zeros of lnΓ).
 * Stirling's series with enough terms past x ≥ 10 and the recurrence Γ(x + 1) = x Γ(x) below it
 * (Abramowitz & Stegun 6.1.40 and 6.3.18; https://dlmf.nist.gov/5.11 and https://dlmf.nist.gov/5.15).
 */

const HALF_LN_2PI = 0.9189385332046728;
/** B_2k / (2k (2k − 1)) for k = 1…8: the coefficients of Stirling's series for lnΓ (DLMF 5.11.1). */
const STIRLING = [
  1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400,
];
/** B_2k / (2k) for k = 1…8: the asymptotic series of ψ (DLMF 5.11.2). */
const DIGAMMA = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32760, 1 / 12, -3617 / 8160];
const SHIFT = 10;

/** ln Γ(x) for x > 0. */
export function lnGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`lnGamma needs x > 0, got ${x}`);
  if (x >= SHIFT) return stirlingLnGamma(x);
  // ln Γ(x) = ln Γ(x + n) − ln(x (x + 1) … (x + n − 1)), with x + n ≥ 10 (the product stays < 1e20)
  let product = 1;
  let y = x;
  while (y < SHIFT) product *= y++;
  return stirlingLnGamma(y) - Math.log(product);
}

function stirlingLnGamma(x: number): number {
  const inv2 = 1 / (x * x);
  let series = 0;
  for (let k = STIRLING.length - 1; k >= 0; k--) series = series * inv2 + STIRLING[k];
  return (x - 0.5) * Math.log(x) - x + HALF_LN_2PI + series / x;
}

/** ψ(x) = d/dx ln Γ(x) for x > 0. */
export function digamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`digamma needs x > 0, got ${x}`);
  let shift = 0;
  let y = x;
  while (y < SHIFT) shift += 1 / y++;
  const inv2 = 1 / (y * y);
  let series = 0;
  for (let k = DIGAMMA.length - 1; k >= 0; k--) series = series * inv2 + DIGAMMA[k];
  return Math.log(y) - 0.5 / y - series * inv2 - shift;
}

/** ln(1 + e^u) without overflow (softplus). */
export function log1pExp(u: number): number {
  return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
}

/** ln(e^u + e^v); −∞ terms are allowed (ln(0 + e^v) = v). */
export function logAddExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}

/** 1 / (1 + e^−u): the weight of e^u in e^u + 1. */
export function logistic(u: number): number {
  return u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
}

/** (e^{εL} − 1) / ε, its limit L at ε = 0. */
export function expm1Ratio(epsilon: number, L: number): number {
  return epsilon === 0 ? L : Math.expm1(epsilon * L) / epsilon;
}
