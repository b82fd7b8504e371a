import { describe, expect, it } from 'vitest';
import { profitSoFarOption, projectionOption, replayMonthsOption, scenariosOption, sensitivityOption, type SimChartText } from '../../src/charts/sim-options';
import { project, sensitivity, DEFAULT_LEVERS } from '../../src/simulate/projection';
import { renderSvg } from './charts-ssr';

const text: SimChartText = {
  month: (m) => `M${m}`,
  money: (n) => `₽${n}`,
  axisMoney: (n) => `a${n}`,
  monthNumber: (m) => `m${m}`,
  points: (u) => `+${u}`,
  series: { revenue: 'Revenue', discount: 'Given away', baseline: 'Without', programme: 'With', cumulative: 'So far', profit: 'Profit', breakEven: 'Break-even' },
};
const inputs = { n0: 100, r: 10_000, c: 0.03, d: 0.02, margin: 0.3 };
const levers = { ...DEFAULT_LEVERS, setup: 500 };
const projection = project(inputs, levers);

describe('simulator chart options', () => {
  it('put the replay months, the projection months and the running profit on their axes', () => {
    const replay = replayMonthsOption([{ month: '2024-01', revenue: 1000, discount: 20 }, { month: '2024-02', revenue: 1500, discount: 35 }], text) as {
      xAxis: { data: string[] }; series: Array<{ data: number[] }>;
    };
    expect(replay.xAxis.data).toEqual(['M2024-01', 'M2024-02']);
    expect(replay.series.map((s) => s.data)).toEqual([[1000, 1500], [20, 35]]);
    const lines = projectionOption(projection.months, text) as { xAxis: { data: string[] }; series: Array<{ data: number[] }> };
    expect(lines.xAxis.data).toHaveLength(12);
    expect(lines.series[0].data[0]).toBeCloseTo(10_000 * 0.97, 9);
    // the running profit starts from the set-up cost at month 0
    const soFar = profitSoFarOption(projection.months, 500, text) as { series: Array<{ data: Array<{ value: number }> }> };
    expect(soFar.series[0].data[0].value).toBe(-500);
    expect(soFar.series[0].data.at(-1)!.value).toBeCloseTo(projection.profitDelta, 9);
  });

  it('mark break-even on the sensitivity curve only when it is within the chart', () => {
    const points = sensitivity(inputs, levers);
    const marked = sensitivityOption(points, 7.5, text) as { series: Array<{ name: string; data: number[][] }> };
    expect(marked.series.at(-1)!.name).toBe('Break-even');
    expect(marked.series.at(-1)!.data.map((p) => p[0])).toEqual([7.5, 7.5]);
    expect((sensitivityOption(points, null, text) as { series: unknown[] }).series).toHaveLength(2);
    expect((sensitivityOption(points, 35, text) as { series: unknown[] }).series).toHaveLength(2);
  });

  it('render server-side without errors', () => {
    const points = sensitivity(inputs, levers);
    const options = [
      replayMonthsOption([{ month: '2024-01', revenue: 1000, discount: 20 }], text),
      projectionOption(projection.months, text),
      profitSoFarOption(projection.months, 500, text),
      sensitivityOption(points, 7.5, text),
      scenariosOption([{ name: 'Scenario A', months: projection.months, setup: 500 }], text),
    ];
    for (const option of options) expect(renderSvg(option)).toContain('<svg');
    expect(renderSvg(sensitivityOption(points, 7.5, text))).toContain('Break-even');
  });
});
