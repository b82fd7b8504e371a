import type { FrequencyBin, HoldoutWeek } from '../analysis/btyd/holdout';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, COLORS, plotGrid } from './palette';

export interface HoldoutText {
  actual: string;
  predicted: string;
  value: (n: number) => string;
  axisValue: (n: number) => string;
}

/** The label of a calibration-frequency bin: "0", "1", …, and "7+" for the open last bin. */
export function binLabel(bin: Pick<FrequencyBin, 'x' | 'open'>): string {
  return bin.open ? `${bin.x}+` : String(bin.x);
}

const axisY = (text: HoldoutText) => ({
  type: 'value',
  min: 0,
  axisLabel: { ...AXIS_LABEL, formatter: (v: number) => text.axisValue(v) },
  splitLine: { lineStyle: { color: COLORS.grid } },
});

/**
 * Per calibration-frequency bin, the average repeat purchases per customer in the holdout: actual next to what
 * the model expected (Fader, Hardie & Lee 2005, Figure 4).
 */
export function holdoutBinsOption(bins: readonly FrequencyBin[], text: HoldoutText & { bins: string }): ChartOption {
  return {
    animation: false,
    grid: { ...plotGrid(36), bottom: 4, outerBoundsContain: 'all' },
    legend: { top: 0, textStyle: { color: COLORS.text } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => text.value(Number(v)) },
    xAxis: {
      type: 'category',
      data: bins.map(binLabel),
      name: text.bins,
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: { color: COLORS.text },
      axisLabel: AXIS_LABEL,
    },
    yAxis: axisY(text),
    series: [
      { name: text.actual, type: 'bar', itemStyle: { color: COLORS.primary }, data: bins.map((b) => b.actualMean) },
      { name: text.predicted, type: 'bar', itemStyle: { color: COLORS.secondary }, data: bins.map((b) => b.predictedMean) },
    ],
  };
}

/** Cumulative repeat purchases week by week through the holdout: actual and expected (FHL 2005, Figure 3). */
export function holdoutWeeklyOption(weeks: readonly HoldoutWeek[], text: HoldoutText & { weekEnd: (w: HoldoutWeek) => string }): ChartOption {
  return {
    animation: false,
    grid: plotGrid(36),
    legend: { top: 0, textStyle: { color: COLORS.text } },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => text.value(Number(v)) },
    xAxis: { type: 'category', boundaryGap: false, data: weeks.map(text.weekEnd), axisLabel: { ...AXIS_LABEL, hideOverlap: true } },
    yAxis: axisY(text),
    series: [
      { name: text.actual, type: 'line', showSymbol: false, lineStyle: { width: 2.5, color: COLORS.primary }, itemStyle: { color: COLORS.primary }, data: weeks.map((w) => w.actualCumulative) },
      {
        name: text.predicted,
        type: 'line',
        showSymbol: false,
        lineStyle: { width: 2.5, type: 'dashed', color: COLORS.secondary },
        itemStyle: { color: COLORS.secondary },
        data: weeks.map((w) => w.predictedCumulative),
      },
    ],
  };
}
