/**
 * P(alive) for the LTV view's heatmap (frequency × recency) and the customer card's history, from a fitted
 * purchase model (FHL 2005 eq. 8; https://brucehardie.com/notes/021/). Times are given in days and
 * converted to the model's unit, so callers never handle units.
 */
import { PurchasePredictor, type PurchaseModel } from './bgnbd';
import { DAYS_PER_UNIT, type TimeUnit } from './model';

/**
 * P(alive) of a customer observed for `TDays` days after the first purchase, for each repeat count x in
 * `xs` (rows) and last-purchase day t_x in `txDays` (columns, days after the first purchase; t_x > T gives
 * null). x = 0 is always 1 in the BG/NBD: one-time buyers have not been seen to drop out yet.
 */
export function pAliveMatrix(model: PurchaseModel, unit: TimeUnit, TDays: number, xs: number[], txDays: number[]): Array<Array<number | null>> {
  const predictor = new PurchasePredictor(model);
  const k = DAYS_PER_UNIT[unit];
  return xs.map((x) => txDays.map((tx) => (tx > TDays || (x === 0 && tx > 0) ? null : predictor.pAlive(x, tx / k, TDays / k))));
}

export interface PAlivePoint {
  /** Days after the customer's first purchase day. */
  day: number;
  pAlive: number;
}

/**
 * How P(alive) evolved for one customer: at each `stepDays` from the first purchase day up to `untilDay`
 * (and at every purchase day), computed from the purchases up to that day. `purchaseDays`: the customer's
 * purchase days as days after the first one (0 first), ascending.
 */
export function pAliveHistory(model: PurchaseModel, unit: TimeUnit, purchaseDays: number[], untilDay: number, stepDays = 7): PAlivePoint[] {
  const predictor = new PurchasePredictor(model);
  const k = DAYS_PER_UNIT[unit];
  const days = new Set<number>();
  for (let d = 0; d <= untilDay; d += stepDays) days.add(d);
  for (const d of purchaseDays) if (d <= untilDay) days.add(d);
  days.add(untilDay);
  let seen = 0;
  return [...days].sort((a, b) => a - b).map((day) => {
    while (seen < purchaseDays.length && purchaseDays[seen] <= day) seen++;
    const x = Math.max(0, seen - 1);
    const tx = seen > 0 ? purchaseDays[seen - 1] : 0;
    return { day, pAlive: predictor.pAlive(x, tx / k, day / k) };
  });
}
