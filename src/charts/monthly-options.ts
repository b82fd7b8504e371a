import type { MonthRow } from '../analysis/monthly';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, COLORS, plotGrid } from './palette';

/** How a chart shows its numbers and names its series: passed in, so builders stay pure and locale-free. */
export interface ChartText {
  month: (yyyyMm: string) => string;
  value: (n: number) => string;
  axisValue: (n: number) => string;
  series: Record<string, string>;
  /** Label of the shaded partial as-of month. */
  partial?: string;
}

/** Shades the as-of month when it is not over yet, so its lower figures do not read as a collapse. */
function partialShade(rows: MonthRow[], text: ChartText) {
  const last = rows.at(-1);
  if (!last?.partial) return {};
  const label = text.month(last.month);
  return {
    markArea: {
      silent: true,
      itemStyle: { color: 'rgba(120, 130, 125, 0.12)' },
      label: { show: Boolean(text.partial), position: 'insideTop', color: COLORS.text, fontSize: 10, formatter: text.partial ?? '' },
      data: [[{ xAxis: label }, { xAxis: label }]],
    },
  };
}

function base(rows: MonthRow[], text: ChartText): ChartOption {
  return {
    animation: false,
    grid: plotGrid(36),
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => text.value(Number(v)) },
    legend: { top: 0, textStyle: { color: COLORS.text } },
    xAxis: {
      type: 'category',
      data: rows.map((r) => text.month(r.month)),
      axisLabel: { ...AXIS_LABEL, hideOverlap: true },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      axisLabel: { ...AXIS_LABEL, formatter: (v: number) => text.axisValue(v) },
      splitLine: { lineStyle: { color: COLORS.grid } },
    },
  };
}

export function revenueOption(rows: MonthRow[], text: ChartText): ChartOption {
  return {
    ...base(rows, text),
    series: [
      { name: text.series.revenue, type: 'bar', data: rows.map((r) => r.revenue), itemStyle: { color: COLORS.primary }, ...partialShade(rows, text) },
    ],
  };
}

export function ordersCustomersOption(rows: MonthRow[], text: ChartText): ChartOption {
  return {
    ...base(rows, text),
    series: [
      { name: text.series.orders, type: 'line', data: rows.map((r) => r.orders), itemStyle: { color: COLORS.secondary }, symbolSize: 5, ...partialShade(rows, text) },
      { name: text.series.active, type: 'line', data: rows.map((r) => r.active_customers), itemStyle: { color: COLORS.primary }, symbolSize: 5 },
    ],
  };
}

export function newReturningOption(rows: MonthRow[], text: ChartText): ChartOption {
  return {
    ...base(rows, text),
    series: [
      { name: text.series.new, type: 'bar', stack: 'c', data: rows.map((r) => r.new_customers), itemStyle: { color: COLORS.tertiary }, ...partialShade(rows, text) },
      { name: text.series.returning, type: 'bar', stack: 'c', data: rows.map((r) => r.returning_customers), itemStyle: { color: COLORS.primary } },
    ],
  };
}
