import { describe, expect, it } from 'vitest';
import { aliveHeatmapOption, aliveHistoryOption, clvHistogramOption, ALIVE_COLORS, type HeatmapText } from '../../src/charts/ltv-options';
import { binLabel, holdoutBinsOption, holdoutWeeklyOption } from '../../src/charts/holdout-options';
import { aliveGrid } from '../../src/analysis/ltv-view';
import type { PurchaseModel } from '../../src/analysis/btyd/bgnbd';
import type { FrequencyBin, HoldoutWeek } from '../../src/analysis/btyd/holdout';
import { renderSvg } from './charts-ssr';

type Series = { type: string; name?: string; data: unknown[] };
type Opt = { xAxis: { data?: string[] }; yAxis: { data?: string[] }; series: Series[]; visualMap?: { min: number; max: number; inRange: { color: string[] } } };

const model: PurchaseModel = { kind: 'bgnbd', r: 0.2425945, alpha: 4.4136019, a: 0.7929219, b: 2.4259062 };
const heatText: HeatmapText = {
  repeat: 'Repeat purchases',
  silence: 'weeks silent',
  silenceLabel: (d) => String(Math.round(d / 7)),
  percent: (p) => `${Math.round(p * 100)}%`,
  tooltip: (x, s, p) => `${x}/${s}/${p}`,
  low: 'gone',
  high: 'buying',
};

describe('LTV chart options', () => {
  it('histogram: one bar per bin, the last labelled open-ended', () => {
    const bins = [{ from: 0, to: 10, customers: 5 }, { from: 10, to: 20, customers: 2 }, { from: 20, to: 30, customers: 1 }];
    const option = clvHistogramOption(bins, { money: (n) => `$${n}`, axisValue: (n) => `${n}`, customers: 'Customers', count: (n) => `${n}`, andAbove: (f) => `${f}+` }) as unknown as Opt;
    expect(option.xAxis.data).toEqual(['$0–$10', '$10–$20', '$20+']);
    expect(option.series[0].data).toEqual([5, 2, 1]);
    expect(renderSvg(option as never)).toContain('<svg');
  });

  it('P(alive) heatmap: cells index the axes, values in 0…1 on a 0…1 colour scale', () => {
    const grid = aliveGrid(model, 'week', Int32Array.from([0, 1, 4, 9, 12]), 273, 10);
    const option = aliveHeatmapOption(grid, heatText) as unknown as Opt;
    expect(option.xAxis.data).toEqual(grid.xs.map(String));
    expect(option.yAxis.data).toEqual(grid.silenceDays.map((d) => String(Math.round(d / 7))));
    expect(option.visualMap).toMatchObject({ min: 0, max: 1 });
    expect(option.visualMap!.inRange.color).toEqual([...ALIVE_COLORS]);
    const cells = option.series[0].data as Array<[number, number, number]>;
    expect(option.series[0].type).toBe('heatmap');
    expect(cells.length).toBe(grid.cells.length);
    expect(cells.every(([c, r, p]) => c < grid.xs.length && r < grid.silenceDays.length && p >= 0 && p <= 1)).toBe(true);
    const svg = renderSvg(option as never, 700, 420);
    expect(svg).toContain('<svg');
    expect(svg).toContain('Repeat purchases');
  });

  it('P(alive) history: a line over time and a marker per purchase day', () => {
    const points = [{ date: '2024-01-01', pAlive: 1 }, { date: '2024-01-08', pAlive: 0.9 }, { date: '2024-01-10', pAlive: 0.95 }, { date: '2024-02-01', pAlive: 0.6 }];
    const option = aliveHistoryOption(points, ['2024-01-01', '2024-01-10'], { pAlive: 'P', purchase: 'Buy', percent: (p) => `${p}`, tick: (d) => d }) as unknown as Opt;
    expect(option.series.map((s) => s.name)).toEqual(['P', 'Buy']);
    expect(option.series[0].data).toHaveLength(4);
    expect(option.series[1].data).toEqual([['2024-01-01', 1], ['2024-01-10', 0.95]]);
    expect(renderSvg(option as never)).toContain('<svg');
  });
});

describe('holdout chart options', () => {
  const bins: FrequencyBin[] = [
    { x: 0, open: false, customers: 10, actualMean: 0.2, predictedMean: 0.25 },
    { x: 1, open: false, customers: 5, actualMean: 1.1, predictedMean: 0.9 },
    { x: 7, open: true, customers: 2, actualMean: 6, predictedMean: 5.5 },
  ];
  const text = { actual: 'Actual', predicted: 'Expected', value: (n: number) => `${n}`, axisValue: (n: number) => `${n}` };

  it('bins: categories 0, 1, …, "7+", actual next to expected means', () => {
    expect(bins.map(binLabel)).toEqual(['0', '1', '7+']);
    const option = holdoutBinsOption(bins, { ...text, bins: 'repeat purchases before' }) as unknown as Opt;
    expect(option.xAxis.data).toEqual(['0', '1', '7+']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([['Actual', [0.2, 1.1, 6]], ['Expected', [0.25, 0.9, 5.5]]]);
    expect(renderSvg(option as never)).toContain('Expected');
  });

  it('weekly: cumulative lines over the week ends', () => {
    const weeks: HoldoutWeek[] = [
      { week: 1, days: 7, actualCumulative: 3, predictedCumulative: 2.5 },
      { week: 2, days: 10, actualCumulative: 5, predictedCumulative: 4.1 },
    ];
    const option = holdoutWeeklyOption(weeks, { ...text, weekEnd: (w) => `d${w.days}` }) as unknown as Opt;
    expect(option.xAxis.data).toEqual(['d7', 'd10']);
    expect(option.series.map((s) => s.data)).toEqual([[3, 5], [2.5, 4.1]]);
    expect(renderSvg(option as never)).toContain('<svg');
  });
});
