import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { MonthlyReport } from '../types.ts';
import { renderPdf } from './pdf.ts';
import { renderPptx } from './pptx.ts';
import { buildSections } from './sections/index.ts';
import { renderXlsx } from './xlsx.ts';

export type ReportFormat = 'pptx' | 'pdf' | 'xlsx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['pptx', 'pdf', 'xlsx'];

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export { buildSections, OPTIONAL_SECTIONS, type ReportSection, type SectionKey } from './sections/index.ts';

/** Renders a computed report; the XLSX also lists the month's tickets, read from `db` page by page. */
export function renderReport(db: Kysely<Database>, report: MonthlyReport, format: ReportFormat): Promise<Buffer> {
  const sections = buildSections(report);
  switch (format) {
    case 'pptx':
      return renderPptx(report, sections);
    case 'pdf':
      return renderPdf(report, sections);
    case 'xlsx':
      return renderXlsx(db, report, sections);
  }
}
