import type { GapBin } from '../analysis/timing';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, COLORS, plotGrid } from './palette';

export interface GapChartText {
  /** A bin's label on the axis ("0–7", "366+"). */
  bin: (from: number, to: number | null) => string;
  second: string;
  third: string;
  axis: string;
  percent: (share: number) => string;
  customers: (n: number) => string;
}

/**
 * Days to the next purchase as the share of each step's customers per bin: 1st → 2nd and 2nd → 3rd side by side,
 * so their shapes compare whatever the counts. Tooltips give the counts.
 */
export function gapChartOption(bins: readonly GapBin[], text: GapChartText): ChartOption {
  const step = (n: 2 | 3) => bins.filter((b) => b.step === n);
  const shares = (rows: readonly GapBin[]) => {
    const total = rows.reduce((n, b) => n + b.customers, 0);
    return rows.map((b) => ({ value: total > 0 ? b.customers / total : 0, count: b.customers }));
  };
  const series = (name: string, rows: readonly GapBin[], color: string) => ({
    name,
    type: 'bar',
    barMaxWidth: 28,
    data: shares(rows),
    itemStyle: { color },
    tooltip: { valueFormatter: (v: unknown) => text.percent(Number(v)) },
  });
  return {
    animation: false,
    grid: plotGrid(36, 8),
    legend: { top: 0, textStyle: { color: COLORS.text } },
    tooltip: {
      trigger: 'axis',
      formatter: (items: unknown) =>
        (items as Array<{ axisValue: string; seriesName: string; data: { value: number; count: number } }>)
          .map((item, i) => `${i === 0 ? `${item.axisValue} ${text.axis}<br>` : ''}${item.seriesName}: ${text.percent(item.data.value)} (${text.customers(item.data.count)})`)
          .join('<br>'),
    },
    xAxis: { type: 'category', data: step(2).map((b) => text.bin(b.bin_from, b.bin_to)), axisLabel: AXIS_LABEL, name: text.axis, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', axisLabel: { ...AXIS_LABEL, formatter: (v: number) => text.percent(v) }, splitLine: { lineStyle: { color: COLORS.grid } } },
    series: [series(text.second, step(2), COLORS.primary), series(text.third, step(3), COLORS.secondary)],
  };
}
