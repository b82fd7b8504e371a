/**
 * Q(x, z) = (1 − (1 − z)^ε ₂F₁(A, ε; C; z)) / ε of bgnbd-series.ts (A = a + b − 1 − r, ε = a − 1,
 * C = a + b + x − 1) for z close to 1, where the power series needs ~40 / (1 − z) terms: a new customer
 * (T = 0) over a long horizon when purchase rates are high (small α). Uses the connection formula for
 * 1 − z (https://dlmf.nist.gov/15.8.4), with w = 1 − z and δ = C − A − ε = x + r + 1 − a:
 *   ₂F₁(A, ε; C; z) = Γ(C)Γ(δ) / (Γ(r + x)Γ(b + x)) ₂F₁(A, ε; 1 − δ; w)
 *                   + w^δ Γ(C)Γ(−δ) / (Γ(A)Γ(ε)) ₂F₁(r + x, b + x; 1 + δ; w)
 * (C − A = r + x, C − ε = b + x), whose series in w converge fast. The formula is singular where δ is a whole
 * number (its two terms then cancel) and Q is 0/0 at ε = 0; there the value is interpolated (cubic, four
 * nearby parameters in r or a, h = 2e-4) from where it is regular — an error of order h⁴.
 * When its two terms nearly cancel (large b + x against small 1 − z) it throws IllConditioned (or the ₂F₁
 * series throws), and the caller goes back to the power series in z.
 */
import { hyp2f1, logHyp2f1Positive } from './hyp2f1';
import { lnGamma } from './special';

const NEAR = 1e-4;
const H = 2e-4;

/** ln |Γ(v)| and the sign of Γ(v); sign 0 for 1/Γ at the poles v = 0, −1, −2 … (reflection, DLMF 5.5.3). */
function signedLnGamma(v: number): { ln: number; sign: number } {
  if (v > 0) return { ln: lnGamma(v), sign: 1 };
  if (Number.isInteger(v)) return { ln: Infinity, sign: 0 };
  const s = Math.sin(Math.PI * v);
  return { ln: Math.log(Math.PI) - Math.log(Math.abs(s)) - lnGamma(1 - v), sign: s > 0 ? 1 : -1 };
}

/** ln ₂F₁ and its sign: in log space when every term is positive, otherwise by the plain series. */
function signedLnHyp2f1(a: number, b: number, c: number, w: number): { ln: number; sign: number } {
  if (a > 0 && b > 0 && c > 0) return { ln: logHyp2f1Positive(a, b, c, w), sign: 1 };
  const value = hyp2f1(a, b, c, w);
  return { ln: Math.log(Math.abs(value)), sign: Math.sign(value) };
}

function regularQuotient(r: number, a: number, b: number, x: number, C: number, z: number): number {
  const w = 1 - z;
  const lnW = Math.log(w);
  const A = a + b - 1 - r, eps = a - 1, delta = x + r + 1 - a;
  const gC = signedLnGamma(C);
  // first term: w^ε Γ(C)Γ(δ) / (Γ(r + x)Γ(b + x)) ₂F₁(A, ε; 1 − δ; w)
  const gD = signedLnGamma(delta);
  const f1 = signedLnHyp2f1(A, eps, 1 - delta, w);
  const first = gC.sign * gD.sign * f1.sign *
    Math.exp(eps * lnW + gC.ln + gD.ln - lnGamma(r + x) - lnGamma(b + x) + f1.ln);
  // second term: w^{ε+δ} Γ(C)Γ(−δ) / (Γ(A)Γ(ε)) ₂F₁(r + x, b + x; 1 + δ; w), ε + δ = r + x; 0 when 1/Γ(A) or 1/Γ(ε) is
  const gA = signedLnGamma(A), gE = signedLnGamma(eps);
  let second = 0;
  if (gA.sign !== 0 && gE.sign !== 0) {
    const gMinusD = signedLnGamma(-delta);
    const f2 = signedLnHyp2f1(r + x, b + x, 1 + delta, w);
    second = gC.sign * gMinusD.sign * gA.sign * gE.sign * f2.sign *
      Math.exp((r + x) * lnW + gC.ln + gMinusD.ln - gA.ln - gE.ln + f2.ln);
  }
  const F = first + second;
  // the two terms nearly cancel (large b or x against 1 − δ), or F ≈ 1 so that 1 − F has lost its digits
  if (!Number.isFinite(F) || Math.abs(F) < 1e-6 * (Math.abs(first) + Math.abs(second)) || Math.abs(1 - F) < 1e-6 * Math.max(1, Math.abs(F))) {
    throw new IllConditioned('connection formula ill-conditioned here');
  }
  return (1 - F) / eps;
}

/** The connection formula cannot give this value accurately: use the power series instead. */
export class IllConditioned extends RangeError {}

/** The cubic through (p_i, q(p_i)) at four nodes around p, evaluated at p (Lagrange). */
function interpolate(q: (p: number) => number, nodes: number[], p: number): number {
  let sum = 0;
  for (let i = 0; i < nodes.length; i++) {
    let weight = 1;
    for (let j = 0; j < nodes.length; j++) if (j !== i) weight *= (p - nodes[j]) / (nodes[i] - nodes[j]);
    sum += weight * q(nodes[i]);
  }
  return sum;
}

export function quotientNearOne(r: number, a: number, b: number, x: number, C: number, z: number): number {
  if (Math.abs(a - 1) < NEAR) {
    // Q is 0/0 at a = 1: from a = 1 ± h, 1 ± 2h
    return interpolate((a1) => quotientNearOne(r, a1, b, x, C + a1 - a, z), [1 - 2 * H, 1 - H, 1 + H, 1 + 2 * H], a);
  }
  const delta = x + r + 1 - a;
  const nearest = Math.round(delta);
  if (Math.abs(delta - nearest) < NEAR / 2 + Number.EPSILON * Math.abs(delta)) {
    // singular at whole δ: from δ = nearest ± h, ± 2h, moving r (δ grows with r) or a (δ falls with a)
    const h = Math.min(H, 0.2 * Math.max(r, a));
    const offsets = [-2 * h, -h, h, 2 * h].map((o) => nearest + o - delta);
    if (r >= a) return interpolate((r1) => regularQuotient(r1, a, b, x, C, z), offsets.map((o) => r + o), r);
    return interpolate((a1) => regularQuotient(r, a1, b, x, C + a1 - a, z), offsets.map((o) => a - o), a);
  }
  return regularQuotient(r, a, b, x, C, z);
}
