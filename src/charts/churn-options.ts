import type { ChurnMonthRow } from '../analysis/churn';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, COLORS, plotGrid } from './palette';

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

const WARM_UP_SHADE = 'rgba(154, 165, 160, 0.16)';
const PARTIAL_SHADE = 'rgba(208, 140, 60, 0.1)';

/** Background bands behind warm-up and partial months, labelled at the first month of each. */
function shade(rows: readonly ChurnMonthRow[], text: ChurnChartText) {
  return rows.map((r, i) => {
    const kind = r.partial ? 'partial' : r.warm_up ? 'warmUp' : null;
    if (!kind) return null;
    const first = i === 0 || (kind === 'partial' ? !rows[i - 1].partial : !rows[i - 1].warm_up || rows[i - 1].partial);
    return {
      value: 1,
      itemStyle: { color: kind === 'partial' ? PARTIAL_SHADE : WARM_UP_SHADE },
      label: { show: first, formatter: text[kind], position: 'insideTop', color: COLORS.text, fontSize: 11 },
    };
  });
}

/**
 * Revenue lost to churn as bars, the churn rate as a line on a second axis; warm-up and partial months
 * shaded (a full-width bar series on hidden axes, since markArea on a category axis spans only from centre
 * to centre), with no rate drawn in warm-up months.
 */
export function churnOption(rows: readonly ChurnMonthRow[], text: ChurnChartText): ChartOption {
  const labels = rows.map((r) => text.month(r.month));
  const faded = (r: ChurnMonthRow) => r.warm_up || r.partial;
  return {
    animation: false,
    grid: plotGrid(40, 8),
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: COLORS.text } },
    xAxis: [
      { type: 'category', data: labels, axisLabel: { ...AXIS_LABEL, hideOverlap: true }, axisTick: { alignWithLabel: true } },
      { type: 'category', data: labels, show: false },
    ],
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
      { type: 'value', min: 0, max: 1, show: false },
    ],
    series: [
      {
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 2,
        barWidth: '100%',
        silent: true,
        z: 0,
        data: shade(rows, text),
        tooltip: { show: false },
      },
      {
        name: text.revenueLost,
        type: 'bar',
        barMaxWidth: 36,
        yAxisIndex: 0,
        data: rows.map((r) => ({ value: r.revenue_lost, itemStyle: { opacity: faded(r) ? 0.45 : 1 } })),
        itemStyle: { color: COLORS.secondary },
        tooltip: { valueFormatter: (v: unknown) => text.money(Number(v)) },
      },
      {
        name: text.churnRate,
        type: 'line',
        yAxisIndex: 1,
        symbolSize: 6,
        // warm-up rates are too unreliable to draw (and would squash the scale); the table still lists them
        data: rows.map((r) => (r.warm_up ? null : r.churn_rate)),
        itemStyle: { color: COLORS.primary },
        tooltip: {
          valueFormatter: (v: unknown, i: number) =>
            rows[i]?.warm_up ? text.warmUp : v === null || v === undefined || v === '-' ? text.noRate : text.percent(Number(v)),
        },
      },
    ],
  };
}
