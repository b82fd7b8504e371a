/**
 * Fitting both models from plain per-customer arrays (what the SQL in ../model-data.ts returns): the BG/NBD
 * on (x, t_x, T) and the Gamma-Gamma on the average repeat-purchase value. Pure and synchronous: the worker
 * calls it, and so can tests.
 */
import { fitBgnbd, type BgnbdFit } from './bgnbd-fit';
import { compressRft, inUnit, type Compressed, type RftRows } from './compress';
import { frequencyValueCheck, type FrequencyValueCheck } from './gamma-gamma';
import { fitGammaGamma, type GammaGammaFit } from './gamma-gamma-fit';

export type TimeUnit = 'day' | 'week';
export const DAYS_PER_UNIT: Record<TimeUnit, number> = { day: 1, week: 7 };

/** One entry per customer (same order in every array); times in whole days from the first purchase day. */
export interface ModelInput {
  /** Repeat purchase days (purchase days − 1) up to the calibration end. */
  x: Int32Array;
  /** Days from the first to the last purchase day. */
  txDays: Int32Array;
  /** Days from the first purchase day to the calibration end (the as-of date). */
  TDays: Int32Array;
  /** Average value of the repeat purchase days (a day's value = its revenue); 0 when x = 0. */
  repeatValue: Float64Array;
  /** Purchase days after the calibration end, up to the holdout end (zeros without a holdout). */
  holdout: Int32Array;
}

export interface FittedModels {
  unit: TimeUnit;
  purchases: BgnbdFit;
  /** null when no customer has a repeat purchase of positive value (no values to fit). */
  value: GammaGammaFit | null;
  valueCheck: FrequencyValueCheck;
  /** Customers with x > 0 (Gamma-Gamma's population) … */
  repeatCustomers: number;
  /** … of whom this many have average repeat value 0 (free items, bonus points): left out of the fit. */
  zeroValueExcluded: number;
  /** Mean repeat value of the fitted customers: the value fallback when the model has none (q ≤ 1). */
  observedMeanValue: number;
}

export interface Fitted {
  models: FittedModels;
  /** Distinct (x, t_x, T) rows, times in the model's unit, and each customer's row. */
  compressed: Compressed;
}

export function fitModels(input: ModelInput, unit: TimeUnit = 'week'): Fitted {
  const compressedDays = compressRft(input.x, input.txDays, input.TDays);
  const rows: RftRows = inUnit(compressedDays.rows, DAYS_PER_UNIT[unit]);
  const purchases = fitBgnbd(rows);
  let repeatCustomers = 0, zeroValueExcluded = 0, valueSum = 0;
  for (let i = 0; i < input.x.length; i++) {
    if (input.x[i] === 0) continue;
    repeatCustomers++;
    if (input.repeatValue[i] > 0) valueSum += input.repeatValue[i];
    else zeroValueExcluded++;
  }
  const fitted = repeatCustomers - zeroValueExcluded;
  const value = fitted > 0 ? fitGammaGamma(input.x, input.repeatValue) : null;
  return {
    models: {
      unit, purchases, value, valueCheck: frequencyValueCheck(input.x, input.repeatValue),
      repeatCustomers, zeroValueExcluded, observedMeanValue: fitted > 0 ? valueSum / fitted : 0,
    },
    compressed: { rows, rowOf: compressedDays.rowOf },
  };
}
