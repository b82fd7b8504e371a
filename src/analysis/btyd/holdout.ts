/**
 * Holdout validation (DESIGN §3; as in Fader, Hardie & Lee 2005, Figures 3–4): the models are fitted on the
 * calibration period (purchase days up to the split date, customers whose first purchase is on or before
 * it); their conditional expectations E[Y(t) | x, t_x, T] for the holdout (split, end] are compared with the
 * repeat purchase days that actually happened — per calibration-frequency bin and cumulatively per week.
 */
import { PurchasePredictor } from './bgnbd';
import { DAYS_PER_UNIT, type Fitted, type ModelInput } from './model';

export interface FrequencyBin {
  /** Calibration repeat purchases x of the bin; the last bin holds x ≥ this (label "7+"). */
  x: number;
  open: boolean;
  customers: number;
  actualMean: number;
  predictedMean: number;
}

export interface HoldoutWeek {
  /** 1-based week of the holdout; its last day is split + 7·week (the last week may be shorter). */
  week: number;
  days: number;
  actualCumulative: number;
  predictedCumulative: number;
}

export interface HoldoutValidation {
  customers: number;
  holdoutDays: number;
  /** Repeat purchase days in the holdout, actual and expected by the model. */
  actual: number;
  predicted: number;
  /** (predicted − actual) / actual; null when there was no purchase. */
  relativeError: number | null;
  /** Mean over customers of |predicted − actual| (purchase days per customer). */
  meanAbsoluteError: number;
  bins: FrequencyBin[];
  weekly: HoldoutWeek[];
}

/**
 * @param fitted models fitted on the calibration data `input` (x, t_x, T up to the split date)
 * @param input   the same customers, with `holdout` = their purchase days in (split, end]
 * @param holdoutDays end − split in days
 * @param weeklyActual purchase days in holdout week 1, 2, … (from btyd-holdout-weekly.sql)
 */
export function validateHoldout(
  fitted: Fitted,
  input: ModelInput,
  holdoutDays: number,
  weeklyActual: ArrayLike<number>,
  options: { maxBin?: number } = {},
): HoldoutValidation {
  const { maxBin = 7 } = options;
  const { rows, rowOf } = fitted.compressed;
  const predictor = new PurchasePredictor(fitted.models.purchases.model);
  const unitDays = DAYS_PER_UNIT[fitted.models.unit];
  const rowPredicted = new Float64Array(rows.length);
  for (let j = 0; j < rows.length; j++) rowPredicted[j] = predictor.conditional(rows.x[j], rows.tx[j], rows.T[j], holdoutDays / unitDays);

  const binCount = new Float64Array(maxBin + 1), binActual = new Float64Array(maxBin + 1), binPredicted = new Float64Array(maxBin + 1);
  let actual = 0, predicted = 0, absolute = 0;
  const n = input.x.length;
  for (let i = 0; i < n; i++) {
    const p = rowPredicted[rowOf[i]], a = input.holdout[i], bin = Math.min(input.x[i], maxBin);
    actual += a;
    predicted += p;
    absolute += Math.abs(p - a);
    binCount[bin]++;
    binActual[bin] += a;
    binPredicted[bin] += p;
  }
  const bins: FrequencyBin[] = [];
  for (let k = 0; k <= maxBin; k++) {
    if (binCount[k] === 0) continue;
    bins.push({ x: k, open: k === maxBin, customers: binCount[k], actualMean: binActual[k] / binCount[k], predictedMean: binPredicted[k] / binCount[k] });
  }
  return {
    customers: n, holdoutDays, actual, predicted,
    relativeError: actual > 0 ? (predicted - actual) / actual : null,
    meanAbsoluteError: n > 0 ? absolute / n : 0,
    bins,
    weekly: weeklyTracking(predictor, fitted, holdoutDays, weeklyActual, unitDays),
  };
}

function weeklyTracking(predictor: PurchasePredictor, fitted: Fitted, holdoutDays: number, weeklyActual: ArrayLike<number>, unitDays: number): HoldoutWeek[] {
  const { rows } = fitted.compressed;
  const weeks = Math.ceil(holdoutDays / 7);
  const days = Array.from({ length: weeks }, (_, k) => Math.min(7 * (k + 1), holdoutDays));
  const times = days.map((d) => d / unitDays);
  const expected = new Float64Array(weeks);
  const row = new Float64Array(weeks);
  for (let j = 0; j < rows.length; j++) {
    predictor.conditionalAt(rows.x[j], rows.tx[j], rows.T[j], times, row);
    for (let k = 0; k < weeks; k++) expected[k] += rows.weight[j] * row[k];
  }
  let cumulative = 0;
  return days.map((d, k) => {
    cumulative += weeklyActual[k] ?? 0;
    return { week: k + 1, days: d, actualCumulative: cumulative, predictedCumulative: expected[k] };
  });
}
