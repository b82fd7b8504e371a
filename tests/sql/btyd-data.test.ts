import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/analysis/db';
import { defaultSplitDate, loadHoldoutWeekly, loadModelData } from '../../src/analysis/model-data';
import { fitModels } from '../../src/analysis/btyd/model';
import { day, ordersDb, type OrderSpec } from './lifecycle-datasets';

// Split (calibration end) on day 40, holdout end day 60; one order per row, [customer, day, revenue].
const ORDERS: OrderSpec[] = [
  ['a', 0, '10.00'], ['a', 10, '20.00'], ['a', 10, '5.00'], ['a', 30, '15.00'], ['a', 50, '9.00'],
  ['b', 5, '12.00'], ['b', 45, '3.00'], ['b', 46, '4.00'],
  ['c', 20, '10.00'], ['c', 25, '0.00'],
  ['d', 41, '8.00'],
];

describe('model input from purchase days', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await ordersDb(ORDERS);
  });
  afterAll(() => db.close());

  it('gives x, t_x, T in days, the average repeat-day value and the holdout purchase days', async () => {
    const data = await loadModelData(db, day(40), day(60));
    // d's first purchase is after the split: not a calibration customer
    expect(data.ids).toEqual(['a', 'b', 'c']);
    // a: purchase days 0, 10 (two orders: 25.00), 30 → x = 2, t_x = 30, T = 40, repeat value (25 + 15) / 2; day 50 in the holdout
    // b: one purchase day 5 → x = 0, T = 35; days 45 and 46 in the holdout
    // c: days 20 and 25 (0.00) → x = 1, t_x = 5, T = 20, repeat value 0
    expect(Array.from(data.x)).toEqual([2, 0, 1]);
    expect(Array.from(data.txDays)).toEqual([30, 0, 5]);
    expect(Array.from(data.TDays)).toEqual([40, 35, 20]);
    expect(Array.from(data.repeatValue)).toEqual([20, 0, 0]);
    expect(Array.from(data.holdout)).toEqual([1, 2, 0]);
  });

  it('without a holdout end, counts nothing after the as-of date', async () => {
    const data = await loadModelData(db, day(40));
    expect(Array.from(data.holdout)).toEqual([0, 0, 0]);
    expect((await loadModelData(db, day(60))).ids).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts the holdout purchase days per week after the split', async () => {
    // b's days 45 and 46 are in week 1 (days 41–47), a's day 50 in week 2; d (first purchase day 41) is not counted
    expect(await loadHoldoutWeekly(db, day(40), day(60))).toEqual([2, 1, 0]);
  });

  it('leaves customers with zero average repeat value out of Gamma-Gamma and counts them', async () => {
    const { models } = fitModels(await loadModelData(db, day(40)), 'day');
    expect(models).toMatchObject({ repeatCustomers: 2, zeroValueExcluded: 1, observedMeanValue: 20 });
    expect(models.value!.customers).toBe(1);
  });

  it('splits two thirds into the history by default', () => {
    expect(defaultSplitDate('2024-01-01', '2024-01-31')).toBe('2024-01-21');
    expect(defaultSplitDate('1997-01-01', '1998-06-30')).toBe('1997-12-30'); // 545 days → day 363 (Jan 1 + 364 = Dec 31)
  });
});
