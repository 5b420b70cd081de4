import { useMemo } from 'react';
import { Paper, Text } from '@mantine/core';
import type { EChartsOption } from 'echarts';
import { Chart, type ChartTable } from '../../lib/chart.tsx';
import { chartData, toEChartsOption, type ReportChart } from './reportModel.ts';

/** The report's own ECharts option (the one the PDF draws), with its title above it and a tooltip. */
export function ReportChartView({ chart, height = 260 }: { chart: ReportChart; height?: number }) {
  const option = useMemo(() => consoleOption(chart), [chart]);
  const data = useMemo(() => chartData(chart), [chart]);
  const table: ChartTable = {
    caption: chart.title,
    columns: ['', ...data.series.map((s) => s.name)],
    rows: data.labels.map((label, i) => [label, ...data.series.map((s) => s.values[i] ?? 0)]),
  };
  // A ranking grows with its rows, so that twenty topics stay as readable as three.
  const withLegend = chart.option.legend !== undefined && chart.kind !== 'bar';
  const chartHeight = chart.kind === 'hbar' ? Math.min(Math.max(data.labels.length * 26 + 30, 150), 560) : withLegend ? Math.max(height, 200 + data.labels.length * 16) : height;
  return (
    <Paper withBorder p="xs" radius="md">
      <Text size="sm" fw={600} ta="center">{chart.title}</Text>
      <Chart option={option} label={chart.title} table={table} height={chartHeight} />
    </Paper>
  );
}

/**
 * The PDF's option adapted to a screen: the title moves above the chart (its room goes to the
 * bars), the month labels under the bars get room, two-line pie labels get a line height, and a
 * tooltip shows exact values.
 */
function consoleOption(chart: ReportChart): EChartsOption {
  const { option } = chart;
  const pie = chart.kind === 'pie' || chart.kind === 'doughnut';
  const grid = option.grid && {
    ...option.grid,
    top: chart.kind === 'hbar' ? 8 : Math.max(option.grid.top - 30, 24),
    bottom: option.xAxis?.type === 'category' ? Math.max(option.grid.bottom, 28) : option.grid.bottom,
  };
  const series = pie
    ? option.series.map((s) => ({ ...s, center: ['50%', option.legend ? '40%' : '52%'], label: { ...s.label, lineHeight: 14 } }))
    : option.series;
  return {
    ...toEChartsOption(option),
    title: { show: false },
    tooltip: { trigger: pie ? 'item' : 'axis', axisPointer: { type: 'shadow' } },
    ...(grid ? { grid } : {}),
    series,
  };
}
