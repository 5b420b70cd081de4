import { formatDateLong } from '../../../platform/format.ts';
import type { Comparable, MonthlyReport } from '../../types.ts';
import { comparableLabels, type ValueUnit } from '../charts.ts';
import { EMPTY_MESSAGE } from '../labels.ts';
import type { Cell, CellKind, Column, ReportSection, SectionKey, SectionTable } from './types.ts';

type Parts = Partial<Pick<ReportSection, 'narrative' | 'notes' | 'charts' | 'tables' | 'showsRegions'>>;

/** A section; when `empty`, only the empty-data message is kept (the deck keeps its shape). */
export function section(key: SectionKey, title: string, sheetName: string, empty: boolean, parts: Parts): ReportSection {
  const built: ReportSection = {
    key, title, sheetName,
    narrative: parts.narrative ?? [],
    notes: parts.notes ?? [],
    charts: parts.charts ?? [],
    tables: parts.tables ?? [],
    showsRegions: parts.showsRegions ?? false,
    empty,
  };
  return empty ? { ...built, notes: [EMPTY_MESSAGE], charts: [], tables: [], showsRegions: false } : built;
}

/** The report's sentences for the given narrative keys, in key order. */
export function narrativeOf(report: MonthlyReport, ...keys: string[]): string[] {
  return keys.flatMap((key) => report.narrative_by_section[key] ?? []);
}

export const isBlank = (c: Comparable | undefined): boolean => !c || (c.value === 0 && c.previous === 0 && c.last_year === 0);

export const column = (header: string, kind: CellKind = 'text', width = 1): Column => ({ header, kind, width });

export function table(title: string, columns: Column[], rows: Cell[][]): SectionTable {
  return { title, columns, rows };
}

/** A table for the XLSX only (see SectionTable.sheetOnly). */
export const sheetOnly = (t: SectionTable): SectionTable => ({ ...t, sheetOnly: true });

export interface ComparableRow {
  label: string;
  figure: Comparable;
  share?: number;
}

/** Label, the three months (previous, this, last year), the two changes; optionally this month's share. */
export function comparableTable(report: MonthlyReport, title: string, rows: ComparableRow[], unit: ValueUnit = 'count', withShare = false): SectionTable {
  const [previous = '', current = '', lastYear = ''] = comparableLabels(report);
  const valueKind: CellKind = unit === 'percent' ? 'percent' : unit === 'score' ? 'decimal' : 'integer';
  const columns = [
    column('Uraian', 'text', 2.4),
    column(previous, valueKind), column(current, valueKind), column(lastYear, valueKind),
    ...(withShare ? [column(`Porsi ${current}`, 'share')] : []),
    column(`Perubahan thd ${previous}`, 'change', 1.3), column(`Perubahan thd ${lastYear}`, 'change', 1.3),
  ];
  return table(title, columns, rows.map(({ label, figure, share }) => [
    label, figure.previous, figure.value, figure.last_year,
    ...(withShare ? [share ?? null] : []),
    figure.change_previous_pct, figure.change_last_year_pct,
  ]));
}

/** '2025-01-07' -> '7 Januari 2025'; anything else is shown as given. */
export function displayDate(date: string | null): string {
  if (!date) return '-';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return formatDateLong(new Date(`${date}T12:00:00+07:00`));
}

export const joinList = (items: readonly string[]): string => items.join(', ');
