import { describe, expect, it } from 'vitest';
import { RFM_SEGMENTS, type RfmSegmentRow } from '../../src/analysis/rfm';
import { rfmTreemapOption, SEGMENT_COLORS, type TreemapText } from '../../src/charts/rfm-options';
import { renderSvg } from './charts-ssr';

const rows: RfmSegmentRow[] = RFM_SEGMENTS.map((segment, i) => ({
  segment,
  customers: i === 3 ? 0 : 10 + i,
  revenue: i === 3 ? 0 : 1000 * (11 - i),
  customer_share: 0,
  revenue_share: 0,
}));
const text: TreemapText = { segment: (s) => `S:${s}`, share: (r) => `${r.customers}!`, tooltip: (r) => `T:${r.segment}` };

describe('RFM treemap option', () => {
  it('has one coloured tile per non-empty segment, sized by the chosen figure', () => {
    const option = rfmTreemapOption(rows, 'revenue', text) as {
      series: Array<{ type: string; data: Array<{ name: string; value: number; segment: string; itemStyle: { color: string } }> }>;
    };
    const data = option.series[0].data;
    expect(option.series[0].type).toBe('treemap');
    expect(data.map((d) => d.segment)).toEqual(RFM_SEGMENTS.filter((s) => s !== 'Promising'));
    expect(data[0]).toMatchObject({ name: 'S:Champions', value: 11000, itemStyle: { color: SEGMENT_COLORS.Champions } });
    const byCustomers = rfmTreemapOption(rows, 'customers', text) as typeof option;
    expect(byCustomers.series[0].data.map((d) => d.value)).toEqual(rows.filter((r) => r.customers > 0).map((r) => r.customers));
  });

  it('gives every segment its own colour', () => {
    expect(new Set(RFM_SEGMENTS.map((s) => SEGMENT_COLORS[s])).size).toBe(RFM_SEGMENTS.length);
  });

  it('renders server-side with the segment names, also with no customers at all', () => {
    const svg = renderSvg(rfmTreemapOption(rows, 'customers', text));
    expect(svg).toContain('S:Champions');
    expect(renderSvg(rfmTreemapOption(rows.map((r) => ({ ...r, customers: 0, revenue: 0 })), 'customers', text))).toContain('<svg');
  });
});
