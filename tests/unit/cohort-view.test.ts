import { describe, expect, it } from 'vitest';
import { averageCurve, cohortMatrix, type CohortCell } from '../../src/analysis/cohorts';
import { averageRow, defaultCohorts, intensity, metricValue, scaleMax } from '../../src/views/cohorts/cohort-metrics';
import { cohortCurvesOption, curveSeries, type CurveText } from '../../src/charts/cohort-options';
import { renderSvg } from './charts-ssr';

/** A cell from (cohort, k, size, customers, orders, revenue); the derived columns as cohort-cells.sql gives them. */
function cells(spec: [string, number, number, number, number, number][], partialFrom: string): CohortCell[] {
  const cumulative = new Map<string, number>();
  const first = new Map<string, number>();
  return spec.map(([cohort, period, size, customers, orders, revenue]) => {
    const total = (cumulative.get(cohort) ?? 0) + revenue;
    cumulative.set(cohort, total);
    if (period === 0) first.set(cohort, revenue);
    const start = new Date(`${cohort}-01T00:00:00Z`);
    start.setUTCMonth(start.getUTCMonth() + period);
    const periodStart = start.toISOString().slice(0, 10);
    return {
      cohort, cohort_start: `${cohort}-01`, period, period_start: periodStart, cohort_size: size, customers, orders,
      partial: periodStart === partialFrom, retention: customers / size, revenue, revenue_per_customer: revenue / size,
      cumulative_revenue_per_customer: total / size, revenue_retention: first.get(cohort)! > 0 ? revenue / first.get(cohort)! : null,
      orders_per_customer: orders / size,
    };
  });
}

// Three monthly cohorts as of some day in 2024-04 (April partial); 2024-02 has a real zero at k=1.
const data = cells(
  [
    ['2024-01', 0, 10, 10, 12, 1000], ['2024-01', 1, 10, 4, 5, 400], ['2024-01', 2, 10, 3, 3, 300], ['2024-01', 3, 10, 1, 1, 50],
    ['2024-02', 0, 4, 4, 4, 0], ['2024-02', 1, 4, 0, 0, 0], ['2024-02', 2, 4, 1, 2, 80],
    ['2024-03', 0, 20, 20, 20, 2000], ['2024-03', 1, 20, 2, 2, 100],
    ['2024-04', 0, 5, 5, 5, 500],
  ],
  '2024-04-01',
);
const rows = cohortMatrix(data);

describe('cohort table helpers', () => {
  it('read each metric, undefined revenue retention as null', () => {
    const cell = data[1];
    expect([metricValue(cell, 'retention'), metricValue(cell, 'ltv'), metricValue(cell, 'revenue_retention'), metricValue(cell, 'orders')]).toEqual([
      0.4, 140, 0.4, 0.5,
    ]);
    expect(metricValue(data[5], 'revenue_retention')).toBeNull();
  });

  it('average complete cells: by size for customers, pooled for revenue retention', () => {
    expect(averageRow(data, 'retention')).toEqual([...averageCurve(data).map((p) => p.retention), null]);
    // The as-of month (2024-04) is left out: 2024-03 at k=1, 2024-02 at k=2, 2024-01 at k=3.
    expect(averageRow(data, 'retention')).toEqual([1, 4 / 14, 3 / 10, null]);
    expect(averageRow(data, 'orders')).toEqual([36 / 34, 5 / 14, 3 / 10, null]);
    // 2024-02 had no first-period revenue: it adds nothing to the base.
    expect(averageRow(data, 'revenue_retention')).toEqual([1, 400 / 1000, 300 / 1000, null]);
  });

  it('scale colours by the largest value after period 0', () => {
    expect(scaleMax(data, 'retention')).toBe(0.4);
    expect(intensity(1, 0.4)).toBe(1);
    expect(intensity(0.2, 0.4)).toBe(0.5);
    expect(intensity(null, 0.4)).toBe(0);
    expect(intensity(0.3, 0)).toBe(0);
  });

  it('pick the largest complete cohorts by default, preferring long ones, in table order', () => {
    expect(defaultCohorts(rows)).toEqual(['2024-01', '2024-02', '2024-03']); // too few long ones: any complete
    expect(defaultCohorts(rows, 1)).toEqual(['2024-01']); // the only one with 3 complete periods beats a bigger one
    expect(defaultCohorts(rows, 2, 2)).toEqual(['2024-01', '2024-02']);
    expect(defaultCohorts(rows, 1, 1)).toEqual(['2024-03']);
  });
});

const text: CurveText = { cohort: (l) => `C${l}`, average: 'Average', axis: 'months', value: (n) => `v${n}`, axisValue: (n) => `a${n}` };

describe('cohort curve options', () => {
  it('draw the chosen cohorts over their complete periods from period 1 and the average last, bolder', () => {
    const curves = curveSeries(rows, ['2024-01', '2024-03'], averageCurve(data), 'retention', text);
    expect(curves.periods).toEqual([1, 2, 3]);
    expect(curves.series.map((s) => [s.name, s.cohort, s.data])).toEqual([
      ['C2024-01', '2024-01', [0.4, 0.3, null]],
      ['C2024-03', '2024-03', [null, null, null]],
      ['Average', null, [4 / 14, 0.3, null]],
    ]);
    const option = cohortCurvesOption(curves, () => '#123456', text) as {
      xAxis: { data: string[] };
      series: Array<{ lineStyle: { width: number; color: string } }>;
    };
    expect(option.xAxis.data).toEqual(['1', '2', '3']);
    expect(option.series.map((s) => s.lineStyle.width)).toEqual([1.8, 1.8, 4]);
    expect(option.series[0].lineStyle.color).toBe('#123456');
  });

  it('give the LTV curve as cumulative revenue per customer, from period 0', () => {
    const curves = curveSeries(rows, ['2024-01'], averageCurve(data), 'ltv', text);
    expect(curves.periods).toEqual([0, 1, 2, 3]);
    expect(curves.series[0].data).toEqual([100, 140, 170, null]);
  });

  it('render server-side, with and without chosen cohorts', () => {
    for (const chosen of [['2024-01', '2024-02'], []]) {
      const svg = renderSvg(cohortCurvesOption(curveSeries(rows, chosen, averageCurve(data), 'retention', text), () => '#d08c3c', text));
      expect(svg).toContain('<svg');
      expect(svg).toContain('Average');
    }
  });
});
