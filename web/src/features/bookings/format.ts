import type { BookingStatus } from './api.ts';

// Booking dates are calendar days (YYYY-MM-DD, Jakarta): formatted as UTC so no zone shifts them.
const at = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** "Senin, 30 November 2026" */
export const dayHeading = (day: string): string =>
  new Intl.DateTimeFormat('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at(day));

/** "Sen, 30 Nov" */
export const shortDay = (day: string): string =>
  new Intl.DateTimeFormat('id-ID', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at(day));

/** "09:00" as stored → "09.00 WIB" (Indonesian writes hours with a dot). */
export const slotTime = (time: string | null): string => (time ? `${time.replace(':', '.')} WIB` : '');

export const STATUS_COLOR: Record<BookingStatus, string> = {
  requested: 'orange', approved: 'blue', held: 'teal', no_show: 'grape', rejected: 'red', cancelled: 'gray',
};

/** Today in Jakarta, YYYY-MM-DD. */
export const jakartaToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

const addMonths = (day: string, n: number): string => {
  const d = at(day);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)).toISOString().slice(0, 10);
};
const lastDayOf = (firstOfMonth: string): string => new Date(at(addMonths(firstOfMonth, 1)).getTime() - 86_400_000).toISOString().slice(0, 10);

export type Period = 'upcoming' | 'this_month' | 'last_month' | 'all';
export const PERIODS: readonly Period[] = ['upcoming', 'this_month', 'last_month', 'all'];

/** The from/to days of a period, relative to today in Jakarta. */
export function periodRange(period: Period, today = jakartaToday()): { from: string | null; to: string | null } {
  const first = `${today.slice(0, 7)}-01`;
  switch (period) {
    case 'upcoming': return { from: today, to: null };
    case 'this_month': return { from: first, to: lastDayOf(first) };
    case 'last_month': return { from: addMonths(first, -1), to: lastDayOf(addMonths(first, -1)) };
    case 'all': return { from: null, to: null };
  }
}
