import type { AveragePoint, CohortRow } from '../analysis/cohorts';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, COLORS, plotGrid } from './palette';

/** Colours of the chosen cohorts' lines, in the order they were chosen (also the table's row markers). */
export const CURVE_COLORS = ['#d08c3c', '#6b7fb3', '#b5487a', '#4f9fbf', '#8a6d3b', '#7a9a3a', '#c0504d', '#5e4fa2'] as const;

/** Which curve: customer retention or the cohort LTV curve (cumulative revenue per cohort customer). */
export type CurveMetric = 'retention' | 'ltv';

export interface CurveText {
  /** A cohort's name for the legend, from its label (YYYY-MM, YYYY-Www, YYYY-Qn). */
  cohort: (label: string) => string;
  average: string;
  /** The x axis name, e.g. "months after the first purchase". */
  axis: string;
  value: (n: number) => string;
  axisValue: (n: number) => string;
}

export interface CurveSeries {
  name: string;
  cohort: string | null;
  data: (number | null)[];
}

export interface CurveData {
  /** The x axis: period k of each data point. */
  periods: number[];
  series: CurveSeries[];
}

/**
 * The lines' data: chosen cohorts over their complete periods (partial and future ones null), then the average.
 * Retention starts at period 1: period 0 is 100 % by definition and would squash the differences at the bottom.
 */
export function curveSeries(
  rows: readonly CohortRow[],
  chosen: readonly string[],
  average: readonly AveragePoint[],
  metric: CurveMetric,
  text: CurveText,
): CurveData {
  const width = Math.max(average.length, ...rows.map((r) => r.cells.length), 0);
  const first = metric === 'retention' ? 1 : 0;
  const periods = Array.from({ length: Math.max(0, width - first) }, (_, i) => i + first);
  const pick = (p: { retention: number; cumulative_revenue_per_customer: number }) =>
    metric === 'retention' ? p.retention : p.cumulative_revenue_per_customer;
  const lines = rows
    .filter((r) => chosen.includes(r.cohort))
    .map((r) => ({
      name: text.cohort(r.cohort),
      cohort: r.cohort,
      data: periods.map((k) => {
        const cell = r.cells[k];
        return cell && !cell.partial ? pick(cell) : null;
      }),
    }));
  const avg = periods.map((k) => {
    const point = average.find((p) => p.period === k);
    return point ? pick(point) : null;
  });
  return { periods, series: [...lines, { name: text.average, cohort: null, data: avg }] };
}

export function cohortCurvesOption({ periods, series }: CurveData, colorOf: (cohort: string) => string, text: CurveText): ChartOption {
  return {
    animation: false,
    // 'all' keeps the x axis name (below the labels) inside the chart too.
    grid: { ...plotGrid(40, 24), bottom: 4, outerBoundsContain: 'all' },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : text.value(Number(v))) },
    legend: { top: 0, type: 'scroll', textStyle: { color: COLORS.text } },
    xAxis: {
      type: 'category',
      data: periods.map(String),
      name: text.axis,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: COLORS.text },
      boundaryGap: false,
      axisLabel: { ...AXIS_LABEL, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { ...AXIS_LABEL, formatter: (v: number) => text.axisValue(v) },
      splitLine: { lineStyle: { color: COLORS.grid } },
    },
    series: series.map((s) =>
      s.cohort === null
        ? { name: s.name, type: 'line', data: s.data, z: 3, symbolSize: 6, lineStyle: { width: 4, color: COLORS.primary }, itemStyle: { color: COLORS.primary } }
        : {
            name: s.name,
            type: 'line',
            data: s.data,
            symbolSize: 4,
            lineStyle: { width: 1.8, color: colorOf(s.cohort) },
            itemStyle: { color: colorOf(s.cohort) },
          },
    ),
  };
}
