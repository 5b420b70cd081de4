import { describe, it, expect } from 'vitest';
import { AppError } from '../platform/errors.ts';
import { createCalendar } from '../platform/calendar.ts';
import { NATIONAL_HOLIDAYS } from '../platform/holidays.ts';
import { scoreEscalation, teamScore } from './l2-score.ts';

const cal = createCalendar(NATIONAL_HOLIDAYS.map((h) => h.date));
/** An instant at the given Jakarta wall-clock time (WIB = UTC+7). */
const wib = (day: string, time = '10:00'): Date => new Date(`${day}T${time}:00+07:00`);
const answered = (escalated: Date, answer: Date) => scoreEscalation(cal, escalated, answer, wib('2026-01-01'));

describe('scoreEscalation, answered', () => {
  // Monday 6 January 2025: H+1..H+4 are Tuesday 7 .. Friday 10 January.
  const monday = wib('2025-01-06', '09:00');

  it.each([
    ['2025-01-06', 0, 120],
    ['2025-01-07', 1, 120],
    ['2025-01-08', 2, 100],
    ['2025-01-09', 3, 100],
    ['2025-01-10', 4, 80],
  ] as const)('answered %s after a Monday escalation is H+%i → %i', (day, n, score) => {
    expect(answered(monday, wib(day, '16:00'))).toEqual({ score, workingDays: n, pending: false, dueBy: '2025-01-09' });
  });

  it('skips the Nyepi and Idul Fitri holidays: H+1 after Thursday 27 March 2025 is Tuesday 8 April', () => {
    const thursday = wib('2025-03-27', '14:00');
    expect(cal.isWorkingDay('2025-03-27')).toBe(true);
    expect(answered(thursday, wib('2025-04-08'))).toMatchObject({ score: 120, workingDays: 1, dueBy: '2025-04-10' });
    expect(answered(thursday, wib('2025-04-09'))).toMatchObject({ score: 100, workingDays: 2 });
    expect(answered(thursday, wib('2025-04-10'))).toMatchObject({ score: 100, workingDays: 3 });
    expect(answered(thursday, wib('2025-04-11'))).toMatchObject({ score: 80, workingDays: 4 });
  });

  it('escalated on the Friday before a long weekend: Friday 24 January 2025 is H, Thursday 30 January H+1, Monday 3 February H+3', () => {
    // 27 Jan Isra Mikraj, 28 Jan cuti bersama, 29 Jan Tahun Baru Imlek.
    const friday = wib('2025-01-24', '15:00');
    expect(answered(friday, wib('2025-01-27'))).toMatchObject({ score: 120, workingDays: 0 });
    expect(answered(friday, wib('2025-01-30'))).toMatchObject({ score: 120, workingDays: 1, dueBy: '2025-02-03' });
    expect(answered(friday, wib('2025-01-31'))).toMatchObject({ score: 100, workingDays: 2 });
    expect(answered(friday, wib('2025-02-03'))).toMatchObject({ score: 100, workingDays: 3 });
    expect(answered(friday, wib('2025-02-04'))).toMatchObject({ score: 80, workingDays: 4 });
    expect(scoreEscalation(cal, friday, null, wib('2025-02-03', '16:59'))).toMatchObject({ score: null, pending: true });
    expect(scoreEscalation(cal, friday, null, wib('2025-02-04'))).toMatchObject({ score: 80, pending: true });
  });

  it('starts H on the next working day for a weekend escalation', () => {
    const saturday = wib('2025-01-04', '11:00');
    expect(answered(saturday, wib('2025-01-06'))).toMatchObject({ score: 120, workingDays: 0, dueBy: '2025-01-09' });
    expect(answered(saturday, wib('2025-01-07'))).toMatchObject({ score: 120, workingDays: 1 });
    expect(answered(saturday, wib('2025-01-09'))).toMatchObject({ score: 100, workingDays: 3 });
    expect(answered(saturday, wib('2025-01-10'))).toMatchObject({ score: 80, workingDays: 4 });
  });

  it('counts an answer before H as H', () => {
    // Escalated and answered on the same Saturday: H is Monday, the answer counts as H.
    expect(answered(wib('2025-01-04', '09:00'), wib('2025-01-04', '15:00'))).toMatchObject({ score: 120, workingDays: 0 });
    // Escalated Friday 24 January 2025 at 23:00 WIB, before the Isra Mikraj / Imlek holidays (27-29
    // January): H is that Friday, and an answer on the holiday Monday counts as the Friday.
    const fridayEve = wib('2025-01-24', '23:00');
    expect(answered(fridayEve, wib('2025-01-27'))).toMatchObject({ score: 120, workingDays: 0, dueBy: '2025-02-03' });
    expect(answered(fridayEve, wib('2025-01-30'))).toMatchObject({ score: 120, workingDays: 1 });
    // Escalated just after midnight into Saturday 25 January 2025, before the Isra Mikraj / Imlek
    // holidays (27-29 January): H is Thursday 30 January; an answer on Monday 27 January counts as H.
    const holidayEve = wib('2025-01-25', '00:30');
    expect(answered(holidayEve, wib('2025-01-27'))).toMatchObject({ score: 120, workingDays: 0, dueBy: '2025-02-04' });
    expect(answered(holidayEve, wib('2025-01-31'))).toMatchObject({ score: 120, workingDays: 1 });
  });

  it('uses the Jakarta day of a UTC instant', () => {
    // 16:30Z on Friday 10 January is 23:30 WIB the same Friday: H is that Friday.
    const fridayNight = new Date('2025-01-10T16:30:00Z');
    expect(answered(fridayNight, wib('2025-01-13'))).toMatchObject({ score: 120, workingDays: 1, dueBy: '2025-01-15' });
    expect(answered(fridayNight, wib('2025-01-15'))).toMatchObject({ score: 100, workingDays: 3 });
    // 17:30Z on Wednesday 15 January is already Thursday 16 January in Jakarta: H+4.
    expect(answered(fridayNight, new Date('2025-01-15T17:30:00Z'))).toMatchObject({ score: 80, workingDays: 4 });
    // One hour later the escalation itself is Saturday in Jakarta, so H moves to Monday 13 January.
    const saturdayInJakarta = new Date('2025-01-10T17:30:00Z');
    expect(answered(saturdayInJakarta, wib('2025-01-13'))).toMatchObject({ score: 120, workingDays: 0, dueBy: '2025-01-16' });
  });

  it('counts an answer on a holiday as the working day before it', () => {
    // Escalated Wednesday 26 March 2025, answered on Idul Fitri (1 April): counts as 27 March = H+1.
    expect(answered(wib('2025-03-26'), wib('2025-04-01'))).toMatchObject({ score: 120, workingDays: 1 });
    // Escalated Thursday 27 March, answered Saturday 29 March (Nyepi): counts as H itself.
    expect(answered(wib('2025-03-27'), wib('2025-03-29'))).toMatchObject({ score: 120, workingDays: 0 });
    // Escalated Tuesday 7 January, answered on the Saturday after H+3 (Friday 10 January): still H+3.
    expect(answered(wib('2025-01-07'), wib('2025-01-11'))).toMatchObject({ score: 100, workingDays: 3 });
  });

  it('rejects an answer before the escalation and invalid dates', () => {
    expect(() => answered(wib('2025-01-06', '10:00'), wib('2025-01-06', '09:59'))).toThrow(AppError);
    expect(() => answered(new Date('nonsense'), wib('2025-01-06'))).toThrow(AppError);
    expect(() => answered(wib('2025-01-06'), new Date('nonsense'))).toThrow(AppError);
  });
});

describe('scoreEscalation, unanswered', () => {
  const monday = wib('2025-01-06', '09:00');
  const open = (now: Date) => scoreEscalation(cal, monday, null, now);

  it('has no score until H+3 has passed', () => {
    expect(open(wib('2025-01-06', '12:00'))).toEqual({ score: null, workingDays: 0, pending: true, dueBy: '2025-01-09' });
    expect(open(wib('2025-01-09', '23:59'))).toEqual({ score: null, workingDays: 3, pending: true, dueBy: '2025-01-09' });
  });

  it('is 80 from H+4 on', () => {
    expect(open(wib('2025-01-10', '00:00'))).toEqual({ score: 80, workingDays: 4, pending: true, dueBy: '2025-01-09' });
    expect(open(wib('2025-02-03'))).toMatchObject({ score: 80, pending: true });
  });

  it('treats a weekend right after H+3 as H+3, since an answer then would still earn 100', () => {
    // Escalated Tuesday 7 January: H+3 is Friday 10 January.
    const tuesday = wib('2025-01-07');
    expect(scoreEscalation(cal, tuesday, null, wib('2025-01-12'))).toMatchObject({ score: null, workingDays: 3 });
    expect(scoreEscalation(cal, tuesday, null, wib('2025-01-13'))).toMatchObject({ score: 80, workingDays: 4 });
  });

  it('counts a "now" before H as H', () => {
    expect(open(wib('2025-01-05'))).toMatchObject({ score: null, workingDays: 0, pending: true });
  });
});

describe('teamScore', () => {
  it('is the mean of the scored tickets', () => {
    expect(teamScore([120, 100, 80, null])).toBe(100);
    expect(teamScore([120])).toBe(120);
  });

  it('does not round', () => {
    expect(teamScore([120, 100, 100])).toBeCloseTo(106.6667, 4);
    expect(teamScore([120, 100, 100])).not.toBe(106.7);
  });

  it('is null when nothing is scored', () => {
    expect(teamScore([])).toBeNull();
    expect(teamScore([null, null])).toBeNull();
  });
});
