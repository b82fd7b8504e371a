/** The timing view's pure helpers and chart option: bins, the advice sentence's figures, server-side rendering. */
import { describe, expect, it } from 'vitest';
import { binGaps, GAP_BINS, LATE_SHARE, timingAdvice, type GapCount, type ReturnRow } from '../../src/analysis/timing';
import { gapChartOption } from '../../src/charts/timing-options';
import { renderSvg } from './charts-ssr';

const counts: GapCount[] = [
  { step: 2, days: 0, customers: 1 }, { step: 2, days: 7, customers: 2 }, { step: 2, days: 8, customers: 3 },
  { step: 2, days: 365, customers: 4 }, { step: 2, days: 366, customers: 5 }, { step: 3, days: 30, customers: 6 },
];

describe('timing helpers', () => {
  it('bins days at the bin edges: 0–7 holds 7, 8–14 holds 8, 271–365 holds 365, 366+ the rest', () => {
    const second = binGaps(counts, 2);
    expect(second).toHaveLength(GAP_BINS.length);
    expect([second[0], second[1], second[GAP_BINS.length - 2], second[GAP_BINS.length - 1]]).toEqual([3, 3, 4, 5]);
    expect(binGaps(counts, 3)[3]).toBe(6); // 22–30
  });

  it('gives the sentence "half within N days, only S % after 90 — within W weeks", or the slow variant', () => {
    const row = (median: number | null, late: number | null) => ({ median_days_to_second: median, back_after_90: late }) as ReturnRow;
    expect(timingAdvice(row(23, 0.04))).toEqual({ median: 23, lateShare: 0.04, weeks: 4, quick: true });
    expect(timingAdvice(row(3, 0.01))?.weeks).toBe(1);
    expect(timingAdvice(row(102, 0.54))?.quick).toBe(false);
    expect(timingAdvice(row(30, LATE_SHARE))?.quick).toBe(false);
    expect(timingAdvice(row(null, null))).toBeNull();
    expect(timingAdvice(undefined)).toBeNull();
  });

  it('draws both steps as shares of their customers, and renders server-side', () => {
    const text = { bin: (f: number, t: number | null) => `${f}-${t ?? '+'}`, second: 'S2', third: 'S3', axis: 'days', percent: (n: number) => `${n}`, customers: (n: number) => `${n}` };
    const option = gapChartOption(GAP_BINS, binGaps(counts, 2), binGaps(counts, 3), text) as { series: Array<{ data: Array<{ value: number; count: number }> }> };
    expect(option.series[0].data[0]).toEqual({ value: 3 / 15, count: 3 });
    expect(option.series[1].data[3]).toEqual({ value: 1, count: 6 });
    const empty = gapChartOption(GAP_BINS, binGaps([], 2), binGaps([], 3), text) as typeof option;
    expect(empty.series[0].data.every((d) => d.value === 0)).toBe(true);
    expect(renderSvg(gapChartOption(GAP_BINS, binGaps(counts, 2), binGaps(counts, 3), text))).toContain('S2');
  });
});
