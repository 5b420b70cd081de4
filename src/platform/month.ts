import { validation } from './errors.ts';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month's bounds as instants: a month is a calendar month in Asia/Jakarta (UTC+7, no DST since 1964). */
export function jakartaMonthRange(month: string): { from: Date; to: Date } {
  const parts = MONTH.exec(month);
  if (!parts) throw validation(`Invalid month ${month}`, [{ field: 'month', message: 'Use YYYY-MM, e.g. 2025-01', value: month }]);
  const start = (year: number, monthIndex: number): Date => new Date(Date.UTC(year, monthIndex, 1) - 7 * 3_600_000);
  const year = Number(parts[1]);
  const index = Number(parts[2]) - 1;
  return { from: start(year, index), to: start(year, index + 1) };
}
