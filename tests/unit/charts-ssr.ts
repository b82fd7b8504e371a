import { CHART_TYPES, echarts, seriesTypes, type ChartOption } from '../../src/charts/echarts';

// The app imports each chart type when a chart first draws it; here all of them up front.
await Promise.all(Object.values(CHART_TYPES).map((load) => load()));

/**
 * Renders an option server-side to SVG (https://echarts.apache.org/handbook/en/how-to/cross-platform/server): it
 * must not throw, and every series type it draws must be one the app registers.
 */
export function renderSvg(option: ChartOption, width = 800, height = 300): string {
  seriesTypes(option);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
