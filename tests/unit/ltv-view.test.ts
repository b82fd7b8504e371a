import { describe, expect, it } from 'vitest';
import {
  aliveGrid,
  annualRate,
  monthlyDiscountRate,
  parseLtvOptions,
  purchaseDayOffsets,
  summaryAtMargin,
  validSplit,
  DEFAULT_LTV_OPTIONS,
} from '../../src/analysis/ltv-view';
import { pAlive, type PurchaseModel } from '../../src/analysis/btyd/bgnbd';
import { summarizeClv } from '../../src/analysis/btyd/clv-summary';

const weekly: PurchaseModel = { kind: 'bgnbd', r: 0.2425945, alpha: 4.4136019, a: 0.7929219, b: 2.4259062 };

describe('LTV view helpers', () => {
  it('read the model options from the hash with safe defaults', () => {
    expect(parseLtvOptions({})).toEqual(DEFAULT_LTV_OPTIONS);
    expect(parseLtvOptions({ unit: 'day', horizon: '24', rate: '10', per: 'year' })).toEqual({ unit: 'day', horizonMonths: 24, ratePercent: 10, per: 'year' });
    expect(parseLtvOptions({ unit: 'month', horizon: '0', rate: '-1', per: 'decade' })).toEqual(DEFAULT_LTV_OPTIONS);
    expect(parseLtvOptions({ rate: '0' }).ratePercent).toBe(0);
  });

  it('turn a yearly discount rate into the monthly one and back', () => {
    expect(monthlyDiscountRate({ ratePercent: 1, per: 'month' })).toBe(0.01);
    const monthly = monthlyDiscountRate({ ratePercent: 12.682503013196973, per: 'year' });
    expect(monthly).toBeCloseTo(0.01, 12);
    expect(annualRate(monthly)).toBeCloseTo(0.12682503013196973, 12);
  });

  it('scale every money figure of the CLV summary by the margin, and nothing else', () => {
    const clv = Float64Array.from([10, 0, 5, 2.5, 40]);
    const scores = { clv, pAlive: clv.map(() => 0.5), expectedPurchases: clv.map((v) => v / 10), expectedValue: clv.map(() => 7) };
    const at1 = summarizeClv(scores, { top: 2, bins: 4 });
    const at30 = summaryAtMargin(at1, 0.3);
    const direct = summarizeClv({ ...scores, clv: clv.map((v) => v * 0.3) }, { top: 2, bins: 4 });
    expect(at30.total).toBeCloseTo(direct.total, 12);
    expect(at30.median).toBeCloseTo(direct.median, 12);
    expect(at30.top.map((c) => [c.index, c.clv])).toEqual(direct.top.map((c) => [c.index, expect.closeTo(c.clv, 12)]));
    expect(at30.deciles.map((d) => d.share)).toEqual(at1.deciles.map((d) => d.share));
    expect(at30.histogram.map((b) => b.customers)).toEqual(direct.histogram.map((b) => b.customers));
    expect(at30.histogram.at(-1)!.to).toBeCloseTo(direct.histogram.at(-1)!.to, 12);
    expect(at30.expectedPurchasesTotal).toBe(at1.expectedPurchasesTotal);
  });

  it('grid P(alive) over repeat purchases × days of silence, leaving out impossible cells', () => {
    const x = Int32Array.from([0, 1, 2, 3, 5, 8, 30]);
    const grid = aliveGrid(weekly, 'week', x, 273, 13, 25);
    expect(grid.xs[0]).toBe(1);
    expect(grid.silenceDays[0]).toBe(0);
    expect(grid.silenceDays.at(-1)).toBe(273);
    for (const [col, row, p] of grid.cells) {
      const xv = grid.xs[col], tx = 273 - grid.silenceDays[row];
      expect(tx).toBeGreaterThanOrEqual(xv);
      expect(p).toBeCloseTo(pAlive(weekly, xv, tx / 7, 273 / 7), 12);
    }
    // 1 repeat purchase, silent all along (t_x = 0) is impossible: a repeat purchase day comes after the first
    expect(grid.cells.some(([col, row]) => grid.xs[col] === 1 && grid.silenceDays[row] === 273)).toBe(false);
  });

  it('turn order dates into purchase days after the first, same-day orders once', () => {
    expect(purchaseDayOffsets(['2024-01-10', '2024-01-03', '2024-01-10', '2024-02-02'])).toEqual({ first: '2024-01-03', days: [0, 7, 30] });
    expect(purchaseDayOffsets([])).toEqual({ first: null, days: [] });
  });

  it('accept a split date strictly inside the history only', () => {
    expect(validSplit('1997-09-30', '1997-01-01', '1998-06-30')).toBe('1997-09-30');
    expect(validSplit('1997-01-01', '1997-01-01', '1998-06-30')).toBeNull();
    expect(validSplit('1998-06-30', '1997-01-01', '1998-06-30')).toBeNull();
    expect(validSplit('30.09.1997', '1997-01-01', '1998-06-30')).toBeNull();
    expect(validSplit(undefined, '1997-01-01', '1998-06-30')).toBeNull();
  });
});
