// Report months are 'YYYY-MM' calendar months in Asia/Jakarta (docs/report.md).
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string | undefined): value is string => value !== undefined && MONTH.test(value);

/** The current month in Asia/Jakarta: '2026-11'. */
export function currentMonth(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

/** '2025-01' shifted by `months`: shiftMonth('2025-01', -1) = '2024-12'. */
export function shiftMonth(month: string, months: number): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  const total = year * 12 + (index - 1) + months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The report shown by default: the last month that has ended. */
export const lastCompleteMonth = (now: Date = new Date()): string => shiftMonth(currentMonth(now), -1);

/** 'Oktober 2026' (id) or 'October 2026' (en). */
export function monthName(month: string, language: 'id' | 'en'): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, index - 1, 15)));
}

/** 'YYYY-MM' to the first day as Mantine's date string, and back. */
export const monthToDate = (month: string): string => `${month}-01`;
export const dateToMonth = (date: string): string => date.slice(0, 7);
