import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../platform/config.ts';
import { validation } from '../platform/errors.ts';
import { formatMonthYear, formatNumber } from '../platform/format.ts';
import { buildReport } from '../reports/report.ts';
import { checkMonth, previousMonth, sameMonthLastYear } from '../reports/month.ts';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../reports/render/index.ts';
import { withDatabase } from './database.ts';

type Format = 'json' | ReportFormat;
const FORMATS: readonly Format[] = ['json', ...REPORT_FORMATS];

interface ReportOptions {
  month: string;
  format: string;
  out?: string;
}

/** Checks the options before the database is opened, so that a typo fails at once. */
export function checkReportOptions(o: ReportOptions): { month: string; format: Format; out?: string } {
  const month = checkMonth(o.month);
  const format = FORMATS.find((f) => f === o.format.toLowerCase());
  if (!format) throw validation(`Unknown format '${o.format}'`, [{ field: '--format', message: `Use one of ${FORMATS.join(', ')}` }]);
  if (format !== 'json' && !o.out) {
    throw validation(`--format ${format} writes a file: give --out FILE`, [{ field: '--out', message: `e.g. --out laporan-contact-center-${month}.${format}` }]);
  }
  return { month, format, ...(o.out ? { out: o.out } : {}) };
}

/** "Januari 2025 (Asia/Jakarta), compared with Desember 2024 and Januari 2024" */
export const describePeriod = (month: string): string =>
  `${formatMonthYear(month)} (Asia/Jakarta), compared with ${formatMonthYear(previousMonth(month))} and ${formatMonthYear(sameMonthLastYear(month))}`;

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('The monthly report for a month: JSON (to stdout without --out), PPTX, PDF or XLSX')
    .requiredOption('--month <YYYY-MM>', 'the month, e.g. 2025-01 (a calendar month in Asia/Jakarta)')
    .option('--format <format>', FORMATS.join(', '), 'json')
    .option('--out <file>', 'where to write the report (required for pptx, pdf and xlsx)')
    .action(async (raw: ReportOptions) => {
      const o = checkReportOptions(raw);
      const content = await withDatabase(loadConfig(), async (h) => {
        const report = await buildReport(h.db, o.month);
        return o.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderReport(h.db, report, o.format);
      });
      if (!o.out) {
        process.stdout.write(content);
        console.error(`Report for ${describePeriod(o.month)}.`);
        return;
      }
      await writeFile(o.out, content);
      const size = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
      console.log(`Wrote ${path.resolve(o.out)} (${o.format.toUpperCase()}, ${formatNumber(Math.ceil(size / 1024))} KB): report for ${describePeriod(o.month)}.`);
    });
}
