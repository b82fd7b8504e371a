/**
 * BG/NBD predictions (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way",
 * http://brucehardie.com/papers/018/fader_et_al_mksc_05.pdf; the formulas as in Fader & Hardie's note
 * "Computing P(alive) using the BG/NBD model", http://brucehardie.com/notes/021/).
 *
 * Per customer: x repeat purchase days, t_x time of the last one, T time since the first, all measured from
 * the first purchase day in the model's time unit (t, α too). r and α are the Gamma mixing of purchase rates,
 * a and b the Beta mixing of the dropout probability after each purchase.
 *
 * When the data cannot identify dropout (b → ∞ or a → 0) the model is its limit, the NBD (no dropout):
 * kind 'nbd', P(alive) = 1, E[X(t)] = r t / α, E[Y(t) | x, T] = (r + x) t / (α + T).
 */
import { DropoutSeries } from './bgnbd-series';
import { log1pExp } from './special';

export interface BgnbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export type PurchaseModel = ({ kind: 'bgnbd' } & BgnbdParams) | { kind: 'nbd'; r: number; alpha: number };

export function bgnbdModel(params: BgnbdParams): PurchaseModel {
  return { kind: 'bgnbd', ...params };
}

/**
 * All predictions of one fitted model. Reuse one predictor for many customers: the hypergeometric
 * coefficients are cached per x.
 */
export class PurchasePredictor {
  private readonly series: DropoutSeries | null;

  constructor(readonly model: PurchaseModel) {
    this.series = model.kind === 'bgnbd' ? new DropoutSeries(model.r, model.a, model.b) : null;
  }

  /**
   * ln of the odds of having dropped out: ln(a / (b + x − 1)) + (r + x) ln((α + T) / (α + t_x)) for x > 0
   * (FHL 2005 eq. 8's denominator, https://brucehardie.com/notes/021/ eq. 3); −∞ for x = 0 or the NBD.
   */
  logDeadOdds(x: number, tx: number, T: number): number {
    const m = this.model;
    if (m.kind === 'nbd' || x === 0) return -Infinity;
    return Math.log(m.a) - Math.log(m.b + x - 1) + (m.r + x) * Math.log((m.alpha + T) / (m.alpha + tx));
  }

  /** P(alive | x, t_x, T): the chance the customer has not dropped out by T (1 for x = 0 in the BG/NBD). */
  pAlive(x: number, tx: number, T: number): number {
    return Math.exp(-log1pExp(this.logDeadOdds(x, tx, T)));
  }

  /**
   * P(X(T, T + t) = 0 | x, t_x, T): the chance of no purchase in the next t. Alive at T with rate λ, no purchase
   * means no dropout opportunity either, so it is e^(−λt) averaged over λ | alive ~ Gamma(r + x, α + T):
   * 1 − P(alive) + P(alive) · ((α + T) / (α + T + t))^(r + x) — the x* = 0 term of the BG/NBD conditional PMF
   * (FHL 2005's model; a dead customer buys nothing, so the (1 − P(alive)) term belongs here). NBD: P(alive) = 1.
   */
  pNoPurchase(x: number, tx: number, T: number, t: number): number {
    if (t <= 0) return 1;
    const m = this.model;
    const stay = Math.exp((m.r + x) * Math.log((m.alpha + T) / (m.alpha + T + t)));
    return 1 - this.pAlive(x, tx, T) * (1 - stay);
  }

  /** E[X(t)]: expected repeat purchases of a new customer in (0, t] (FHL 2005 eq. 7). */
  expectedNew(t: number): number {
    return this.conditional(0, 0, 0, t);
  }

  /**
   * E[Y(t) | x, t_x, T]: expected purchases in (T, T + t] of a customer with this history (FHL 2005 eq. 10),
   * = (a + b + x − 1) Q(x, z) · P(alive), z = t / (α + T + t), Q from bgnbd-series.ts.
   */
  conditional(x: number, tx: number, T: number, t: number): number {
    const m = this.model;
    if (t <= 0) return 0;
    if (m.kind === 'nbd') return ((m.r + x) * t) / (m.alpha + T);
    const z = t / (m.alpha + T + t);
    return checked(this.series!.lowerArgument(x) * this.series!.quotient(x, z) * this.pAlive(x, tx, T));
  }

  /** E[Y(t) | x, t_x, T] for several horizons at once (P(alive) computed once): out[k] for ts[k]. */
  conditionalAt(x: number, tx: number, T: number, ts: ArrayLike<number>, out: Float64Array): Float64Array {
    const m = this.model;
    if (m.kind === 'nbd') {
      for (let k = 0; k < ts.length; k++) out[k] = ts[k] > 0 ? ((m.r + x) * ts[k]) / (m.alpha + T) : 0;
      return out;
    }
    const scale = this.series!.lowerArgument(x) * this.pAlive(x, tx, T);
    for (let k = 0; k < ts.length; k++) {
      out[k] = ts[k] > 0 ? checked(scale * this.series!.quotient(x, ts[k] / (m.alpha + T + ts[k]))) : 0;
    }
    return out;
  }
}

/** An expected count: finite and ≥ 0 (rounding may leave −1e-16); anything else is an error, never shown. */
function checked(value: number): number {
  if (!(Number.isFinite(value) && value > -1e-9)) throw new RangeError(`BG/NBD expectation out of range: ${value}`);
  return Math.max(0, value);
}

export function pAlive(model: PurchaseModel, x: number, tx: number, T: number): number {
  return new PurchasePredictor(model).pAlive(x, tx, T);
}

/** P(at least one purchase in the next t) = 1 − P(X(T, T + t) = 0 | x, t_x, T) (DESIGN §3c next purchase). */
export function pBuyWithin(model: PurchaseModel, x: number, tx: number, T: number, t: number): number {
  return 1 - new PurchasePredictor(model).pNoPurchase(x, tx, T, t);
}
