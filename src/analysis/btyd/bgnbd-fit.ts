/**
 * Maximum-likelihood fit of the BG/NBD (Fader, Hardie & Lee 2005, section 3) on compressed rows, with the
 * NBD limit as the fallback when the data cannot identify dropout.
 *
 * Dropout is not identified when the likelihood keeps rising as b → ∞ or a → 0 (the Beta of dropout
 * probabilities collapses onto 0: nobody is seen to leave — typical of wholesale data, or of too short a
 * history). The bounded parameterisation (bounded.ts) stops such a run at b ≈ 1e8 / a ≈ 1e-8 at the latest,
 * where the likelihood is no better than the NBD's (the limit itself, fitted too): whenever the BG/NBD
 * maximum does not beat the NBD, the model is the NBD (P(alive) = 1 for everyone) and `dropout` says so.
 */
import type { BgnbdParams, PurchaseModel } from './bgnbd';
import { bgnbdTotal, nbdTotal } from './bgnbd-likelihood';
import { boundSide, fromParameter, parameterSlope, toParameter } from './bounded';
import type { RftRows } from './compress';
import { minimize } from './optimize';

export type ParamName = 'r' | 'alpha' | 'a' | 'b';

export interface BgnbdFit {
  /** The model the predictions use: the BG/NBD, or the NBD limit when dropout is not identified. */
  model: PurchaseModel;
  /**
   * The BG/NBD maximum itself (within the bounds). When dropout is not identified it is no better than the
   * NBD (a → 0 or b → ∞, often stopped short of the bound where the likelihood has gone flat): not meaningful.
   */
  bgnbd: BgnbdParams;
  /** 'not-identified': the data show no dropout; the NBD limit is used and the UI must say so. */
  dropout: 'identified' | 'not-identified';
  /** Σ ln L_i of `model` (time unit dependent: shifts by Σ x ln k when times are divided by k). */
  logLikelihood: number;
  /** Log-likelihood of the BG/NBD optimum (equals logLikelihood when dropout is identified). */
  bgnbdLogLikelihood: number;
  /**
   * Parameters of `model` at a bound of the fit: the data do not pin them down (r and α together: purchase
   * rates more uneven than the data can show — typically almost nobody has come back). Show a warning.
   */
  atBound: ParamName[];
  converged: boolean;
  iterations: number;
  /** Customers (Σ weights) and distinct (x, t_x, T) rows fitted. */
  customers: number;
  rows: number;
}

const NAMES: ParamName[] = ['r', 'alpha', 'a', 'b'];
/** Log-likelihood units: 2 ΔLL = 0.02 is far below any test's threshold for "dropout improves the fit". */
const NO_GAIN = 0.01;
const SUBSET_ROWS = 5000;

function weightSum(rows: RftRows): number {
  let s = 0;
  for (let i = 0; i < rows.length; i++) s += rows.weight[i];
  return s;
}

/** Weighted mean of T: the time scale α is measured against (so days and weeks give the same fit). */
function timeScale(rows: RftRows, customers: number): number {
  let s = 0;
  for (let i = 0; i < rows.length; i++) s += rows.weight[i] * rows.T[i];
  return s > 0 ? s / customers : 1;
}

/** −(mean ln L) over the rows and its gradient, as a function of the bounded log-parameters θ. */
function objectiveOn(rows: RftRows, scales: number[]) {
  const customers = weightSum(rows);
  return (theta: Float64Array) => {
    const [r, alpha, a, b] = NAMES.map((_, k) => toParameter(theta[k], scales[k]));
    const { ll, gradient } = bgnbdTotal({ r, alpha, a, b }, rows);
    const g = Float64Array.from(gradient, (v, k) => (-v * parameterSlope(theta[k], scales[k])) / customers);
    return { f: -ll / customers, g };
  };
}

/** Every k-th row, so that about SUBSET_ROWS remain (a warm start only: any representative subset will do). */
function subset(rows: RftRows): RftRows {
  const step = Math.ceil(rows.length / SUBSET_ROWS);
  const pick = <T extends Int32Array | Float64Array>(a: T) => a.filter((_, i) => i % step === 0) as T;
  return {
    ...rows, length: Math.ceil(rows.length / step), x: pick(rows.x), tx: pick(rows.tx), T: pick(rows.T),
    weight: pick(rows.weight), txAt: pick(rows.txAt), TAt: pick(rows.TAt),
  };
}

export function fitBgnbd(rows: RftRows): BgnbdFit {
  const customers = weightSum(rows);
  if (customers === 0) throw new RangeError('BG/NBD: no customers to fit');
  const scales = [1, timeScale(rows, customers), 1, 1];
  // On many distinct rows, start from the fit to a strided subset: the full data then need a few steps only
  const warm = rows.length > 2 * SUBSET_ROWS ? minimize(objectiveOn(subset(rows), scales), [0, 0, 0, 0]) : null;
  const best = minimize(objectiveOn(rows, scales), warm?.x ?? [0, 0, 0, 0], { inverseHessian: warm?.inverseHessian });
  const [r, alpha, a, b] = NAMES.map((_, k) => toParameter(best.x[k], scales[k]));
  const bgnbd: BgnbdParams = { r, alpha, a, b };
  const sides = NAMES.map((_, k) => boundSide(bgnbd[NAMES[k]], scales[k]));
  const bgnbdLogLikelihood = -best.f * customers;
  // The NBD is the BG/NBD's limit b → ∞ / a → 0, so its likelihood is (up to the optimiser's tolerance) a
  // lower bound; a BG/NBD maximum that beats it by less than NO_GAIN shows no dropout in the data.
  const nbd = fitNbd(rows, customers, scales[1], [fromParameter(bgnbd.r, 1), fromParameter(bgnbd.alpha, scales[1])]);
  // (a bound alone says nothing: a and b both huge is a sharp, well-identified dropout probability a / (a + b))
  const noDropout = bgnbdLogLikelihood - nbd.ll < NO_GAIN;
  const common = { bgnbd, bgnbdLogLikelihood, customers, rows: rows.length, iterations: best.iterations + nbd.iterations };
  if (!noDropout) {
    const atBound = NAMES.filter((_, k) => sides[k] !== 0);
    return { ...common, model: { kind: 'bgnbd', ...bgnbd }, dropout: 'identified', logLikelihood: bgnbdLogLikelihood, atBound, converged: best.converged };
  }
  const atBound = (['r', 'alpha'] as const).filter((name, k) => boundSide(nbd[name], scales[k]) !== 0);
  return { ...common, model: { kind: 'nbd', r: nbd.r, alpha: nbd.alpha }, dropout: 'not-identified', logLikelihood: nbd.ll, atBound, converged: nbd.converged };
}

function fitNbd(rows: RftRows, customers: number, alphaScale: number, start: number[]) {
  const scales = [1, alphaScale];
  const objective = (theta: Float64Array) => {
    const r = toParameter(theta[0], 1);
    const alpha = toParameter(theta[1], alphaScale);
    const { ll, gradient } = nbdTotal(r, alpha, rows);
    const g = Float64Array.from(gradient, (v, k) => (-v * parameterSlope(theta[k], scales[k])) / customers);
    return { f: -ll / customers, g };
  };
  const best = minimize(objective, start);
  return {
    r: toParameter(best.x[0], 1), alpha: toParameter(best.x[1], alphaScale), ll: -best.f * customers,
    converged: best.converged, iterations: best.iterations,
  };
}
