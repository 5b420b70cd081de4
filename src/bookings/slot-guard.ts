import { sql, type Kysely } from 'kysely';
import type { BookingStatus, Database } from '../db/schema.ts';
import { AppError } from '../platform/errors.ts';
import type { Calendar, IsoDate } from '../platform/calendar.ts';
import type { BookingRules } from './rules.ts';
import { bookingWindow } from './window.ts';
import { dayLabel, RULES_SOURCE, slotLabel } from './texts.ts';

type Db = Kysely<Database>;

/** Bookings that hold their slot: a rejected or cancelled one frees it. */
export const ACTIVE_STATUSES: readonly BookingStatus[] = ['requested', 'approved', 'held', 'no_show'];

/** First key of the advisory locks of booking days (the second is the day), so no other lock collides. */
const DAY_LOCK_NAMESPACE = 7312;

/**
 * Serialises the bookings of one day across processes until the transaction ends, so that the
 * per-day quota is counted and kept atomically (the slot itself also has a unique index).
 */
export async function lockDay(trx: Db, date: IsoDate): Promise<void> {
  await sql`select pg_advisory_xact_lock(${DAY_LOCK_NAMESPACE}, (${date}::date - date '2000-01-01'))`.execute(trx);
}

export const SLOT_TAKEN_MESSAGE = 'Slot sudah dipesan, pilih waktu lain.';

export const slotTaken = (date: IsoDate, time: string): AppError =>
  new AppError('conflict', SLOT_TAKEN_MESSAGE, [{ field: 'start_time', value: `${date} ${time}`, message: `${slotLabel(date, time)}: slot sudah dipesan, pilih waktu lain.` }]);

const dayFull = (rules: BookingRules, date: IsoDate): AppError =>
  new AppError('conflict', `Kuota ${rules.slots_per_day} sesi konsultasi per hari pada ${dayLabel(date)} sudah penuh (ketentuan ${RULES_SOURCE}). Pilih tanggal lain.`,
    [{ field: 'date', value: date, message: `Kuota ${rules.slots_per_day} sesi per hari sudah penuh.` }]);

/** A unique index refused the insert or update: someone else has the slot. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/** Under the day's lock: the slot is free and the day below its quota (the booking itself not counted). */
export async function assertSlotFree(trx: Db, rules: BookingRules, date: IsoDate, time: string, exceptId?: number): Promise<void> {
  let query = trx.selectFrom('bookings').select(['id', 'start_time']).where('date', '=', date).where('status', 'in', ACTIVE_STATUSES);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  const rows = await query.execute();
  if (rows.some((r) => r.start_time === time)) throw slotTaken(date, time);
  if (rows.length >= rules.slots_per_day) throw dayFull(rules, date);
}

export interface DaySlots {
  date: IsoDate;
  label: string;
  /** Start times still free, HH:MM WIB; empty when the day is full. */
  open: string[];
}

/** The bookable days between from and to (inclusive, within the rules' window) and their free times. */
export async function openSlots(db: Db, rules: BookingRules, calendar: Calendar, today: IsoDate, range: { from?: IsoDate | undefined; to?: IsoDate | undefined } = {}): Promise<DaySlots[]> {
  const days = bookingWindow(rules, calendar, today).filter((d) => (!range.from || d >= range.from) && (!range.to || d <= range.to));
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return [];
  const taken = await db.selectFrom('bookings').select(['date', 'start_time'])
    .where('date', '>=', first).where('date', '<=', last).where('status', 'in', ACTIVE_STATUSES).execute();
  return days.map((date) => {
    const that = taken.filter((t) => String(t.date) === date);
    const busy = new Set(that.map((t) => t.start_time));
    const open = that.length >= rules.slots_per_day ? [] : rules.slot_times.filter((t) => !busy.has(t));
    return { date, label: dayLabel(date), open };
  });
}
