import type { ClvBin } from '../analysis/btyd/clv-summary';
import type { AliveGrid } from '../analysis/ltv-view';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, COLORS, plotGrid } from './palette';

/** P(alive) colours from "probably gone" to "probably still a customer" (the lifecycle's lost … active). */
export const ALIVE_COLORS = ['#a52a2a', '#d08c3c', '#e9d98f', '#7fb59d', '#2f6f5e'] as const;

export interface HistogramText {
  money: (n: number) => string;
  /** Axis numbers (customers), in the UI's locale. */
  axisValue: (n: number) => string;
  customers: string;
  /** The tooltip line of a bin, e.g. "12 customers". */
  count: (n: number) => string;
  /** The last bin's label: it also holds everything above (the top 1 %). */
  andAbove: (from: string) => string;
}

/** Predicted CLV per customer as a histogram (bins from the model summary; the last bin is open-ended). */
export function clvHistogramOption(bins: readonly ClvBin[], text: HistogramText): ChartOption {
  const labels = bins.map((b, i) => (i === bins.length - 1 && bins.length > 1 ? text.andAbove(text.money(b.from)) : `${text.money(b.from)}–${text.money(b.to)}`));
  return {
    animation: false,
    grid: { ...plotGrid(30), bottom: 4 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => text.count(Number(v)) },
    xAxis: { type: 'category', data: labels, axisLabel: { ...AXIS_LABEL, hideOverlap: true } },
    yAxis: {
      type: 'value',
      name: text.customers,
      nameTextStyle: { color: COLORS.text, align: 'left' },
      axisLabel: { ...AXIS_LABEL, formatter: (v: number) => text.axisValue(v) },
      splitLine: { lineStyle: { color: COLORS.grid } },
    },
    series: [{ name: text.customers, type: 'bar', barCategoryGap: '8%', itemStyle: { color: COLORS.primary }, data: bins.map((b) => b.customers) }],
  };
}

export interface HeatmapText {
  /** Axis names, e.g. "repeat purchases" and "weeks since the last purchase". */
  repeat: string;
  silence: string;
  /** A row's label from its days since the last purchase (in the view's unit). */
  silenceLabel: (days: number) => string;
  percent: (p: number) => string;
  /** Tooltip: x repeat purchases, silent for `silence`, P(alive). */
  tooltip: (x: number, silence: string, p: string) => string;
  low: string;
  high: string;
}

/** P(alive) over repeat purchases (x axis) × time since the last purchase (y axis, 0 at the bottom). */
export function aliveHeatmapOption(grid: AliveGrid, text: HeatmapText): ChartOption {
  const rows = grid.silenceDays.map(text.silenceLabel);
  return {
    animation: false,
    grid: { ...plotGrid(30, 16), bottom: 4, outerBoundsContain: 'all' },
    tooltip: {
      trigger: 'item',
      formatter: (item: { value: [number, number, number] }) => {
        const [col, row, p] = item.value;
        return text.tooltip(grid.xs[col], rows[row], text.percent(p));
      },
    },
    xAxis: {
      type: 'category',
      data: grid.xs.map(String),
      name: text.repeat,
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: { color: COLORS.text },
      axisLabel: { ...AXIS_LABEL, hideOverlap: true },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      data: rows,
      name: text.silence,
      nameTextStyle: { color: COLORS.text, align: 'left' },
      axisLabel: { ...AXIS_LABEL, hideOverlap: true },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: 1,
      calculable: false,
      orient: 'horizontal',
      right: 8,
      top: 0,
      itemHeight: 120,
      itemWidth: 10,
      text: [text.high, text.low],
      textStyle: { color: COLORS.text, fontSize: 11 },
      formatter: (v: number) => text.percent(v),
      inRange: { color: [...ALIVE_COLORS] },
    },
    series: [{ type: 'heatmap', data: grid.cells, progressive: 0, emphasis: { itemStyle: { borderColor: '#1f2a26', borderWidth: 1 } } }],
  };
}

export interface HistoryText {
  pAlive: string;
  purchase: string;
  percent: (p: number) => string;
  /** A time-axis tick (YYYY-MM-DD) as the locale writes it. */
  tick: (iso: string) => string;
}

/** One customer's P(alive) over time (a line) with their purchase days marked on it. */
export function aliveHistoryOption(points: ReadonlyArray<{ date: string; pAlive: number }>, purchases: readonly string[], text: HistoryText): ChartOption {
  const bought = new Set(purchases);
  return {
    animation: false,
    grid: plotGrid(28),
    legend: { top: 0, textStyle: { color: COLORS.text } },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => text.percent(Number(v)) },
    xAxis: { type: 'time', axisLabel: { ...AXIS_LABEL, hideOverlap: true, formatter: (v: number) => text.tick(new Date(v).toISOString().slice(0, 10)) } },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { ...AXIS_LABEL, formatter: (v: number) => text.percent(v) }, splitLine: { lineStyle: { color: COLORS.grid } } },
    series: [
      { name: text.pAlive, type: 'line', showSymbol: false, lineStyle: { width: 2, color: COLORS.primary }, itemStyle: { color: COLORS.primary }, data: points.map((p) => [p.date, p.pAlive]) },
      {
        name: text.purchase,
        type: 'line',
        lineStyle: { opacity: 0 },
        symbol: 'circle',
        symbolSize: 7,
        itemStyle: { color: COLORS.secondary },
        data: points.filter((p) => bought.has(p.date)).map((p) => [p.date, p.pAlive]),
      },
    ],
  };
}
