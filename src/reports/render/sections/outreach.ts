import { outreachMetric, type OutreachSection } from '../../../outreach/metrics.ts';
import type { Comparable, MonthlyReport } from '../../types.ts';
import { comparableChart, type ValueUnit } from '../charts.ts';
import { column, comparableTable, displayDate, isBlank, narrativeOf, section, table } from './common.ts';
import type { ReportSection, SectionKey, SectionTable } from './types.ts';

type Metric = Comparable & { label: string; name: string; unit: ValueUnit; section: OutreachSection | null };
type MetricFilter = (metric: Metric) => boolean;

/** The month's recorded metrics that belong to a page, in the report's order. */
function metricsOf(report: MonthlyReport, belongs: MetricFilter): Metric[] {
  return Object.entries(report.outreach.metrics)
    .map(([name, figure]): Metric => {
      const known = outreachMetric(name);
      return { ...figure, name, unit: known?.unit ?? 'count', section: known?.section ?? null };
    })
    .filter(belongs);
}

const inSections = (...sections: (OutreachSection | null)[]): MetricFilter => (m) => sections.includes(m.section);

function listTable(report: MonthlyReport, list: string, title: string, withType: boolean): SectionTable[] {
  const items = report.outreach.lists[list] ?? [];
  if (items.length === 0) return [];
  const columns = [column('No', 'integer', 0.5), column('Tanggal', 'text', 1.8), column('Nama', 'text', 5), ...(withType ? [column('Jenis', 'text', 1.5)] : [])];
  return [table(title, columns, items.map((i, index) => [index + 1, displayDate(i.date), i.title, ...(withType ? [i.type] : [])]))];
}

interface OutreachSpec {
  key: SectionKey;
  title: string;
  sheetName: string;
  metrics: MetricFilter;
  /** The metric charted as three bars, when recorded. */
  headline: string;
  /** The report's narrative key for the page. */
  narrative: string;
  list?: { name: string; title: string; withType: boolean };
}

function outreachSection(report: MonthlyReport, spec: OutreachSpec): ReportSection {
  const metrics = metricsOf(report, spec.metrics);
  const headline = metrics.find((m) => m.name === spec.headline) ?? metrics[0];
  const lists = spec.list ? listTable(report, spec.list.name, spec.list.title, spec.list.withType) : [];
  // One table per unit: a percentage (capaian 305,58%) and a count never share a column.
  const figures = (['count', 'percent'] as const)
    .map((unit) => ({ unit, rows: metrics.filter((m) => m.unit === unit).map((m) => ({ label: m.label, figure: m })) }))
    .filter(({ rows }) => rows.length > 0)
    .map(({ unit, rows }) => comparableTable(report, unit === 'percent' ? 'Capaian' : 'Angka bulanan', rows, unit));
  return section(spec.key, spec.title, spec.sheetName, metrics.every((m) => isBlank(m)) && lists.length === 0, {
    narrative: narrativeOf(report, spec.narrative),
    charts: headline ? [comparableChart(report, headline.label, headline, headline.unit)] : [],
    tables: [...figures, ...lists],
  });
}

// Website figures are split between the publications and the visits pages, as in the seed;
// a metric outside the catalogue is shown on the PPID page, the last outreach page always present.
const SPECS: OutreachSpec[] = [
  { key: 'publications', narrative: 'publications', title: 'Publikasi Website', sheetName: 'Publikasi Website', headline: 'website_publications',
    metrics: (m) => m.name === 'website_publications', list: { name: 'publications', title: 'Rincian publikasi website', withType: true } },
  { key: 'webinars', narrative: 'webinars', title: 'Publikasi Webinar', sheetName: 'Webinar', headline: 'webinars',
    metrics: inSections('webinar'), list: { name: 'webinars', title: 'Publikasi webinar', withType: true } },
  { key: 'website_visits', narrative: 'website', title: 'Kunjungan Website', sheetName: 'Kunjungan Website', headline: 'website_active_users',
    metrics: (m) => m.section === 'website' && m.name !== 'website_publications', list: { name: 'top_pages', title: 'Halaman yang paling banyak diakses', withType: false } },
  { key: 'social_media', narrative: 'social_media', title: 'Media Sosial', sheetName: 'Media Sosial', headline: 'social_posts_avg', metrics: inSections('social', 'instagram', 'x', 'facebook') },
  { key: 'ppid', narrative: 'ppid', title: 'Layanan PPID', sheetName: 'PPID', headline: 'ppid_requests',
    metrics: inSections('ppid', null), list: { name: 'ppid_topics', title: 'Data yang diminta melalui PPID', withType: false } },
  { key: 'employee_advocacy', narrative: 'advocacy', title: 'Employee Advocacy', sheetName: 'Employee Advocacy', headline: 'advocacy_achievement_pct', metrics: inSections('advocacy') },
];

/** Sections shown only when at least one of their metrics was recorded for the month. */
export const OPTIONAL_SECTIONS: readonly SectionKey[] = ['social_media', 'employee_advocacy'];

export function outreachSections(report: MonthlyReport): ReportSection[] {
  return SPECS.flatMap((spec) => {
    if (OPTIONAL_SECTIONS.includes(spec.key) && metricsOf(report, spec.metrics).length === 0) return [];
    return [outreachSection(report, spec)];
  });
}
