/**
 * The SQL side of the customer-value models: per-customer (x, t_x, T, average repeat value, holdout
 * purchases) and the weekly holdout purchases, from `purchase_days` (build it first: purchase-days.ts).
 * The model itself (btyd/) runs on the plain arrays returned here, in a worker (btyd-client.ts).
 */
import type { Db } from './db';
import type { ModelInput } from './btyd/model';
import customersSql from './sql/btyd-customers.sql?raw';
import weeklySql from './sql/btyd-holdout-weekly.sql?raw';
import { addDays, daysBetween } from './calendar';

export interface ModelData extends ModelInput {
  /** customer_id of each entry (kept on the page; the worker gets only the numeric arrays). */
  ids: string[];
}

interface CustomerRow {
  customer_id: string;
  x: number;
  t_x: number;
  T: number;
  repeat_value: number;
  holdout: number;
  [key: string]: unknown;
}

/**
 * Customers whose first purchase day is on or before `calibrationEnd`, summarised up to it; `holdout` counts
 * their purchase days in (calibrationEnd, holdoutEnd]. For the LTV view both dates are the as-of date.
 */
export async function loadModelData(db: Db, calibrationEnd: string, holdoutEnd: string = calibrationEnd): Promise<ModelData> {
  const rows = await db.query<CustomerRow>(customersSql, [calibrationEnd, holdoutEnd]);
  const n = rows.length;
  const data: ModelData = {
    ids: new Array<string>(n),
    x: new Int32Array(n), txDays: new Int32Array(n), TDays: new Int32Array(n),
    repeatValue: new Float64Array(n), holdout: new Int32Array(n),
  };
  rows.forEach((row, i) => {
    data.ids[i] = String(row.customer_id);
    data.x[i] = Number(row.x);
    data.txDays[i] = Number(row.t_x);
    data.TDays[i] = Number(row.T);
    data.repeatValue[i] = Number(row.repeat_value);
    data.holdout[i] = Number(row.holdout);
  });
  return data;
}

/** Purchase days per holdout week: index 0 = week 1 = (split, split + 7 days]. */
export async function loadHoldoutWeekly(db: Db, split: string, end: string): Promise<number[]> {
  const rows = await db.query<{ week: number; purchases: number }>(weeklySql, [split, end]);
  const weeks = Math.ceil(daysBetween(split, end) / 7);
  const counts = new Array<number>(Math.max(0, weeks)).fill(0);
  for (const row of rows) counts[Number(row.week) - 1] = Number(row.purchases);
  return counts;
}

/**
 * The default split date: two thirds into the history from the first to the last purchase date (the last
 * third is the holdout), as YYYY-MM-DD.
 */
export function defaultSplitDate(firstDate: string, lastDate: string): string {
  return addDays(firstDate, Math.floor((2 * daysBetween(firstDate, lastDate)) / 3));
}
