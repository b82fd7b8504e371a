/**
 * The hypergeometric part of the BG/NBD expectations (Fader, Hardie & Lee 2005, eq. 7 and 10,
 * http://brucehardie.com/papers/018/fader_et_al_mksc_05.pdf), transformed so it never overflows.
 *
 * Both expectations contain 1 − (1 − z)^{r+x} ₂F₁(r + x, b + x; a + b + x − 1; z), z = t / (α + T + t).
 * Its ₂F₁ grows like (1 − z)^{a−1−r−x} (2.4e10 for x = 26 already), so Euler's transformation
 * ₂F₁(A′, B′; C; z) = (1 − z)^{C−A′−B′} ₂F₁(C − A′, C − B′; C; z) (https://dlmf.nist.gov/15.8.1) is applied:
 *   (1 − z)^{r+x} ₂F₁(…) = (1 − z)^{a−1} ₂F₁(A, ε; C; z),  A = a + b − 1 − r,  ε = a − 1,  C = a + b + x − 1,
 * whose upper arguments do not grow with x. Writing ₂F₁(A, ε; C; z) = 1 + ε S with
 *   S = Σ_{n≥1} d_n zⁿ,  d_n = (A)_n (1 + ε)_{n−1} / ((C)_n n!)   (since (ε)_n = ε (1 + ε)_{n−1}),
 * the quotient the formulas need is free of the 0/0 at a = 1 and of cancellation:
 *   Q = (1 − (1 − z)^ε (1 + ε S)) / ε = −(expm1(ε L) / ε + e^{ε L} S),  L = ln(1 − z).
 * The d_n depend on x only (not on z, T or t), so they are computed once per x and reused for every
 * customer and horizon — the series is then a plain power sum.
 *
 * For large a (dropout probabilities near 1) the transformed series grows like (1 − z)^{−a} before it
 * converges, while the original one converges fast (its lower argument C ≥ a): there Q is computed from
 * the original ₂F₁ in log space (all its terms are positive). For z close to 1 (both series slow) the
 * connection formula for 1 − z takes over (bgnbd-near-one.ts).
 */
import { quotientNearOne } from './bgnbd-near-one';
import { logHyp2f1Positive, majorant, tailBoundStart } from './hyp2f1';
import { expm1Ratio } from './special';

const EPSILON = 1e-17;
/** Above this a the original series is the better-behaved one. */
const LARGE_A = 10;
export const SERIES_MAX_TERMS = 2_000_000;
const BLOCK = 8;
/** From this z on, Q comes from the connection formula (the series would need more than ~4 000 terms). */
export const NEAR_ONE = 0.99;

export class DropoutSeries {
  private readonly A: number;
  private readonly eps: number;
  private readonly byX: SeriesEntry[] = [];

  constructor(
    private readonly r: number,
    private readonly a: number,
    private readonly b: number,
    private readonly nearOneFrom = NEAR_ONE,
  ) {
    this.A = a + b - 1 - r;
    this.eps = a - 1;
  }

  /** C = a + b + x − 1, moved off a pole (0, −1, −2 …) when a + b ≤ 1 puts it on one for x = 0. */
  lowerArgument(x: number): number {
    const c = this.a + this.b + x - 1;
    const nearest = Math.round(c);
    return nearest <= 0 && Math.abs(c - nearest) < 1e-9 ? nearest + 1e-9 : c;
  }

  /** Q(x, z) = (1 − (1 − z)^{a−1} ₂F₁(A, a − 1; C; z)) / (a − 1) for 0 ≤ z < 1. */
  quotient(x: number, z: number): number {
    if (z <= 0) return 0;
    if (z >= this.nearOneFrom) {
      try {
        return quotientNearOne(this.r, this.a, this.b, x, this.lowerArgument(x), z);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error; // ill-conditioned there: the series below
      }
    }
    const L = Math.log1p(-z);
    if (this.a > LARGE_A) {
      // Q = (1 − (1 − z)^{r+x} ₂F₁(r + x, b + x; C; z)) / (a − 1)
      const lnF = (this.r + x) * L + logHyp2f1Positive(this.r + x, this.b + x, this.lowerArgument(x), z);
      return -Math.expm1(lnF) / this.eps;
    }
    const S = this.sum(x, z, Math.abs(L));
    return -(expm1Ratio(this.eps, L) + Math.exp(this.eps * L) * S);
  }

  /** S = Σ_{n≥1} d_n zⁿ, summed in blocks of 8 terms with the tail test (hyp2f1.ts) after each block. */
  private sum(x: number, z: number, scale: number): number {
    const entry = this.entry(x);
    let d = entry.d;
    let S = 0;
    let power = z;
    let n = 1;
    while (n <= SERIES_MAX_TERMS) {
      if (n + BLOCK >= d.length) d = this.extend(entry, 2 * (d.length - 1));
      let term = 0;
      for (const end = n + BLOCK; n < end; n++) {
        term = d[n] * power;
        S += term;
        power *= z;
      }
      const last = n - 1;
      if (last > entry.settled) {
        const rho = Math.max(majorant(this.A, this.eps, entry.C, last) * z, z);
        if (rho < 1 && (Math.abs(term) * rho) / (1 - rho) <= EPSILON * (Math.abs(S) + scale)) return S;
      }
    }
    throw new RangeError(`BG/NBD series did not converge for x = ${x}, z = ${z}`);
  }

  private entry(x: number): SeriesEntry {
    let entry = this.byX[x];
    if (!entry) {
      const C = this.lowerArgument(x);
      const d = new Float64Array(2);
      d[1] = this.A / C;
      entry = this.byX[x] = { C, settled: tailBoundStart(Math.abs(this.A), Math.abs(this.eps), C), d };
      this.extend(entry, 64);
    }
    return entry;
  }

  /** Extends d_0 … d_length of this x (d_0 unused): d_{n+1} = d_n (A + n)(ε + n) / ((C + n)(n + 1)). */
  private extend(entry: SeriesEntry, length: number): Float64Array {
    const old = entry.d;
    const d = new Float64Array(length + 1);
    d.set(old);
    for (let n = old.length - 1; n < length; n++) d[n + 1] = (d[n] * (this.A + n) * (this.eps + n)) / ((entry.C + n) * (n + 1));
    entry.d = d;
    return d;
  }
}

interface SeriesEntry {
  C: number;
  settled: number;
  d: Float64Array;
}
