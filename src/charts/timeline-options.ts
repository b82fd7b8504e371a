import type { ChartOption } from './echarts';
import { AXIS_LABEL, COLORS, plotGrid } from './palette';

export interface TimelinePoint {
  date: string;
  value: number;
}

/** One customer's purchases on a time axis: a stem per order, its height the order's revenue. */
export function timelineOption(
  points: TimelinePoint[],
  text: { value: (n: number) => string; axis: (n: number) => string; name: string; tick: (isoDate: string) => string },
): ChartOption {
  return {
    animation: false,
    grid: plotGrid(16),
    tooltip: { trigger: 'item', valueFormatter: (v: unknown) => text.value(Number(v)) },
    xAxis: {
      type: 'time',
      axisLabel: { ...AXIS_LABEL, hideOverlap: true, formatter: (v: number) => text.tick(new Date(v).toISOString().slice(0, 10)) },
    },
    yAxis: {
      type: 'value',
      axisLabel: { ...AXIS_LABEL, formatter: (v: number) => text.axis(v) },
      splitLine: { lineStyle: { color: COLORS.grid } },
    },
    series: [
      {
        name: text.name,
        type: 'bar',
        barMaxWidth: 6,
        itemStyle: { color: COLORS.primary },
        data: points.map((p) => [p.date, p.value]),
      },
    ],
  };
}
