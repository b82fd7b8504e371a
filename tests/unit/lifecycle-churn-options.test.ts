import { describe, expect, it } from 'vitest';
import { MIX_STACK_ORDER, statusMixOption, type StatusMixText } from '../../src/charts/lifecycle-options';
import { churnOption, type ChurnChartText } from '../../src/charts/churn-options';
import { LIFECYCLE_STATUSES, type StatusMixRow } from '../../src/analysis/lifecycle';
import type { ChurnMonthRow } from '../../src/analysis/churn';
import { renderSvg } from './charts-ssr';

const mix: StatusMixRow[] = [
  { month: '2024-01', month_end: '2024-01-31', partial: false, i_store: null, new: 5, one_time: 0, active: 0, due: 0, at_risk: 0, lost: 0 },
  { month: '2024-02', month_end: '2024-02-29', partial: false, i_store: 12, new: 3, one_time: 2, active: 4, due: 1, at_risk: 0, lost: 0 },
  { month: '2024-03', month_end: '2024-03-10', partial: true, i_store: 11, new: 2, one_time: 3, active: 3, due: 1, at_risk: 1, lost: 1 },
];
const mixText: StatusMixText = {
  month: (m, partial) => `M${m}${partial ? '*' : ''}`,
  value: (n) => `v${n}`,
  axisValue: (n) => `a${n}`,
  status: { new: 'New', one_time: 'One-time', active: 'Active', due: 'Due', at_risk: 'At risk', lost: 'Lost' },
};

const month = (m: string, lapses: number, denominator: number, revenue_lost: number, warm_up = false, partial = false): ChurnMonthRow => ({
  month: m, lapses, lapses_in_rate: lapses, denominator, churn_rate: denominator > 0 ? lapses / denominator : null,
  revenue_lost, warm_up, partial,
});
const churn = [
  month('2024-01', 1, 0, 40, true),
  month('2024-02', 2, 3, 60, true),
  month('2024-03', 0, 4, 0),
  month('2024-04', 1, 5, 50, false, true),
];
const churnText: ChurnChartText = {
  month: (m) => `M${m}`,
  money: (n) => `$${n}`,
  axisMoney: (n) => `a${n}`,
  percent: (n) => `${n * 100}%`,
  revenueLost: 'Revenue lost',
  churnRate: 'Churn rate',
  warmUp: 'Warm-up',
  partial: 'Not over',
  noRate: 'no rate',
};

type Series = { name: string; stack?: string; data: unknown[]; yAxisIndex?: number; markArea?: { data: unknown[] } };

describe('status mix chart option', () => {
  it('stacks one bar series per status, regulars first, with the partial month marked on the axis', () => {
    const option = statusMixOption(mix, mixText) as { xAxis: { data: string[] }; series: Series[] };
    expect(option.xAxis.data).toEqual(['M2024-01', 'M2024-02', 'M2024-03*']);
    expect([...MIX_STACK_ORDER].sort()).toEqual([...LIFECYCLE_STATUSES].sort());
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['Active', 'mix', [0, 4, 3]],
      ['Due', 'mix', [0, 1, 1]],
      ['At risk', 'mix', [0, 0, 1]],
      ['Lost', 'mix', [0, 0, 1]],
      ['New', 'mix', [5, 3, 2]],
      ['One-time', 'mix', [0, 2, 3]],
    ]);
  });

  it('renders server-side, also with no months', () => {
    expect(renderSvg(statusMixOption(mix, mixText))).toContain('One-time');
    expect(renderSvg(statusMixOption([], mixText))).toContain('<svg');
  });
});

describe('churn chart option', () => {
  it('puts revenue lost on the first axis and the churn rate on the second, with gaps where undefined or warm-up', () => {
    const option = churnOption(churn, churnText) as { xAxis: Array<{ data: string[] }>; yAxis: unknown[]; series: Series[] };
    expect(option.xAxis[0].data).toEqual(['M2024-01', 'M2024-02', 'M2024-03', 'M2024-04']);
    const [, bars, line] = option.series;
    expect(bars.yAxisIndex).toBe(0);
    expect(bars.data.map((d) => (d as { value: number }).value)).toEqual([40, 60, 0, 50]);
    expect(line.yAxisIndex).toBe(1);
    expect(line.data).toEqual([null, null, 0, 0.2]);
  });

  it('shades the warm-up and partial months behind the bars, labelling the first month of each', () => {
    type Band = { value: number; label: { show: boolean; formatter: string } } | null;
    const bands = (rows: ChurnMonthRow[]) => (churnOption(rows, churnText) as { series: Series[] }).series[0].data as Band[];
    expect(bands(churn).map((b) => b && [b.label.show, b.label.formatter])).toEqual([
      [true, 'Warm-up'],
      [false, 'Warm-up'],
      null,
      [true, 'Not over'],
    ]);
    expect(bands([month('2024-03', 0, 4, 0)])).toEqual([null]);
  });

  it('renders server-side, with the shading labels in the picture and without NaN', () => {
    const svg = renderSvg(churnOption(churn, churnText));
    expect(svg).toContain('Warm-up');
    expect(svg).toContain('Churn rate');
    expect(svg).not.toContain('NaN');
    expect(renderSvg(churnOption([], churnText))).toContain('<svg');
  });
});
