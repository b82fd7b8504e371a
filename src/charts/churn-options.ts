import type { ChurnMonthRow } from '../analysis/churn';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, COLORS } from './palette';

export interface ChurnChartText {
  month: (yyyyMm: string) => string;
  money: (n: number) => string;
  axisMoney: (n: number) => string;
  percent: (n: number) => string;
  revenueLost: string;
  churnRate: string;
  /** Labels of the shaded warm-up months and the unfinished as-of month. */
  warmUp: string;
  partial: string;
  /** Tooltip text where a month has no churn rate (nobody to lose). */
  noRate: string;
}

const SHADE = { color: 'rgba(154, 165, 160, 0.14)' };
const SHADE_LABEL = { color: COLORS.text, fontSize: 11, position: 'insideTop' as const };

/** Revenue lost to churn as bars, the churn rate as a line on a second axis; warm-up and partial months shaded. */
export function churnOption(rows: readonly ChurnMonthRow[], text: ChurnChartText): ChartOption {
  const labels = rows.map((r) => text.month(r.month));
  const warm = rows.filter((r) => r.warm_up).map((r) => text.month(r.month));
  const partial = rows.filter((r) => r.partial).map((r) => text.month(r.month));
  const shaded = [
    ...(warm.length ? [[{ xAxis: warm[0], name: text.warmUp }, { xAxis: warm[warm.length - 1] }]] : []),
    ...(partial.length ? [[{ xAxis: partial[0], name: text.partial }, { xAxis: partial[0] }]] : []),
  ];
  const faded = (r: ChurnMonthRow) => r.warm_up || r.partial;
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 40, bottom: 8 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: COLORS.text } },
    xAxis: {
      type: 'category',
      data: labels,
      axisLabel: { ...AXIS_LABEL, hideOverlap: true },
      axisTick: { alignWithLabel: true },
    },
    yAxis: [
      {
        type: 'value',
        axisLabel: { ...AXIS_LABEL, formatter: (v: number) => text.axisMoney(v) },
        splitLine: { lineStyle: { color: COLORS.grid } },
      },
      {
        type: 'value',
        min: 0,
        axisLabel: { ...AXIS_LABEL, formatter: (v: number) => text.percent(v) },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: text.revenueLost,
        type: 'bar',
        barMaxWidth: 36,
        yAxisIndex: 0,
        data: rows.map((r) => ({ value: r.revenue_lost, itemStyle: { opacity: faded(r) ? 0.45 : 1 } })),
        itemStyle: { color: COLORS.secondary },
        tooltip: { valueFormatter: (v: unknown) => text.money(Number(v)) },
        markArea: { silent: true, itemStyle: SHADE, label: SHADE_LABEL, data: shaded },
      },
      {
        name: text.churnRate,
        type: 'line',
        yAxisIndex: 1,
        symbolSize: 6,
        data: rows.map((r) => r.churn_rate),
        itemStyle: { color: COLORS.primary },
        tooltip: { valueFormatter: (v: unknown) => (v === null || v === undefined || v === '-' ? text.noRate : text.percent(Number(v))) },
      },
    ],
  };
}
