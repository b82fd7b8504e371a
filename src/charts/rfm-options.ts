import type { RfmSegment, RfmSegmentRow } from '../analysis/rfm';
import type { ChartOption } from './echarts';

/** Segment colours: greens for the best, blues for the new, ambers for the wavering, reds for the leaving. */
export const SEGMENT_COLORS: Record<RfmSegment, string> = {
  Champions: '#1f5e4d',
  'Loyal Customers': '#3f8a72',
  'New Customers': '#4f7fbf',
  Promising: '#7fa3d6',
  'Potential Loyalist': '#74b49b',
  'Need Attention': '#d9a441',
  'About To Sleep': '#c98a52',
  "Can't Lose Them": '#a52a2a',
  'At Risk': '#c9574a',
  Lost: '#8f8f8f',
  Other: '#b9c2be',
};

export type TreemapSize = 'customers' | 'revenue';

export interface TreemapText {
  /** A segment's name in the UI language. */
  segment: (segment: RfmSegment) => string;
  /** The tooltip's lines for a segment. */
  tooltip: (row: RfmSegmentRow) => string;
  /** The share shown on a tile, e.g. "12 %". */
  share: (row: RfmSegmentRow) => string;
}

/** Segments as treemap tiles sized by customers or revenue; empty segments get no tile. */
export function rfmTreemapOption(rows: readonly RfmSegmentRow[], size: TreemapSize, text: TreemapText): ChartOption {
  const data = rows
    .filter((row) => row[size] > 0)
    .map((row) => ({
      name: text.segment(row.segment),
      value: row[size],
      segment: row.segment,
      itemStyle: { color: SEGMENT_COLORS[row.segment] },
      label: { formatter: `{b}\n${text.share(row)}` },
      tooltip: { formatter: text.tooltip(row) },
    }));
  return {
    animation: false,
    tooltip: { confine: true },
    series: [
      {
        type: 'treemap',
        data,
        // The treemap animates its layout on updates unless told per series.
        animation: false,
        animationDurationUpdate: 0,
        left: 0,
        right: 0,
        top: 0,
        bottom: 0,
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        sort: 'desc',
        label: { show: true, color: '#fff', fontSize: 12, overflow: 'truncate', lineHeight: 16 },
        itemStyle: { borderColor: '#fff', borderWidth: 2, gapWidth: 2 },
      },
    ],
  };
}
