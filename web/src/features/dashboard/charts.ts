import type { EChartsOption } from 'echarts';
import { groupedBarChart, rankingChart, shareChart, toEChartsOption, type ReportChart } from '../../../../src/reports/render/charts.ts';
import { formatNumber } from '../../lib/format.ts';
import type { ChartTable } from '../../lib/chart.tsx';
import { CHANNELS, ZONE_KEYS, type Dashboard } from './types.ts';
import type { DashboardT } from './messages.ts';

// The report's own chart builders (src/reports/render/charts.ts, pure functions) in the console's
// cards: the card carries the title, so the chart's own title goes and its space with it.
function untitled(chart: ReportChart): EChartsOption {
  const option = toEChartsOption(chart.option);
  const grid = chart.option.grid;
  return { ...option, title: { show: false }, tooltip: { trigger: chart.kind === 'doughnut' ? 'item' : 'axis' }, ...(grid ? { grid: { ...grid, top: Math.max(grid.top - 36, 20) } } : {}) };
}

export function channelChart(data: Dashboard, t: DashboardT): { option: EChartsOption; table: ChartTable } {
  const items = CHANNELS.map((c) => ({ name: t(c), value: data.tickets.by_channel[c] })).filter((i) => i.value > 0);
  const total = data.tickets.total;
  const share = (v: number) => `${formatNumber(total ? (v / total) * 100 : 0, 2)}%`;
  const option = untitled(shareChart(t('byChannel'), items));
  // The card is wider than a report slide: a bigger ring, shares on the slices big enough to hold them.
  const [series] = Array.isArray(option.series) ? option.series : [];
  const ring = series?.type === 'pie' ? { ...series, radius: ['42%', '68%'], center: ['50%', '44%'], label: { show: true, fontSize: 11, formatter: (p: { value: unknown }) => (total && Number(p.value) / total >= 0.04 ? share(Number(p.value)) : '') } } : series;
  return {
    option: { ...option, series: ring ? [ring] : [] },
    table: { columns: [t('channel'), t('count'), t('share')], rows: items.map((i) => [i.name, formatNumber(i.value), share(i.value)]) },
  };
}

export function serviceHoursChart(data: Dashboard, t: DashboardT): { option: EChartsOption; table: ChartTable } {
  const names = ZONE_KEYS.map((z) => (z === 'unidentified' ? t('unidentified') : z));
  const axisNames = ZONE_KEYS.map((z) => (z === 'unidentified' ? t('noZone') : z));
  const inside = ZONE_KEYS.map((z) => data.service_hours.inside[z]);
  const outside = ZONE_KEYS.map((z) => data.service_hours.outside[z]);
  return {
    option: { ...untitled(groupedBarChart(t('serviceHours'), axisNames, [{ name: t('inside'), values: inside }, { name: t('outside'), values: outside }])), xAxis: { type: 'category', data: axisNames, axisLabel: { fontSize: 11, interval: 0 } } },
    table: { columns: [t('zone'), t('inside'), t('outside')], rows: names.map((n, i) => [n, formatNumber(inside[i] ?? 0), formatNumber(outside[i] ?? 0)]) },
  };
}

export function l2Chart(data: Dashboard, t: DashboardT): { option: EChartsOption; table: ChartTable } {
  const scored = data.l2_scores.filter((s) => s.score !== null);
  return {
    option: untitled(rankingChart(t('score'), scored.map((s) => ({ name: s.team_code, value: s.score ?? 0 })), 'score')),
    table: { columns: [t('team'), t('score'), t('count')], rows: data.l2_scores.map((s) => [s.team, s.score === null ? '–' : formatNumber(s.score, 2), formatNumber(s.count)]) },
  };
}

/** Tickets per hour of today, or per day of the month (a plain bar series: 24 or 31 bars need no labels). */
export function timelineChart(data: Dashboard, t: DashboardT): { option: EChartsOption; table: ChartTable } {
  const today = data.period === 'today';
  const labels = data.timeline.map((p) => (today ? `${p.bucket}.00` : String(Number(p.bucket.slice(8, 10)))));
  const option: EChartsOption = {
    animation: false,
    color: ['#2E75B6'],
    grid: { left: 36, right: 12, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatNumber(Number(v)) },
    xAxis: { type: 'category', data: labels, axisLabel: { fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 11, formatter: (v: number) => formatNumber(v) } },
    series: [{ type: 'bar', name: t('count'), data: data.timeline.map((p) => p.count), barMaxWidth: 18 }],
  };
  return {
    option,
    table: { columns: [today ? t('hour') : t('day'), t('count')], rows: data.timeline.flatMap((p, i) => (p.count > 0 ? [[labels[i] ?? p.bucket, formatNumber(p.count)]] : [])) },
  };
}
