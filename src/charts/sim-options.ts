import type { ReplayMonth } from '../simulate/replay';
import type { ProjectionMonth, SensitivityPoint } from '../simulate/projection';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, COLORS, plotGrid } from './palette';

/** How the simulator's charts word and format things: passed in, so the builders stay pure and locale-free. */
export interface SimChartText {
  month: (yyyyMm: string) => string;
  money: (n: number) => string;
  axisMoney: (n: number) => string;
  /** "Month 3" on the projection's axis. */
  monthNumber: (m: number) => string;
  /** "+5 pp" on the sensitivity axis. */
  points: (u: number) => string;
  series: {
    revenue: string;
    discount: string;
    baseline: string;
    programme: string;
    cumulative: string;
    profit: string;
    breakEven: string;
  };
}

const valueAxis = (format: (n: number) => string, extra: Record<string, unknown> = {}) => ({
  type: 'value',
  axisLabel: { ...AXIS_LABEL, formatter: format },
  splitLine: { lineStyle: { color: COLORS.grid } },
  ...extra,
});

/** The replay per month: revenue as bars, what the programme would have given away as a line on its own axis. */
export function replayMonthsOption(rows: readonly ReplayMonth[], text: SimChartText): ChartOption {
  return {
    animation: false,
    grid: plotGrid(36, 8),
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => text.money(Number(v)) },
    legend: { top: 0, textStyle: { color: COLORS.text } },
    xAxis: { type: 'category', data: rows.map((r) => text.month(r.month)), axisLabel: { ...AXIS_LABEL, hideOverlap: true }, axisTick: { alignWithLabel: true } },
    yAxis: [
      valueAxis(text.axisMoney, { name: text.series.revenue, nameTextStyle: { color: COLORS.text, align: 'left' } }),
      valueAxis(text.axisMoney, { name: text.series.discount, nameTextStyle: { color: COLORS.secondary, align: 'right' }, splitLine: { show: false } }),
    ],
    series: [
      { name: text.series.revenue, type: 'bar', barMaxWidth: 36, data: rows.map((r) => r.revenue), itemStyle: { color: COLORS.muted } },
      { name: text.series.discount, type: 'line', yAxisIndex: 1, symbolSize: 6, data: rows.map((r) => r.discount), itemStyle: { color: COLORS.secondary } },
    ],
  };
}

/** The projection: members' revenue per month without and with the programme. */
export function projectionOption(months: readonly ProjectionMonth[], text: SimChartText): ChartOption {
  return {
    animation: false,
    grid: plotGrid(36, 12),
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => text.money(Number(v)) },
    legend: { top: 0, textStyle: { color: COLORS.text } },
    xAxis: {
      type: 'category',
      data: months.map((m) => String(m.month)),
      axisLabel: { ...AXIS_LABEL, formatter: (v: string) => text.monthNumber(Number(v)) },
      axisTick: { alignWithLabel: true },
    },
    yAxis: valueAxis(text.axisMoney, { scale: true }),
    series: [
      { name: text.series.baseline, type: 'line', symbolSize: 5, data: months.map((m) => m.baseline), itemStyle: { color: COLORS.muted }, lineStyle: { type: 'dashed' } },
      { name: text.series.programme, type: 'line', symbolSize: 5, data: months.map((m) => m.programme), itemStyle: { color: COLORS.primary } },
    ],
  };
}

/** The profit effect so far, month by month from the set-up cost at month 0: green once it is positive. */
export function profitSoFarOption(months: readonly ProjectionMonth[], setup: number, text: SimChartText): ChartOption {
  const values = [-setup, ...months.map((m) => m.cumulative)];
  return {
    animation: false,
    grid: plotGrid(36, 12),
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => text.money(Number(v)) },
    legend: { top: 0, textStyle: { color: COLORS.text } },
    xAxis: {
      type: 'category',
      data: values.map((_, m) => String(m)),
      axisLabel: { ...AXIS_LABEL, formatter: (v: string) => text.monthNumber(Number(v)) },
      axisTick: { alignWithLabel: true },
    },
    yAxis: valueAxis(text.axisMoney),
    series: [
      {
        name: text.series.cumulative,
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: COLORS.primary },
        data: values.map((v) => ({ value: v, itemStyle: { color: v >= 0 ? COLORS.primary : COLORS.secondary } })),
      },
    ],
  };
}

/** Profit effect against the retention uplift, with the break-even uplift marked by a vertical line. */
export function sensitivityOption(points: readonly SensitivityPoint[], breakEven: number | null, text: SimChartText): ChartOption {
  const deltas = points.map((p) => p.delta);
  const [low, high] = [Math.min(0, ...deltas), Math.max(0, ...deltas)];
  const max = points.at(-1)?.u ?? 20;
  const marker =
    breakEven !== null && breakEven <= max
      ? [{
          name: text.series.breakEven,
          type: 'line',
          symbol: 'none',
          data: [[breakEven, low], [breakEven, high]],
          lineStyle: { color: COLORS.secondary, type: 'dashed', width: 2 },
          itemStyle: { color: COLORS.secondary },
          label: { show: false },
          endLabel: { show: true, formatter: `${text.series.breakEven}: ${text.points(breakEven)}`, color: COLORS.text, fontSize: 11 },
          tooltip: { show: false },
        }]
      : [];
  return {
    animation: false,
    grid: plotGrid(36, 110),
    tooltip: {
      trigger: 'axis',
      formatter: (items: Array<{ data: [number, number]; seriesName: string }>) => {
        const item = items.find((i) => i.seriesName === text.series.profit);
        return item ? `${text.points(item.data[0])}: ${text.money(item.data[1])}` : '';
      },
    },
    legend: { top: 0, data: [text.series.profit, ...(marker.length ? [text.series.breakEven] : [])], textStyle: { color: COLORS.text } },
    xAxis: { type: 'value', min: 0, max, axisLabel: { ...AXIS_LABEL, formatter: (v: number) => text.points(v) }, splitLine: { show: false } },
    yAxis: valueAxis(text.axisMoney),
    series: [
      {
        name: text.series.profit,
        type: 'line',
        showSymbol: false,
        data: points.map((p) => [p.u, p.delta]),
        itemStyle: { color: COLORS.primary },
        areaStyle: { color: 'rgba(47, 111, 94, 0.08)', origin: 0 },
      },
      { name: '', type: 'line', symbol: 'none', data: [[0, 0], [max, 0]], lineStyle: { color: COLORS.text, width: 1 }, tooltip: { show: false }, silent: true },
      ...marker,
    ],
  };
}

export interface ScenarioLine {
  name: string;
  months: readonly ProjectionMonth[];
  setup: number;
}

/** Kept scenarios side by side: the cumulative profit effect of each, month by month. */
export function scenariosOption(lines: readonly ScenarioLine[], text: SimChartText): ChartOption {
  const horizon = Math.max(0, ...lines.map((l) => l.months.length));
  const palette = [COLORS.primary, COLORS.secondary, COLORS.tertiary, '#b35c7a', COLORS.muted];
  return {
    animation: false,
    grid: plotGrid(36, 8),
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : text.money(Number(v))) },
    legend: { top: 0, textStyle: { color: COLORS.text } },
    xAxis: {
      type: 'category',
      data: Array.from({ length: horizon + 1 }, (_, m) => String(m)),
      axisLabel: { ...AXIS_LABEL, formatter: (v: string) => text.monthNumber(Number(v)) },
    },
    yAxis: valueAxis(text.axisMoney),
    series: lines.map((line, i) => ({
      name: line.name,
      type: 'line',
      symbolSize: 5,
      data: [-line.setup, ...line.months.map((m) => m.cumulative)],
      itemStyle: { color: palette[i % palette.length] },
    })),
  };
}
