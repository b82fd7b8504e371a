/**
 * BG/NBD log-likelihood in log space (Fader, Hardie & Lee 2005 eq. 6; the log form of
 * http://brucehardie.com/notes/004/ "Implementing the BG/NBD Model for Customer Base Analysis in Excel"):
 *   ln L_i = A1 + A2 + ln(e^{A3} + δ_{x>0} e^{A4})
 *   A1 = ln Γ(r + x) − ln Γ(r) + r ln α          = Σ_{k<x} ln(r + k) + r ln α
 *   A2 = ln Γ(a + b) + ln Γ(b + x) − ln Γ(b) − ln Γ(a + b + x) = −Σ_{k<x} ln(1 + a / (b + k))
 *   A3 = −(r + x) ln(α + T)
 *   A4 = ln a − ln(b + x − 1) − (r + x) ln(α + t_x)
 * x is a whole number of purchases, so the Γ ratios are finite sums: exact for any b (no difference of two
 * huge ln Γ when b runs off to infinity) and cheap, since they are computed once per distinct x.
 * The NBD limit (b → ∞ or a → 0: nobody drops out) is A1 + A3.
 */
import type { BgnbdParams } from './bgnbd';
import type { RftRows } from './compress';
import { logAddExp } from './special';

/** Per-x parts of A1, A2 and their derivatives, x = 0 … maxX. */
interface PerX {
  a1: Float64Array; // Σ ln(r + k)
  dA1dr: Float64Array; // Σ 1 / (r + k)
  a2: Float64Array;
  dA2da: Float64Array; // −Σ 1 / (a + b + k)
  dA2db: Float64Array; // Σ a / ((b + k)(a + b + k))
}

function perX(maxX: number, r: number, a: number, b: number): PerX {
  const n = maxX + 1;
  const t: PerX = {
    a1: new Float64Array(n), dA1dr: new Float64Array(n), a2: new Float64Array(n),
    dA2da: new Float64Array(n), dA2db: new Float64Array(n),
  };
  for (let k = 0; k < maxX; k++) {
    t.a1[k + 1] = t.a1[k] + Math.log(r + k);
    t.dA1dr[k + 1] = t.dA1dr[k] + 1 / (r + k);
    t.a2[k + 1] = t.a2[k] - Math.log1p(a / (b + k));
    t.dA2da[k + 1] = t.dA2da[k] - 1 / (a + b + k);
    t.dA2db[k + 1] = t.dA2db[k] + a / ((b + k) * (a + b + k));
  }
  return t;
}

function checkWhole(x: number): void {
  if (!(Number.isInteger(x) && x >= 0)) throw new RangeError(`x must be a whole number ≥ 0, got ${x}`);
}

/** ln L_i for one customer. */
export function bgnbdLogLikelihood(p: BgnbdParams, x: number, tx: number, T: number): number {
  checkWhole(x);
  const t = perX(x, p.r, p.a, p.b);
  const A3 = -(p.r + x) * Math.log(p.alpha + T);
  const A4 = x > 0 ? Math.log(p.a) - Math.log(p.b + x - 1) - (p.r + x) * Math.log(p.alpha + tx) : -Infinity;
  return t.a1[x] + p.r * Math.log(p.alpha) + t.a2[x] + logAddExp(A3, A4);
}

export interface LikelihoodWithGradient {
  ll: number;
  /** ∂ ln L / ∂(r, α, a, b). */
  gradient: [number, number, number, number];
}

/** ln(α + t) and 1 / (α + t) for every distinct time of the rows. */
function timeTables(alpha: number, times: Float64Array) {
  const ln = new Float64Array(times.length);
  const inv = new Float64Array(times.length);
  for (let k = 0; k < times.length; k++) {
    ln[k] = Math.log(alpha + times[k]);
    inv[k] = 1 / (alpha + times[k]);
  }
  return { ln, inv };
}

/**
 * Σ w_i ln L_i over compressed rows, with its gradient. The hot loop: rows with x = 0 need no
 * transcendental function at all, the others one exp and one log1p (ln(e^{A3} + e^{A4}) and the share
 * w4 = e^{A4} / (e^{A3} + e^{A4}) from the same exponential).
 */
export function bgnbdTotal(p: BgnbdParams, rows: RftRows): LikelihoodWithGradient {
  const { r, alpha, a, b } = p;
  const t = perX(rows.maxX, r, a, b);
  const { ln, inv } = timeTables(alpha, rows.times);
  const lnAlpha = Math.log(alpha);
  const c4 = new Float64Array(rows.maxX + 1); // ln a − ln(b + x − 1)
  for (let x = 1; x <= rows.maxX; x++) c4[x] = Math.log(a) - Math.log(b + x - 1);
  let ll = 0, gr = 0, gAlpha = 0, ga = 0, gb = 0;
  for (let i = 0; i < rows.length; i++) {
    const x = rows.x[i];
    const w = rows.weight[i];
    const T = rows.TAt[i];
    const A3 = -(r + x) * ln[T];
    if (x === 0) {
      ll += w * (r * lnAlpha + A3);
      gr += w * (lnAlpha - ln[T]);
      gAlpha += w * (r / alpha - r * inv[T]);
      continue;
    }
    const tx = rows.txAt[i];
    const A4 = c4[x] - (r + x) * ln[tx];
    const e = Math.exp(-Math.abs(A4 - A3));
    const lse = Math.max(A3, A4) + Math.log1p(e);
    const w4 = A4 > A3 ? 1 / (1 + e) : e / (1 + e); // share of the "dropped out right after t_x" term
    const w3 = 1 - w4;
    ll += w * (t.a1[x] + r * lnAlpha + t.a2[x] + lse);
    gr += w * (t.dA1dr[x] + lnAlpha - w3 * ln[T] - w4 * ln[tx]);
    gAlpha += w * (r / alpha - (r + x) * (w3 * inv[T] + w4 * inv[tx]));
    ga += w * (t.dA2da[x] + w4 / a);
    gb += w * (t.dA2db[x] - w4 / (b + x - 1));
  }
  return { ll, gradient: [gr, gAlpha, ga, gb] };
}

/** Σ w_i ln L_i of the NBD limit (no dropout), with ∂/∂(r, α). */
export function nbdTotal(r: number, alpha: number, rows: RftRows): { ll: number; gradient: [number, number] } {
  const t = perX(rows.maxX, r, 1, 1);
  const { ln, inv } = timeTables(alpha, rows.times);
  const lnAlpha = Math.log(alpha);
  let ll = 0, gr = 0, gAlpha = 0;
  for (let i = 0; i < rows.length; i++) {
    const x = rows.x[i];
    const w = rows.weight[i];
    const T = rows.TAt[i];
    ll += w * (t.a1[x] + r * lnAlpha - (r + x) * ln[T]);
    gr += w * (t.dA1dr[x] + lnAlpha - ln[T]);
    gAlpha += w * (r / alpha - (r + x) * inv[T]);
  }
  return { ll, gradient: [gr, gAlpha] };
}
