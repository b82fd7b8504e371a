/**
 * Predictive CLV (DESIGN §3): for each customer, over months m = 1 … H (a month = 30.4375 days),
 *   CLV = margin × E[value] × Σ_m (E[Y(t_m) | x, t_x, T] − E[Y(t_{m−1}) | x, t_x, T]) / (1 + d)^m,
 * t_m = m months in the model's unit, E[Y] the BG/NBD conditional expectation (FHL 2005 eq. 10), E[value]
 * the Gamma-Gamma expected average value (Fader & Hardie 2013 eq. 5), d the monthly discount rate
 * (as lifetimes' customer_lifetime_value: discounting month by month). In money of the data, per customer;
 * nothing depends on the time unit the model was fitted in.
 */
import { PurchasePredictor } from './bgnbd';
import { safeExpectedValue } from './gamma-gamma';
import { DAYS_PER_MONTH, DEFAULT_MARGIN } from '../kpis';
import { DAYS_PER_UNIT, type Fitted, type ModelInput } from './model';

export interface ClvOptions {
  horizonMonths: number;
  /** Gross margin as a fraction (0.3 = 30 %). */
  margin: number;
  /** Discount rate per month (0.01 ≈ 12.7 % a year); 0 = no discounting. */
  monthlyDiscountRate: number;
}

export const DEFAULT_CLV: ClvOptions = { horizonMonths: 12, margin: DEFAULT_MARGIN, monthlyDiscountRate: 0.01 };

/** The monthly rate equivalent to an annual one: (1 + annual)^(1/12) − 1. */
export function monthlyRateFromAnnual(annual: number): number {
  return Math.pow(1 + annual, 1 / 12) - 1;
}

/** Per customer, in the input's order. */
export interface CustomerScores {
  /** P(alive) at the as-of date (1 for one-time buyers in the BG/NBD, and for everyone in the NBD fallback). */
  pAlive: Float64Array;
  /** Expected purchase days over the horizon (undiscounted). */
  expectedPurchases: Float64Array;
  /** Expected value of each future purchase (Gamma-Gamma; population mean for one-time buyers). */
  expectedValue: Float64Array;
  /** Discounted margin over the horizon. */
  clv: Float64Array;
}

export function scoreCustomers(fitted: Fitted, input: ModelInput, options: ClvOptions = DEFAULT_CLV): CustomerScores {
  const { models, compressed } = fitted;
  const { rows, rowOf } = compressed;
  const predictor = new PurchasePredictor(models.purchases.model);
  const monthInUnits = DAYS_PER_MONTH / DAYS_PER_UNIT[models.unit];
  const discounts = Array.from({ length: options.horizonMonths }, (_, k) => Math.pow(1 + options.monthlyDiscountRate, -(k + 1)));
  const rowAlive = new Float64Array(rows.length);
  const rowPurchases = new Float64Array(rows.length);
  const rowDiscounted = new Float64Array(rows.length);
  const monthEnds = Array.from({ length: options.horizonMonths }, (_, k) => (k + 1) * monthInUnits);
  const expected = new Float64Array(options.horizonMonths);
  for (let j = 0; j < rows.length; j++) {
    const x = rows.x[j], tx = rows.tx[j], T = rows.T[j];
    predictor.conditionalAt(x, tx, T, monthEnds, expected);
    let previous = 0, discounted = 0;
    for (let m = 0; m < options.horizonMonths; m++) {
      discounted += (expected[m] - previous) * discounts[m];
      previous = expected[m];
    }
    rowAlive[j] = predictor.pAlive(x, tx, T);
    rowPurchases[j] = previous;
    rowDiscounted[j] = discounted;
  }
  const n = input.x.length;
  const scores: CustomerScores = {
    pAlive: new Float64Array(n), expectedPurchases: new Float64Array(n), expectedValue: new Float64Array(n),
    clv: new Float64Array(n),
  };
  const value = models.value;
  for (let i = 0; i < n; i++) {
    const j = rowOf[i];
    const x = input.x[i], zbar = input.repeatValue[i];
    const v = value
      ? safeExpectedValue(value.params, x, x > 0 ? zbar : 0, models.observedMeanValue)
      : models.observedMeanValue;
    scores.pAlive[i] = rowAlive[j];
    scores.expectedPurchases[i] = rowPurchases[j];
    scores.expectedValue[i] = v;
    scores.clv[i] = options.margin * v * rowDiscounted[j];
  }
  return scores;
}
