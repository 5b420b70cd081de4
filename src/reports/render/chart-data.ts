import type { BarSeries, PieSeries, ReportChart } from './charts.ts';

/** A chart's categories and series values, read from its ECharts option (for native PPTX charts). */
export interface ChartData {
  labels: string[];
  series: { name: string; values: number[] }[];
  /** The colours in use, one per series (bars) or per point (pies, single-series bars that vary by point). */
  colors: string[];
}

const isPie = (series: BarSeries[] | PieSeries[]): series is PieSeries[] => series[0]?.type === 'pie';

export function chartData(chart: ReportChart): ChartData {
  const { option } = chart;
  const palette = option.color;
  if (isPie(option.series)) {
    const points = option.series[0]?.data ?? [];
    return {
      labels: points.map((p) => p.name),
      series: [{ name: option.series[0]?.name ?? chart.title, values: points.map((p) => p.value) }],
      colors: cycle(palette, points.length),
    };
  }
  const bars = option.series;
  const axis = chart.kind === 'hbar' ? option.yAxis : option.xAxis;
  const labels = axis?.type === 'category' ? axis.data : [];
  const byPoint = bars.length === 1 && bars[0]?.colorBy === 'data';
  return {
    labels,
    series: bars.map((s) => ({ name: s.name, values: s.data })),
    colors: cycle(palette, byPoint ? labels.length : bars.length),
  };
}

/** The palette repeated to `count` entries (PowerPoint needs one colour per point; never random). */
function cycle(palette: readonly string[], count: number): string[] {
  if (palette.length === 0) return [];
  return Array.from({ length: Math.max(count, 1) }, (_, i) => palette[i % palette.length] ?? '#1F4E79');
}
