import { describe, it, expect } from 'vitest';
import { AppError } from './errors.ts';
import { createCalendar, jakartaDate, jakartaMinutes, DEFAULT_SERVICE_HOURS } from './calendar.ts';
import { NATIONAL_HOLIDAYS } from './holidays.ts';

const cal = createCalendar(NATIONAL_HOLIDAYS.map((h) => h.date));
const at = (iso: string): Date => new Date(iso);

describe('NATIONAL_HOLIDAYS', () => {
  it('has the transcribed number of days per year and kind', () => {
    const count = (year: string, kind: string): number =>
      NATIONAL_HOLIDAYS.filter((h) => h.date.startsWith(year) && h.kind === kind).length;
    expect([count('2024', 'national'), count('2024', 'cuti_bersama')]).toEqual([19, 10]);
    expect([count('2025', 'national'), count('2025', 'cuti_bersama')]).toEqual([18, 10]);
    expect([count('2026', 'national'), count('2026', 'cuti_bersama')]).toEqual([17, 8]);
  });

  it('is sorted, without duplicates, and every entry is named', () => {
    const dates = NATIONAL_HOLIDAYS.map((h) => h.date);
    expect(dates).toEqual([...new Set(dates)].sort());
    expect(NATIONAL_HOLIDAYS.every((h) => h.name.length > 0)).toBe(true);
  });
});

describe('jakartaDate / jakartaMinutes', () => {
  it('uses UTC+7', () => {
    expect(jakartaDate(at('2025-01-05T16:59:00Z'))).toBe('2025-01-05');
    expect(jakartaDate(at('2025-01-05T17:00:00Z'))).toBe('2025-01-06');
    expect(jakartaMinutes(at('2025-01-05T17:00:00Z'))).toBe(0);
    expect(jakartaMinutes(at('2025-01-06T01:30:00Z'))).toBe(8 * 60 + 30);
    expect(jakartaMinutes(at('1960-01-01T00:00:00Z'))).toBe(7 * 60);
  });
});

describe('isWorkingDay', () => {
  it('excludes weekends', () => {
    expect(cal.isWorkingDay('2025-01-04')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2025-01-05')).toBe(false); // Sunday
    expect(cal.isWorkingDay('2025-01-06')).toBe(true); // Monday
    expect(cal.isWorkingDay('2025-01-10')).toBe(true); // Friday
  });

  it('treats every listed holiday as a non-working day', () => {
    const working = NATIONAL_HOLIDAYS.filter((h) => cal.isWorkingDay(h.date));
    expect(working).toEqual([]);
  });

  it('treats weekdays as working days when no holidays are given', () => {
    expect(createCalendar([]).isWorkingDay('2025-03-31')).toBe(true);
    expect(cal.isWorkingDay('2025-03-31')).toBe(false);
  });

  it('converts a Date to its Jakarta day', () => {
    // Sunday 20:00 UTC is Monday 03:00 in Jakarta.
    expect(cal.isWorkingDay(at('2025-01-05T20:00:00Z'))).toBe(true);
    // Friday 18:00 UTC is Saturday 01:00 in Jakarta.
    expect(cal.isWorkingDay(at('2025-01-10T18:00:00Z'))).toBe(false);
  });
});

describe('Lebaran 2025: 28 March - 7 April', () => {
  it('from Thursday 27 March the next working day is Tuesday 8 April', () => {
    expect(cal.nextWorkingDay('2025-03-27')).toBe('2025-04-08');
    expect(cal.previousWorkingDay('2025-04-08')).toBe('2025-03-27');
  });

  it('counts one working day from 27 March to 8 April', () => {
    expect(cal.workingDaysBetween('2025-03-27', '2025-04-08')).toBe(1);
    expect(cal.workingDaysBetween('2025-04-08', '2025-03-27')).toBe(-1);
    expect(cal.workingDaysBetween('2025-03-28', '2025-04-07')).toBe(0);
  });

  it('every day in between is a non-working day', () => {
    for (let d = 28; d <= 38; d++) {
      const day = d <= 31 ? `2025-03-${d}` : `2025-04-0${d - 31}`;
      expect(cal.isWorkingDay(day), day).toBe(false);
    }
  });

  it('adds working days (H+n) across it', () => {
    expect(cal.addWorkingDays('2025-03-26', 0)).toBe('2025-03-26');
    expect(cal.addWorkingDays('2025-03-26', 1)).toBe('2025-03-27');
    expect(cal.addWorkingDays('2025-03-26', 2)).toBe('2025-04-08');
    expect(cal.addWorkingDays('2025-03-27', 3)).toBe('2025-04-10');
    // Starting on a non-working day counts from the first working day on or after it.
    expect(cal.addWorkingDays('2025-03-29', 0)).toBe('2025-04-08');
    expect(cal.addWorkingDays('2025-03-29', 1)).toBe('2025-04-09');
  });
});

describe('moving between working days', () => {
  it('nextWorkingDay from a Friday is the Monday', () => {
    expect(cal.nextWorkingDay('2025-01-10')).toBe('2025-01-13');
  });

  it('nextWorkingDay skips a holiday Monday', () => {
    expect(cal.nextWorkingDay('2025-06-06')).toBe('2025-06-10'); // Idul Adha Fri, cuti bersama Mon 9 Jun
  });

  it('previousWorkingDay from a Monday is the Friday', () => {
    expect(cal.previousWorkingDay('2025-01-13')).toBe('2025-01-10');
  });

  it('workingDayOnOrAfter / OnOrBefore for a Saturday and a working day', () => {
    expect(cal.workingDayOnOrAfter('2025-01-11')).toBe('2025-01-13');
    expect(cal.workingDayOnOrBefore('2025-01-11')).toBe('2025-01-10');
    expect(cal.workingDayOnOrAfter('2025-01-08')).toBe('2025-01-08');
    expect(cal.workingDayOnOrBefore('2025-01-08')).toBe('2025-01-08');
  });

  it('workingDaysBetween counts (from, to]', () => {
    expect(cal.workingDaysBetween('2025-01-06', '2025-01-06')).toBe(0);
    expect(cal.workingDaysBetween('2025-01-06', '2025-01-07')).toBe(1);
    expect(cal.workingDaysBetween('2025-01-10', '2025-01-13')).toBe(1);
    expect(cal.workingDaysBetween('2025-01-11', '2025-01-12')).toBe(0);
    expect(cal.workingDaysBetween('2025-01-06', '2025-01-20')).toBe(10);
  });

  it('workingDaysBetween agrees with stepping day by day over three years', () => {
    let day = '2024-01-01';
    let steps = 0;
    while (day < '2026-12-31') {
      day = cal.nextWorkingDay(day);
      steps++;
    }
    expect(cal.workingDaysBetween('2024-01-01', day)).toBe(steps);
    // 3 years of weekdays minus weekday holidays.
    const weekdayHolidays = NATIONAL_HOLIDAYS.filter((h) => ![0, 6].includes(new Date(h.date).getUTCDay())).length;
    expect(cal.workingDaysBetween('2023-12-31', '2026-12-31')).toBe(262 + 261 + 261 - weekdayHolidays);
  });
});

describe('isInsideServiceHours', () => {
  it('opens at 08:00 and closes at 17:00 Jakarta on a weekday', () => {
    expect(cal.isInsideServiceHours(at('2025-01-06T07:59:00+07:00'))).toBe(false);
    expect(cal.isInsideServiceHours(at('2025-01-06T08:00:00+07:00'))).toBe(true);
    expect(cal.isInsideServiceHours(at('2025-01-06T16:59:00+07:00'))).toBe(true);
    expect(cal.isInsideServiceHours(at('2025-01-06T17:00:00+07:00'))).toBe(false);
  });

  it('is closed on a Saturday and on a holiday at 10:00', () => {
    expect(cal.isInsideServiceHours(at('2025-01-11T10:00:00+07:00'))).toBe(false);
    expect(cal.isInsideServiceHours(at('2025-04-02T10:00:00+07:00'))).toBe(false); // cuti bersama Wed
    expect(cal.isInsideServiceHours(at('2025-12-25T10:00:00+07:00'))).toBe(false); // Natal Thu
  });

  it('judges a UTC instant by its Jakarta day and time', () => {
    expect(cal.isInsideServiceHours(at('2025-01-05T23:30:00Z'))).toBe(false); // Mon 06:30 WIB
    expect(cal.isInsideServiceHours(at('2025-01-06T01:30:00Z'))).toBe(true); // Mon 08:30 WIB
    expect(cal.isInsideServiceHours(at('2025-01-10T09:59:00Z'))).toBe(true); // Fri 16:59 WIB
    expect(cal.isInsideServiceHours(at('2025-01-10T10:00:00Z'))).toBe(false); // Fri 17:00 WIB
  });

  it('follows custom service hours', () => {
    const custom = createCalendar([], { ...DEFAULT_SERVICE_HOURS, 5: { open: '08:00', close: '16:30' } });
    expect(custom.isInsideServiceHours(at('2025-01-10T16:29:00+07:00'))).toBe(true);
    expect(custom.isInsideServiceHours(at('2025-01-10T16:30:00+07:00'))).toBe(false);
    expect(custom.isInsideServiceHours(at('2025-01-09T16:45:00+07:00'))).toBe(true); // Thursday unchanged
  });

  it('a weekday closed in the service hours is outside them', () => {
    const custom = createCalendar([], { ...DEFAULT_SERVICE_HOURS, 3: null });
    expect(custom.isInsideServiceHours(at('2025-01-08T10:00:00+07:00'))).toBe(false);
  });
});

describe('validation', () => {
  it.each(['2025-1-5', '2025-02-30', '2025-13-01', '05/01/2025', ''])('rejects %j naming it', (bad) => {
    expect(() => cal.isWorkingDay(bad)).toThrow(AppError);
    expect(() => cal.nextWorkingDay(bad)).toThrow(`Invalid date '${bad}'`);
    try {
      cal.isWorkingDay(bad);
    } catch (e) {
      expect((e as AppError).code).toBe('validation');
    }
  });

  it('rejects malformed holidays and service hours at construction', () => {
    expect(() => createCalendar(['2025-04-31'])).toThrow("Invalid date '2025-04-31'");
    expect(() => createCalendar([], { 1: { open: '8:00', close: '17:00' } })).toThrow("'8:00'");
    expect(() => createCalendar([], { 1: { open: '17:00', close: '08:00' } })).toThrow(AppError);
  });

  it('rejects a negative or fractional working-day count and an invalid Date', () => {
    expect(() => cal.addWorkingDays('2025-01-06', -1)).toThrow(AppError);
    expect(() => cal.addWorkingDays('2025-01-06', 1.5)).toThrow(AppError);
    expect(() => cal.isInsideServiceHours(new Date('nope'))).toThrow(AppError);
  });
});
