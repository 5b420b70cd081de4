import { formatDecimal, formatMonthShort, formatNumber, formatShare } from '../../platform/format.ts';
import type { Comparable, MonthlyReport } from '../types.ts';
import type { ChartOption, LabelFormatter, ReportChart, ValueUnit } from './chart-types.ts';

export type { BarSeries, ChartKind, ChartOption, PieSeries, ReportChart, ValueUnit } from './chart-types.ts';
export { toEChartsOption } from './chart-types.ts';

/**
 * One chart definition per chart kind, as ECharts option objects in the seed's visual language:
 * a comparable figure is three bars (previous month, this month, same month last year), a share
 * is a donut or pie, a ranking is horizontal bars. The PDF renders these options to SVG, the
 * PPTX derives its native chart data from them (chart-data.ts), and the console can use them as-is.
 */

/** Colours of the three comparable bars: previous month, this month, same month last year. */
export const COMPARABLE_COLORS = ['#9DC3E6', '#1F4E79', '#F4B183'] as const;
export const PALETTE = ['#1F4E79', '#2E75B6', '#9DC3E6', '#F4B183', '#FFC000', '#A9D18E', '#C55A11', '#7F7F7F', '#5B9BD5', '#70AD47'] as const;

export function formatValue(value: number, unit: ValueUnit = 'count'): string {
  if (unit === 'percent') return `${formatDecimal(value, 2)}%`;
  if (unit === 'score') return formatDecimal(value, 2);
  return formatNumber(value);
}

const valueLabel = (unit: ValueUnit): LabelFormatter => ({ value }) => formatValue(Number(value), unit);

function base(title: string, colors: readonly string[]): Pick<ChartOption, 'animation' | 'color' | 'textStyle' | 'title'> {
  return { animation: false, color: [...colors], textStyle: { fontFamily: 'sans-serif' }, title: { text: title, left: 'center', textStyle: { fontSize: 14 } } };
}

const grid = { left: 16, right: 40, top: 44, bottom: 16, containLabel: false } as const;

/** The three month labels of a comparable figure, in chart order: 'Des-24', 'Jan-25', 'Jan-24'. */
export function comparableLabels(report: Pick<MonthlyReport, 'month' | 'previous_month' | 'last_year_month'>): string[] {
  return [formatMonthShort(report.previous_month), formatMonthShort(report.month), formatMonthShort(report.last_year_month)];
}

/** Three bars: previous month, this month, same month last year. */
export function comparableChart(
  report: Pick<MonthlyReport, 'month' | 'previous_month' | 'last_year_month'>,
  title: string,
  figure: Comparable,
  unit: ValueUnit = 'count',
): ReportChart {
  const option: ChartOption = {
    ...base(title, COMPARABLE_COLORS),
    grid: { ...grid, top: 58, bottom: 8 },
    xAxis: { type: 'category', data: comparableLabels(report), axisLabel: { fontSize: 12 } },
    yAxis: { type: 'value', show: false },
    series: [{
      type: 'bar', name: title, data: [figure.previous, figure.value, figure.last_year], colorBy: 'data', barMaxWidth: 70,
      label: { show: true, position: 'top', fontSize: 12, formatter: valueLabel(unit) },
    }],
  };
  return { kind: 'bar', title, unit, option };
}

/** A ranking as horizontal bars, the first item on top. */
export function rankingChart(title: string, items: { name: string; value: number }[], unit: ValueUnit = 'count'): ReportChart {
  const option: ChartOption = {
    ...base(title, [PALETTE[0]]),
    grid,
    xAxis: { type: 'value', show: false },
    yAxis: { type: 'category', inverse: true, data: items.map((i) => i.name), axisLabel: { fontSize: 11 } },
    series: [{
      type: 'bar', name: title, data: items.map((i) => i.value), barMaxWidth: 22,
      label: { show: true, position: 'right', fontSize: 11, formatter: valueLabel(unit) },
    }],
  };
  return { kind: 'hbar', title, unit, option };
}

/** Shares of a whole as a donut (or a pie), each slice labelled with its id-ID percentage. */
export function shareChart(title: string, items: { name: string; value: number }[], shape: 'pie' | 'doughnut' = 'doughnut'): ReportChart {
  const total = items.reduce((sum, i) => sum + i.value, 0);
  const shareOf = (value: unknown): string => formatShare(total ? Number(value) / total : 0);
  // Few slices name themselves; with many, the names move to a legend and the slices keep their shares.
  const many = items.length > 4;
  const outer = many ? 40 : 46;
  const option: ChartOption = {
    ...base(title, PALETTE),
    ...(many ? { legend: { bottom: 0, textStyle: { fontSize: 11 } } } : {}),
    series: [{
      type: 'pie', name: title, radius: shape === 'doughnut' ? [`${outer * 0.6}%`, `${outer}%`] : `${outer}%`, center: ['50%', many ? '46%' : '58%'],
      data: items.map((i) => ({ name: i.name, value: i.value })),
      label: { fontSize: 11, overflow: 'none', formatter: ({ name, value }) => (many ? shareOf(value) : `${name}\n${shareOf(value)}`) },
    }],
  };
  return { kind: shape, title, unit: 'count', option };
}

/** Several series over the same categories (service hours: inside/outside by zone). */
export function groupedBarChart(title: string, categories: string[], series: { name: string; values: number[] }[]): ReportChart {
  const option: ChartOption = {
    ...base(title, PALETTE),
    legend: { bottom: 0, textStyle: { fontSize: 11 } },
    grid: { ...grid, top: 58, bottom: 52 },
    xAxis: { type: 'category', data: categories, axisLabel: { fontSize: 12 } },
    yAxis: { type: 'value', show: false },
    series: series.map((s) => ({
      type: 'bar' as const, name: s.name, data: s.values, barMaxWidth: 40,
      label: { show: true as const, position: 'top' as const, fontSize: 11, formatter: valueLabel('count') },
    })),
  };
  return { kind: 'bar', title, unit: 'count', option };
}
