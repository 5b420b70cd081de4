import type { BookingKind } from '../db/schema.ts';
import type { Calendar, IsoDate } from '../platform/calendar.ts';
import type { ErrorDetail } from '../platform/errors.ts';
import type { BookingRules } from './rules.ts';
import { dayLabel, RULES_SOURCE } from './texts.ts';

/** What a request (or a reschedule) asks for, as far as the rules of the circular go. */
export interface SlotChoice {
  kind: BookingKind;
  date: string;
  start_time: string;
  guests: number | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const addDays = (day: IsoDate, n: number): IsoDate =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export const isIsoDate = (day: string): boolean => ISO_DATE.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && addDays(day, 0) === day;

/**
 * The days a visit may be booked on, in order: min..max working days after today (a day
 * counts by the working days from tomorrow up to it), working days only when the rule says so.
 */
export function bookingWindow(rules: BookingRules, calendar: Calendar, today: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = addDays(today, 1); ; day = addDays(day, 1)) {
    const ahead = calendar.workingDaysBetween(today, day);
    if (ahead > rules.max_days_ahead) return days;
    if (ahead >= rules.min_days_ahead && (!rules.working_days_only || calendar.isWorkingDay(day))) days.push(day);
  }
}

const timesText = (rules: BookingRules): string => `${rules.slot_times.join(', ')} WIB`;

/**
 * Every rule of the circular the choice breaks, each naming the rule and its limit, in
 * Indonesian (the requester reads them). Whether the slot is still free is checked at insert.
 */
export function ruleProblems(rules: BookingRules, calendar: Calendar, today: IsoDate, choice: SlotChoice): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (!choice.date && !choice.start_time) {
    problems.push({ field: 'date', message: 'Pilih tanggal dan jam konsultasi dari daftar jadwal yang tersedia.' });
  } else if (!rules.slot_times.includes(choice.start_time)) {
    problems.push({ field: 'start_time', value: choice.start_time, message: `Jam ${choice.start_time || '(kosong)'} tidak tersedia. Jam konsultasi yang dapat dipilih: ${timesText(rules)} (ketentuan ${RULES_SOURCE}).` });
  }
  if (!choice.date && !choice.start_time) {
    // Said once above.
  } else if (!isIsoDate(choice.date)) {
    problems.push({ field: 'date', value: choice.date, message: 'Pilih tanggal konsultasi dari daftar jadwal yang tersedia.' });
  } else {
    problems.push(...dayProblems(rules, calendar, today, choice.date));
  }
  if (choice.kind === 'face_to_face' && choice.guests !== null && choice.guests > rules.max_guests) {
    problems.push({ field: 'guests', value: choice.guests, message: `Jumlah tamu paling banyak ${rules.max_guests} orang per kunjungan tatap muka (ketentuan ${RULES_SOURCE}); Anda mengisi ${choice.guests} orang.` });
  }
  return problems;
}

function dayProblems(rules: BookingRules, calendar: Calendar, today: IsoDate, date: IsoDate): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (rules.working_days_only && !calendar.isWorkingDay(date)) {
    problems.push({ field: 'date', value: date, message: `${dayLabel(date)} bukan hari kerja (Sabtu, Minggu, hari libur nasional atau cuti bersama). Konsultasi hanya dilayani pada hari kerja (ketentuan ${RULES_SOURCE}).` });
  }
  const window = bookingWindow(rules, calendar, today);
  const ahead = calendar.workingDaysBetween(today, date);
  if (ahead < rules.min_days_ahead) {
    const first = window[0];
    problems.push({ field: 'date', value: date, message: `Reservasi diajukan paling lambat ${rules.min_days_ahead} hari kerja sebelum tanggal konsultasi (ketentuan ${RULES_SOURCE})${first ? `; tanggal paling awal yang dapat dipilih: ${dayLabel(first)}` : ''}.` });
  } else if (ahead > rules.max_days_ahead) {
    const last = window.at(-1);
    problems.push({ field: 'date', value: date, message: `Reservasi paling jauh ${rules.max_days_ahead} hari kerja sebelum tanggal konsultasi (ketentuan ${RULES_SOURCE})${last ? `; tanggal paling akhir yang dapat dipilih: ${dayLabel(last)}` : ''}.` });
  }
  return problems;
}
