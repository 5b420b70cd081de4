import type { EChartsOption } from 'echarts';

/** The ECharts option shapes the report's charts use (charts.ts builds them). */

export type ChartKind = 'bar' | 'hbar' | 'pie' | 'doughnut';
export type ValueUnit = 'count' | 'percent' | 'score';

// Type aliases, not interfaces: ECharts' option type has an index signature that interfaces never satisfy.
export type LabelFormatter = (params: { value: unknown; name: string }) => string;

type CategoryAxis = {
  type: 'category';
  data: string[];
  inverse?: boolean;
  axisLabel: { fontSize: number };
};

/** Hidden, as in the seed: every bar carries its own value label. */
type ValueAxis = {
  type: 'value';
  show: false;
};

type Axis = CategoryAxis | ValueAxis;

export type BarSeries = {
  type: 'bar';
  name: string;
  data: number[];
  colorBy?: 'data' | 'series';
  barMaxWidth: number;
  label: { show: true; position: 'top' | 'right'; fontSize: number; formatter: LabelFormatter };
};

export type PieSeries = {
  type: 'pie';
  name: string;
  radius: string | [string, string];
  center: [string, string];
  data: { name: string; value: number }[];
  label: { fontSize: number; overflow: 'none'; formatter: LabelFormatter };
};

export type ChartOption = {
  animation: false;
  color: string[];
  textStyle: { fontFamily: string };
  title: { text: string; left: 'center'; textStyle: { fontSize: number } };
  legend?: { bottom?: number; top?: number; textStyle: { fontSize: number } };
  grid?: { left: number; right: number; top: number; bottom: number; containLabel: false };
  xAxis?: Axis;
  yAxis?: Axis;
  series: BarSeries[] | PieSeries[];
};

export type ReportChart = {
  kind: ChartKind;
  title: string;
  /** What the values are: counts, percentages (305,58%) or scores (4,85). */
  unit: ValueUnit;
  option: ChartOption;
};

/** The option as ECharts' own type: the narrow shape above must stay assignable to it. */
export const toEChartsOption = (option: ChartOption): EChartsOption => option;

