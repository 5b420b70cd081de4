import { formatDateLong, formatDateTime, formatMonthYear } from '../../platform/format.ts';
import { jakartaMonthRange } from '../../platform/month.ts';
import type { MonthlyReport } from '../types.ts';

export interface CoverText {
  title: string;
  period: string;
  generated: string;
}

/** What every export states first: the report, its period, and when it was generated. */
export function coverText(report: MonthlyReport): CoverText {
  const { from, to } = jakartaMonthRange(report.month);
  const lastDay = new Date(to.getTime() - 1);
  return {
    title: `Laporan Bulanan Contact Center DJPK — ${formatMonthYear(report.month)}`,
    period: `Periode ${formatDateLong(from)} s.d. ${formatDateLong(lastDay)}`,
    generated: `Dibuat ${formatDateTime(new Date(report.generated_at))} WIB`,
  };
}
