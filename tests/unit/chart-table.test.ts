/** A chart's text alternative, read from hand-built ECharts options of each shape the app draws. */
import { describe, expect, it } from 'vitest';
import { chartTable } from '../../src/charts/chart-table';

const number = (v: number) => String(v);

describe('chartTable', () => {
  it('category axis: one row per category, one column per series, with the axis labels', () => {
    const table = chartTable(
      {
        xAxis: { type: 'category', data: ['2024-01', '2024-02'], axisLabel: { formatter: (v: string) => `m${v.slice(5)}` } },
        yAxis: { type: 'value' },
        series: [
          { name: 'Revenue', type: 'bar', data: [100, { value: 250 }] },
          { name: 'Orders', type: 'line', data: [3, null] },
        ],
      },
      number,
    );
    expect(table).toEqual({ columns: ['', 'Revenue', 'Orders'], rows: [['m01', '100', '3'], ['m02', '250', '—']] });
  });

  it('shares are written with the value axis formatter', () => {
    const table = chartTable(
      { xAxis: { type: 'category', data: ['a'] }, yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${v * 100} %` } }, series: [{ name: 'Rate', type: 'line', data: [0.25] }] },
      number,
    );
    expect(table!.rows).toEqual([['a', '25 %']]);
  });

  it('value axis: [x, y] points merged by x; unnamed helper lines left out', () => {
    const table = chartTable(
      {
        xAxis: { type: 'value' },
        yAxis: { type: 'value' },
        series: [
          { name: 'Profit', type: 'line', data: [[2, -5], [0, -10]] },
          { name: '', type: 'line', data: [[0, 0], [20, 0]] },
        ],
      },
      number,
    );
    expect(table).toEqual({ columns: ['', 'Profit'], rows: [['0', '-10'], ['2', '-5']] });
  });

  it('heatmap: rows by y category, columns by x category', () => {
    const table = chartTable(
      { xAxis: { type: 'category', data: ['1', '2'] }, yAxis: { type: 'category', name: 'weeks', data: ['10', '20'] }, series: [{ type: 'heatmap', data: [[0, 0, 0.5], [1, 1, 0.25]] }] },
      number,
    );
    expect(table).toEqual({ columns: ['weeks', '1', '2'], rows: [['10', '0.5', '—'], ['20', '—', '0.25']] });
  });

  it('treemap: one row per tile', () => {
    const table = chartTable({ series: [{ type: 'treemap', name: 'Customers', data: [{ name: 'Champions', value: 12 }, { name: 'Lost', value: 40 }] }] }, number);
    expect(table).toEqual({ columns: ['', 'Customers'], rows: [['Champions', '12'], ['Lost', '40']] });
  });
});
