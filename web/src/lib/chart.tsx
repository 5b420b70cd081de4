import { useEffect, useRef } from 'react';
import { Box, VisuallyHidden } from '@mantine/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

// Only the chart kinds the console draws (bar, donut/pie, line), rendered to SVG: a far smaller
// bundle than all of ECharts, and crisp text at any zoom.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

/** What a screen reader gets instead of the picture: a table of the values. */
export interface ChartTable {
  caption?: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface ChartProps {
  /** ECharts option (e.g. from src/reports/render/charts.ts builders). */
  option: EChartsOption;
  /** Names the chart for assistive technology (role="img"). */
  label: string;
  /** The same data as text, visually hidden; without it, only the label is read. */
  table?: ChartTable;
  height?: number;
}

/**
 * An ECharts chart as a React component: created on mount, updated when the option changes,
 * resized with its box, disposed on unmount.
 */
export function Chart({ option, label, table, height = 260 }: ChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const instance = echarts.init(node, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <Box>
      <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />
      {table && <ChartDataTable table={table} />}
    </Box>
  );
}

function ChartDataTable({ table }: { table: ChartTable }) {
  return (
    <VisuallyHidden>
      <table>
        {table.caption && <caption>{table.caption}</caption>}
        <thead>
          <tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>{row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}</tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}
