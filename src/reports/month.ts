import { jakartaMonthRange } from '../platform/month.ts';
import { validation } from '../platform/errors.ts';

/** The report's three months: M, M-1 ("bulan sebelumnya") and M-12 (the same month a year earlier). */
export interface ReportMonths {
  month: string;
  previous: string;
  lastYear: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Throws a validation error (HTTP 400) unless `month` is YYYY-MM. */
export function checkMonth(month: string): string {
  if (!MONTH.test(month)) {
    throw validation(`Invalid month '${month}': expected YYYY-MM, e.g. 2025-01`, [{ field: 'month', message: 'Use YYYY-MM, e.g. 2025-01', value: month }]);
  }
  return month;
}

function shift(month: string, months: number): string {
  const [year, index] = checkMonth(month).split('-').map(Number) as [number, number];
  const total = year * 12 + (index - 1) + months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** '2025-01' -> '2024-12' */
export const previousMonth = (month: string): string => shift(month, -1);
/** '2025-01' -> '2024-01' */
export const sameMonthLastYear = (month: string): string => shift(month, -12);
export const nextMonth = (month: string): string => shift(month, 1);

export const reportMonths = (month: string): ReportMonths => ({ month: checkMonth(month), previous: previousMonth(month), lastYear: sameMonthLastYear(month) });

/** The month's instants (timestamps) in Asia/Jakarta. */
export const monthInstants = jakartaMonthRange;

/** The month's calendar days for `date` columns: from <= date < to. */
export const monthDays = (month: string): { from: string; to: string } => ({ from: `${checkMonth(month)}-01`, to: `${nextMonth(month)}-01` });
