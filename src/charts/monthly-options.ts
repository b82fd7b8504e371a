import type { MonthRow } from '../analysis/monthly';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, COLORS, plotGrid } from './palette';

/** How a chart shows its numbers and names its series: passed in, so builders stay pure and locale-free. */
export interface ChartText {
  month: (yyyyMm: string) => string;
  value: (n: number) => string;
  axisValue: (n: number) => string;
  series: Record<string, string>;
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
    series: [{ name: text.series.revenue, type: 'bar', data: rows.map((r) => r.revenue), itemStyle: { color: COLORS.primary } }],
  };
}

export function ordersCustomersOption(rows: MonthRow[], text: ChartText): ChartOption {
  return {
    ...base(rows, text),
    series: [
      { name: text.series.orders, type: 'line', data: rows.map((r) => r.orders), itemStyle: { color: COLORS.secondary }, symbolSize: 5 },
      { name: text.series.active, type: 'line', data: rows.map((r) => r.active_customers), itemStyle: { color: COLORS.primary }, symbolSize: 5 },
    ],
  };
}

export function newReturningOption(rows: MonthRow[], text: ChartText): ChartOption {
  return {
    ...base(rows, text),
    series: [
      { name: text.series.new, type: 'bar', stack: 'c', data: rows.map((r) => r.new_customers), itemStyle: { color: COLORS.tertiary } },
      { name: text.series.returning, type: 'bar', stack: 'c', data: rows.map((r) => r.returning_customers), itemStyle: { color: COLORS.primary } },
    ],
  };
}
