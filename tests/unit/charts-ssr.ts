import { echarts, type ChartOption } from '../../src/charts/echarts';

/** Renders an option server-side to SVG (https://echarts.apache.org/handbook/en/how-to/cross-platform/server): it must not throw. */
export function renderSvg(option: ChartOption, width = 800, height = 300): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
