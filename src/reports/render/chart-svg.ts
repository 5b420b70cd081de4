import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { toEChartsOption, type ReportChart } from './charts.ts';

// Only what the report's charts use: a smaller module graph loads faster than the full bundle.
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

export interface SvgChartRenderer {
  render(chart: ReportChart, width: number, height: number): string;
  dispose(): void;
}

/**
 * Renders charts to SVG strings on the server (no DOM). One ECharts instance per size is reused
 * for every chart of a document (notMerge replaces the whole option), and disposed at the end.
 */
export function svgChartRenderer(): SvgChartRenderer {
  const instances = new Map<string, echarts.ECharts>();
  return {
    render(chart, width, height) {
      const key = `${width}x${height}`;
      let instance = instances.get(key);
      if (!instance) instances.set(key, (instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })));
      instance.setOption(toEChartsOption(chart.option), { notMerge: true });
      return instance.renderToSVGString();
    },
    dispose() {
      for (const instance of instances.values()) instance.dispose();
      instances.clear();
    },
  };
}

/** One chart, one instance: for a single chart outside a document. */
export function renderChartSvg(chart: ReportChart, width: number, height: number): string {
  const renderer = svgChartRenderer();
  try {
    return renderer.render(chart, width, height);
  } finally {
    renderer.dispose();
  }
}
