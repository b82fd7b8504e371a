import { describe, expect, it } from 'vitest';
import { newReturningOption, ordersCustomersOption, revenueOption, type ChartText } from '../../src/charts/monthly-options';
import type { MonthRow } from '../../src/analysis/monthly';
import { renderSvg } from './charts-ssr';

const rows: MonthRow[] = [
  { month: '2024-01', revenue: 1000, orders: 10, active_customers: 8, new_customers: 8, returning_customers: 0, partial: false },
  { month: '2024-02', revenue: 1500.5, orders: 14, active_customers: 11, new_customers: 5, returning_customers: 6, partial: true },
];
const text: ChartText = {
  month: (m) => `M${m}`,
  value: (n) => `v${n}`,
  axisValue: (n) => `a${n}`,
  series: { revenue: 'Revenue', orders: 'Orders', active: 'Active', new: 'New', returning: 'Returning' },
};

describe('monthly chart options', () => {
  it('put one category per month and the month figures in the series', () => {
    const revenue = revenueOption(rows, text) as { xAxis: { data: string[] }; series: Array<{ data: number[] }> };
    expect(revenue.xAxis.data).toEqual(['M2024-01', 'M2024-02']);
    expect(revenue.series[0].data).toEqual([1000, 1500.5]);
    const stacked = newReturningOption(rows, text) as { series: Array<{ name: string; stack: string; data: number[] }> };
    expect(stacked.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['New', 'c', [8, 5]],
      ['Returning', 'c', [0, 6]],
    ]);
  });

  it('shade the partial as-of month and only that month', () => {
    const revenue = revenueOption(rows, text) as { series: Array<{ markArea?: { data: unknown } }> };
    expect(revenue.series[0].markArea?.data).toEqual([[{ xAxis: 'M2024-02' }, { xAxis: 'M2024-02' }]]);
    const full = revenueOption([{ ...rows[1], partial: false }], text) as { series: Array<{ markArea?: unknown }> };
    expect(full.series[0].markArea).toBeUndefined();
  });

  it('render server-side without errors, with the series names in the picture', () => {
    for (const build of [revenueOption, ordersCustomersOption, newReturningOption]) {
      const svg = renderSvg(build(rows, text));
      expect(svg).toContain('<svg');
    }
    expect(renderSvg(newReturningOption(rows, text))).toContain('Returning');
  });
});
