import { AppError } from './errors.ts';

/** A calendar day, 'YYYY-MM-DD'. */
export type IsoDate = string;

/**
 * Opening hours per weekday (0 = Sunday .. 6 = Saturday); 'HH:MM', close exclusive; null = closed.
 * A type alias, not an interface, so it stays assignable to string-keyed records (JSON, TypeBox).
 */
export type ServiceHours = {
  [weekday: number]: { open: string; close: string } | null;
};

export const DEFAULT_SERVICE_HOURS: ServiceHours = Object.freeze({
  0: null,
  1: { open: '08:00', close: '17:00' },
  2: { open: '08:00', close: '17:00' },
  3: { open: '08:00', close: '17:00' },
  4: { open: '08:00', close: '17:00' },
  5: { open: '08:00', close: '17:00' },
  6: null,
});

export interface Calendar {
  isWorkingDay(day: IsoDate | Date): boolean;
  /** First working day strictly after `day`. */
  nextWorkingDay(day: IsoDate | Date): IsoDate;
  /** Last working day strictly before `day`. */
  previousWorkingDay(day: IsoDate | Date): IsoDate;
  workingDayOnOrAfter(day: IsoDate | Date): IsoDate;
  workingDayOnOrBefore(day: IsoDate | Date): IsoDate;
  /** The n-th working day after workingDayOnOrAfter(day); n = 0 gives that day itself ("H+n"). */
  addWorkingDays(day: IsoDate | Date, n: number): IsoDate;
  /** Working days d with from < d <= to; negative when to < from. */
  workingDaysBetween(from: IsoDate | Date, to: IsoDate | Date): number;
  /** Working day in Jakarta and Jakarta time of day within that weekday's [open, close). */
  isInsideServiceHours(instant: Date): boolean;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
// Indonesia (WIB) has had no DST since 1964, so a fixed UTC+7 offset is exact and much faster than Intl.
const JAKARTA_OFFSET_MS = 7 * 60 * MS_PER_MINUTE;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^(\d{2}):(\d{2})$/;

function checkInstant(instant: Date): number {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new AppError('validation', 'Invalid date/time: Invalid Date');
  return t;
}

export function jakartaDate(instant: Date): IsoDate {
  return new Date(checkInstant(instant) + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

export function jakartaMinutes(instant: Date): number {
  const msIntoDay = (((checkInstant(instant) + JAKARTA_OFFSET_MS) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  return Math.floor(msIntoDay / MS_PER_MINUTE);
}

/** Days since 1970-01-01; rejects malformed and impossible dates such as 2025-02-30. */
function toDayNumber(day: IsoDate | Date): number {
  if (day instanceof Date) return toDayNumber(jakartaDate(day));
  const m = ISO_DATE.exec(day);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  // Date.UTC rolls over out-of-range parts, so a round trip catches 2025-02-30.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new AppError('validation', `Invalid date '${String(day)}': expected YYYY-MM-DD`, [
      { message: 'expected a real calendar date as YYYY-MM-DD', value: day },
    ]);
  }
  return ms / MS_PER_DAY;
}

const toIsoDate = (dayNumber: number): IsoDate => new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);

/** 0 = Sunday .. 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
const weekdayOf = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7;

const isWeekday = (dayNumber: number): boolean => {
  const w = weekdayOf(dayNumber);
  return w !== 0 && w !== 6;
};

/** Mon-Fri count from an arbitrary Monday up to and including dayNumber; only differences are meaningful. */
function weekdaysThrough(dayNumber: number): number {
  const sinceMonday = dayNumber + 3; // 1970-01-05 (day 4) was a Monday, and 4 + 3 = 7 ≡ 0.
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7 + 1, 5);
}

/** Number of sorted values <= x. */
function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Infinity) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function parseTime(value: string, weekday: number): number {
  const m = HH_MM.exec(value);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) > 59 || minutes > 24 * 60) {
    throw new AppError('validation', `Invalid service hour '${value}' for weekday ${weekday}: expected HH:MM`, [
      { field: `serviceHours.${weekday}`, message: 'expected HH:MM', value },
    ]);
  }
  return minutes;
}

/** Minutes [open, close) per weekday, null when closed. */
function parseServiceHours(hours: ServiceHours): ({ open: number; close: number } | null)[] {
  return [0, 1, 2, 3, 4, 5, 6].map((weekday) => {
    const h = hours[weekday];
    if (!h) return null;
    const parsed = { open: parseTime(h.open, weekday), close: parseTime(h.close, weekday) };
    if (parsed.open >= parsed.close) {
      throw new AppError('validation', `Service hours for weekday ${weekday} must close (${h.close}) after they open (${h.open})`);
    }
    return parsed;
  });
}

export function createCalendar(
  holidays: Iterable<IsoDate>,
  serviceHours: ServiceHours = DEFAULT_SERVICE_HOURS,
): Calendar {
  const holidaySet = new Set<number>();
  for (const h of holidays) holidaySet.add(toDayNumber(h));
  // Weekend holidays never change a count, so only weekday ones are kept for workingDaysBetween.
  const weekdayHolidays = [...holidaySet].filter(isWeekday).sort((a, b) => a - b);
  const hours = parseServiceHours(serviceHours);

  const working = (n: number): boolean => isWeekday(n) && !holidaySet.has(n);
  /** The first working day strictly after (direction 1) or before (-1) day n. */
  const step = (n: number, direction: 1 | -1): number => {
    let d = n + direction;
    while (!working(d)) d += direction;
    return d;
  };

  const countUpTo = (n: number): number => weekdaysThrough(n) - countAtMost(weekdayHolidays, n);

  return {
    isWorkingDay: (day) => working(toDayNumber(day)),
    nextWorkingDay: (day) => toIsoDate(step(toDayNumber(day), 1)),
    previousWorkingDay: (day) => toIsoDate(step(toDayNumber(day), -1)),
    workingDayOnOrAfter: (day) => toIsoDate(step(toDayNumber(day) - 1, 1)),
    workingDayOnOrBefore: (day) => toIsoDate(step(toDayNumber(day) + 1, -1)),
    addWorkingDays(day, n) {
      if (!Number.isInteger(n) || n < 0) {
        throw new AppError('validation', `Invalid working-day count ${n}: expected a whole number >= 0`);
      }
      let d = step(toDayNumber(day) - 1, 1);
      for (let i = 0; i < n; i++) d = step(d, 1);
      return toIsoDate(d);
    },
    workingDaysBetween: (from, to) => countUpTo(toDayNumber(to)) - countUpTo(toDayNumber(from)),
    isInsideServiceHours(instant) {
      const day = toDayNumber(jakartaDate(instant));
      const h = hours[weekdayOf(day)];
      if (!h || !working(day)) return false;
      const minutes = jakartaMinutes(instant);
      return minutes >= h.open && minutes < h.close;
    },
  };
}
