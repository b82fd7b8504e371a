// One tree-shaken ECharts registration for the whole app (https://echarts.apache.org/handbook/en/basics/import).
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, TreemapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, DatasetComponent, MarkAreaComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, HeatmapChart, LineChart, TreemapChart, GridComponent, LegendComponent, TooltipComponent, DatasetComponent, MarkAreaComponent,
  VisualMapComponent, CanvasRenderer, SVGRenderer,
]);

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
