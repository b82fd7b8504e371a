import type { PriceStep, ProductMonth } from '../analysis/products';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, COLORS } from './palette';

export interface ProductChartText {
  month: (yyyyMm: string) => string;
  money: (n: number) => string;
  axisMoney: (n: number) => string;
  /** A relative change as a signed percentage (`+28 %`). */
  change: (n: number) => string;
  price: string;
  lapses: string;
  before: string;
  after: string;
}

const WINDOW_SHADE = { before: 'rgba(107, 127, 179, 0.12)', after: 'rgba(208, 140, 60, 0.16)' };

/** 'YYYY-MM' plus n calendar months. */
function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The six months before and after `step`, clipped to the months drawn, as markArea pairs. */
function windows(months: readonly ProductMonth[], step: PriceStep | null, text: ProductChartText) {
  if (!step) return [];
  const first = months[0]?.month ?? '';
  const last = months.at(-1)?.month ?? '';
  const clip = (m: string) => (m < first ? first : m > last ? last : m);
  const area = (from: string, to: string, name: string, color: string) =>
    from > last || to < first
      ? null
      : [
          { xAxis: text.month(clip(from)), name, itemStyle: { color }, label: { color: COLORS.text, fontSize: 11 } },
          { xAxis: text.month(clip(to)) },
        ];
  return [
    area(addMonths(step.month, -6), addMonths(step.month, -1), text.before, WINDOW_SHADE.before),
    area(step.month, addMonths(step.month, 5), text.after, WINDOW_SHADE.after),
  ].filter((a) => a !== null);
}

/**
 * The monthly median price as a step line with price steps as big labelled dots, and under it (a second
 * grid on the same months) the regulars who lapsed each month as bars, with the six months before and after
 * the highlighted step shaded. The two grids get fixed side margins rather than `plotGrid`'s label-fitted
 * ones, so their months line up.
 */
export function productOption(
  months: readonly ProductMonth[],
  steps: readonly PriceStep[],
  highlighted: PriceStep | null,
  text: ProductChartText,
): ChartOption {
  const labels = months.map((m) => text.month(m.month));
  const stepAt = new Map(steps.map((s) => [s.month, s]));
  const grid = { left: 72, right: 16, outerBoundsMode: 'none' } as const;
  const axis = (gridIndex: number, show: boolean) => ({
    type: 'category',
    gridIndex,
    data: labels,
    axisLabel: { ...AXIS_LABEL, show, hideOverlap: true },
    axisTick: { alignWithLabel: true },
  });
  return {
    animation: false,
    legend: { top: 0, textStyle: { color: COLORS.text } },
    tooltip: { trigger: 'axis' },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid: [
      { ...grid, top: 36, height: '46%' },
      { ...grid, bottom: 28, height: '24%' },
    ],
    xAxis: [axis(0, false), axis(1, true)],
    yAxis: [
      {
        type: 'value',
        gridIndex: 0,
        min: 0,
        axisLabel: { ...AXIS_LABEL, formatter: (v: number) => text.axisMoney(v) },
        splitLine: { lineStyle: { color: COLORS.grid } },
      },
      {
        type: 'value',
        gridIndex: 1,
        minInterval: 1,
        axisLabel: AXIS_LABEL,
        splitLine: { lineStyle: { color: COLORS.grid } },
      },
    ],
    series: [
      {
        name: text.price,
        type: 'line',
        step: 'end',
        xAxisIndex: 0,
        yAxisIndex: 0,
        symbolSize: 4,
        itemStyle: { color: COLORS.primary },
        data: months.map((m) => {
          const step = stepAt.get(m.month);
          if (!step || m.price === null) return m.price;
          return {
            value: m.price,
            symbolSize: 11,
            itemStyle: { color: COLORS.secondary },
            label: { show: true, position: 'top', formatter: text.change(step.change), color: COLORS.text, fontWeight: 'bold' },
          };
        }),
        tooltip: { valueFormatter: (v: unknown) => (v === null || v === undefined || v === '-' ? '—' : text.money(Number(v))) },
      },
      {
        name: text.lapses,
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 1,
        barMaxWidth: 18,
        itemStyle: { color: COLORS.muted },
        data: months.map((m) => m.regular_lapses),
        markArea: { silent: true, data: windows(months, highlighted, text) },
      },
    ],
  };
}
