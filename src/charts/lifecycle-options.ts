import type { LifecycleStatus, StatusMixRow } from '../analysis/lifecycle';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, COLORS, plotGrid } from './palette';
import { STATUS_COLORS } from './status-colors';

/** Regulars at the bottom of the stack, one-purchase customers on top (they are not churn). */
export const MIX_STACK_ORDER: readonly LifecycleStatus[] = ['active', 'due', 'at_risk', 'lost', 'new', 'one_time'];

export interface StatusMixText {
  /** A month's axis label; the as-of month is `partial` (status at the as-of date, month not over). */
  month: (yyyyMm: string, partial: boolean) => string;
  value: (n: number) => string;
  axisValue: (n: number) => string;
  status: Record<LifecycleStatus, string>;
}

/** Customers per status at each month end, stacked. */
export function statusMixOption(rows: readonly StatusMixRow[], text: StatusMixText): ChartOption {
  return {
    animation: false,
    grid: plotGrid(40),
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => text.value(Number(v)) },
    legend: { top: 0, textStyle: { color: COLORS.text } },
    xAxis: {
      type: 'category',
      data: rows.map((r) => text.month(r.month, r.partial)),
      axisLabel: { ...AXIS_LABEL, hideOverlap: true },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      axisLabel: { ...AXIS_LABEL, formatter: (v: number) => text.axisValue(v) },
      splitLine: { lineStyle: { color: COLORS.grid } },
    },
    series: MIX_STACK_ORDER.map((status) => ({
      name: text.status[status],
      type: 'bar',
      stack: 'mix',
      barMaxWidth: 36,
      data: rows.map((r) => r[status]),
      itemStyle: { color: STATUS_COLORS[status] },
    })),
  };
}
