/**
 * A chart's numbers as a table (the text alternative of a canvas chart): read from the same ECharts option
 * the chart draws, so the two cannot disagree. Category charts give one row per category and one column per
 * series; value-axis charts one row per x; heatmaps one row per y category; treemaps one row per tile.
 */
import type { ChartOption } from './echarts';

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

type Formatter = (value: never, index: number) => string;
interface Axis {
  type?: string;
  name?: string;
  data?: unknown[];
  axisLabel?: { formatter?: unknown };
}
interface Series {
  type?: string;
  name?: string;
  data?: unknown[];
  silent?: boolean;
  yAxisIndex?: number;
}

const first = <T>(value: T | T[] | undefined): T | undefined => (Array.isArray(value) ? value[0] : value);
const all = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const raw = (item: unknown): unknown => (item !== null && typeof item === 'object' && !Array.isArray(item) && 'value' in item ? (item as { value: unknown }).value : item);

function label(axis: Axis | undefined, value: unknown, index: number): string {
  const formatter = axis?.axisLabel?.formatter;
  if (typeof formatter === 'function') return String((formatter as Formatter)(value as never, index));
  return String(value ?? '');
}

/**
 * `number` formats a plain value. Values of an axis that stay within ±1.5 (shares, probabilities) are written
 * with that axis's own label formatter, which says "22 %" rather than "0.22".
 */
export function chartTable(option: ChartOption, number: (value: number) => string): ChartTable | null {
  const series = all(option.series as Series | Series[]).filter((s) => !s.silent && Array.isArray(s.data));
  if (series.length === 0) return null;
  const x = first(option.xAxis as Axis | Axis[]);
  const ys = all(option.yAxis as Axis | Axis[]);
  const y = ys[0];
  const value = (v: unknown, s?: Series): string => {
    if (typeof v !== 'number') return v === null || v === undefined || v === '-' ? '—' : String(v);
    const axis = ys[s?.yAxisIndex ?? 0];
    const values = (s?.data ?? []).map((d) => raw(d)).map((d) => (Array.isArray(d) ? d.at(-1) : d)).filter((d): d is number => typeof d === 'number');
    const small = values.length > 0 && values.every((d) => Math.abs(d) <= 1.5);
    return small && typeof axis?.axisLabel?.formatter === 'function' ? label(axis, v, 0) : number(v);
  };

  const heatmap = series.find((s) => s.type === 'heatmap');
  if (heatmap && x?.data && y?.data) {
    const grid = new Map<string, unknown>();
    for (const cell of heatmap.data!) {
      const [i, j, v] = raw(cell) as [number, number, unknown];
      grid.set(`${i}|${j}`, v);
    }
    return {
      columns: [y.name ?? '', ...x.data.map((c, i) => label(x, c, i))],
      rows: y.data.map((row, j) => [label(y, row, j), ...x.data!.map((_, i) => value(grid.get(`${i}|${j}`), heatmap))]),
    };
  }

  const treemap = series.find((s) => s.type === 'treemap');
  if (treemap) {
    return { columns: ['', treemap.name ?? ''], rows: treemap.data!.map((d) => [String((d as { name?: string }).name ?? ''), value(raw(d), treemap)]) };
  }

  const named = series.filter((s) => s.name !== '');
  const categories = x?.type === 'category' || (x?.data && x.type !== 'value') ? x : y?.type === 'category' ? y : undefined;
  if (categories?.data) {
    return {
      columns: [categories.name ?? '', ...named.map((s) => s.name ?? '')],
      rows: categories.data.map((c, i) => [label(categories, c, i), ...named.map((s) => value(raw(s.data![i]), s))]),
    };
  }

  // Value or time x axis: series of [x, y] points, merged by x.
  const xs = [...new Set(named.flatMap((s) => s.data!.map((d) => (raw(d) as unknown[])[0])))];
  const numericX = xs.every((v) => typeof v === 'number');
  if (numericX) (xs as number[]).sort((a, b) => a - b);
  return {
    columns: [x?.name ?? '', ...named.map((s) => s.name ?? '')],
    rows: xs.map((xv, i) => [
      label(x, xv, i),
      ...named.map((s) => {
        const point = s.data!.map((d) => raw(d) as unknown[]).find((d) => d[0] === xv);
        return value(point?.[1], s);
      }),
    ]),
  };
}
