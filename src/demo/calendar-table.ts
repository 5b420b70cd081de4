import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Calendar, ServiceHours } from '../platform/calendar.ts';
import { jakartaMonthRange } from '../platform/month.ts';
import { pgArray } from './random.ts';

type Db = Kysely<Database>;

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Layer 2 answers and replies may fall after the month: the table runs this far beyond it. */
const DAYS_AFTER_MONTH = 45;

export interface CalendarDay {
  day: string;
  /** Midnight in Jakarta. */
  start: Date;
  /** A working day with service hours. */
  working: boolean;
  openMin: number;
  closeMin: number;
  /** Minutes of the day that have passed by `now` (1440 for past days, 0 for future ones). */
  limitMin: number;
  /** Index in the working-day list of the first working day on or after this day. */
  wdIndex: number | null;
  /** When service opens on the first working day after this day. */
  nextOpenAt: Date | null;
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The days of a month and the weeks after it, judged with the real calendar and service hours. */
export function calendarDays(month: string, calendar: Calendar, hours: ServiceHours, now: Date): CalendarDay[] {
  const { from, to } = jakartaMonthRange(month);
  const count = Math.round((to.getTime() - from.getTime()) / DAY) + DAYS_AFTER_MONTH;
  const days: CalendarDay[] = [];
  let working = 0;
  for (let i = 0; i < count; i++) {
    const start = new Date(from.getTime() + i * DAY);
    const day = new Date(start.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const slot = hours[new Date(`${day}T00:00:00Z`).getUTCDay()];
    const isWorking = !!slot && calendar.isWorkingDay(day);
    if (isWorking) working++;
    const limitMin = Math.min(1440, Math.max(0, Math.floor((now.getTime() - start.getTime()) / MINUTE)));
    days.push({
      day, start, working: isWorking, openMin: slot ? minutes(slot.open) : 480, closeMin: slot ? minutes(slot.close) : 1020,
      limitMin, wdIndex: isWorking ? working : null, nextOpenAt: null,
    });
  }
  // Second pass, backwards: the next working day's index and opening for every day.
  let next: CalendarDay | undefined;
  for (let i = days.length - 1; i >= 0; i--) {
    const d = days[i]!;
    d.nextOpenAt = next ? new Date(next.start.getTime() + next.openMin * MINUTE) : null;
    if (d.working) next = d;
    else d.wdIndex = next?.wdIndex ?? null;
  }
  return days;
}

/** Temporary tables demo_cal (every day) and demo_wd (working days, numbered) for this transaction. */
export async function createCalendarTables(trx: Db, days: CalendarDay[]): Promise<void> {
  const column = <T extends string | number | boolean | null>(f: (d: CalendarDay) => T) => pgArray(days.map(f));
  await sql`create temporary table demo_cal on commit drop as
    select * from unnest(
      ${column((d) => d.day)}::date[], ${column((d) => d.start.toISOString())}::timestamptz[], ${column((d) => d.working)}::bool[],
      ${column((d) => d.openMin)}::int[], ${column((d) => d.closeMin)}::int[], ${column((d) => d.limitMin)}::int[],
      ${column((d) => d.nextOpenAt?.toISOString() ?? null)}::timestamptz[], ${column((d) => d.wdIndex)}::int[]
    ) as c(day, start, working, open_min, close_min, limit_min, next_open_at, wd_index)`.execute(trx);
  await sql`create temporary table demo_wd on commit drop as
    select wd_index as n, day, start, open_min, close_min from demo_cal where working`.execute(trx);
  await sql`create unique index on demo_cal (day)`.execute(trx);
  await sql`create unique index on demo_wd (n)`.execute(trx);
  await sql`analyze demo_cal`.execute(trx);
  await sql`analyze demo_wd`.execute(trx);
}
