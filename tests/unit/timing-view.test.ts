/** The timing view's pure helpers and chart option: the advice sentence's figures, the chart, server-side rendering. */
import { describe, expect, it } from 'vitest';
import { LATE_SHARE, timingAdvice, type GapBin, type ReturnRow } from '../../src/analysis/timing';
import { gapChartOption } from '../../src/charts/timing-options';
import { renderSvg } from './charts-ssr';

const bin = (step: 2 | 3, from: number, to: number | null, customers: number): GapBin => ({ step, bin_from: from, bin_to: to, customers });
const bins: GapBin[] = [bin(2, 0, 7, 3), bin(2, 8, null, 12), bin(3, 0, 7, 0), bin(3, 8, null, 0)];

describe('timing helpers', () => {
  it('gives the sentence "half within N days, only S % after 90 — within W weeks", or the slow variant', () => {
    const row = (median: number | null, late: number | null) => ({ median_days_to_second: median, back_after_90: late }) as ReturnRow;
    expect(timingAdvice(row(23, 0.04))).toEqual({ median: 23, lateShare: 0.04, weeks: 4, quick: true });
    expect(timingAdvice(row(3, 0.01))?.weeks).toBe(1);
    expect(timingAdvice(row(102, 0.54))?.quick).toBe(false);
    expect(timingAdvice(row(30, LATE_SHARE))?.quick).toBe(false);
    expect(timingAdvice(row(null, null))).toBeNull();
    expect(timingAdvice(undefined)).toBeNull();
  });

  it('draws both steps as shares of their customers (0 for a step nobody made), and renders server-side', () => {
    const text = { bin: (f: number, t: number | null) => `${f}-${t ?? '+'}`, second: 'S2', third: 'S3', axis: 'days', percent: (n: number) => `${n}`, customers: (n: number) => `${n}` };
    const option = gapChartOption(bins, text) as { xAxis: { data: string[] }; series: Array<{ data: Array<{ value: number; count: number }> }> };
    expect(option.xAxis.data).toEqual(['0-7', '8-+']);
    expect(option.series[0].data).toEqual([{ value: 0.2, count: 3 }, { value: 0.8, count: 12 }]);
    expect(option.series[1].data).toEqual([{ value: 0, count: 0 }, { value: 0, count: 0 }]);
    expect(renderSvg(gapChartOption(bins, text))).toContain('S2');
  });
});
