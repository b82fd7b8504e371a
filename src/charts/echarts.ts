// One tree-shaken ECharts registration for the whole app (https://echarts.apache.org/handbook/en/basics/import);
// the chart types are fetched when a chart first needs them, so a view downloads only what it draws.
import * as echarts from 'echarts/core';
import { GridComponent, LegendComponent, TooltipComponent, DatasetComponent, MarkAreaComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([
  GridComponent, LegendComponent, TooltipComponent, DatasetComponent, MarkAreaComponent, VisualMapComponent, CanvasRenderer, SVGRenderer,
]);

/** Each `echarts/lib/chart/<type>` module registers its chart type with the core above when it is imported. */
export const CHART_TYPES: Record<string, () => Promise<unknown>> = {
  bar: () => import('echarts/lib/chart/bar'),
  line: () => import('echarts/lib/chart/line'),
  heatmap: () => import('echarts/lib/chart/heatmap'),
  treemap: () => import('echarts/lib/chart/treemap'),
};

/** The series types an option draws; throws for a type CHART_TYPES does not know. */
export function seriesTypes(option: EChartsCoreOption): string[] {
  const series = option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series];
  const types = [...new Set(series.map((s) => String((s as { type?: unknown }).type)))];
  for (const type of types) {
    if (!(type in CHART_TYPES)) throw new Error(`ECharts chart type "${type}" is not registered in src/charts/echarts.ts`);
  }
  return types;
}

const registered = new Set<string>();

/** How many chart types are registered so far (an instance made earlier lacks the later ones' layouts). */
export function chartTypesRegistered(): number {
  return registered.size;
}

/** Resolves once every series type the option uses is registered. */
export async function registerChartTypes(option: EChartsCoreOption): Promise<void> {
  await Promise.all(seriesTypes(option).map(async (type) => (await CHART_TYPES[type](), registered.add(type))));
}

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
