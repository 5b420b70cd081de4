import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Calendar } from '../platform/calendar.ts';
import { enqueue } from '../jobs/outbox.ts';

type Db = Kysely<Database>;

export const BOOKING_EMAIL_JOB = 'booking.email';
export const BOOKING_REMINDER_JOB = 'booking.reminder';

/** What happened to a booking, as the requester is told by email. */
export type BookingEvent = 'requested' | 'approved' | 'rescheduled' | 'rejected' | 'cancelled' | 'held' | 'no_show';

export interface StatusEmailJob {
  bookingId: number;
  event: BookingEvent;
}

export interface ReminderJob {
  bookingId: number;
  date: string;
  start_time: string;
}

/** Reminders go out at this time (WIB) of the working day before the visit. */
export const REMINDER_TIME = '09:00';

/** The requester's email about a change, queued with the change (same transaction), in order per booking. */
export async function queueStatusEmail(trx: Db, bookingId: number, event: BookingEvent): Promise<void> {
  await enqueue(trx, { type: BOOKING_EMAIL_JOB, payload: { bookingId, event } satisfies StatusEmailJob, orderingKey: `booking:${bookingId}`, maxAttempts: 10 });
}

/**
 * The reminder of an approved booking, due at 09:00 WIB on the working day before the visit
 * (a Monday visit is reminded on Friday: the office that travels is reached on a working day).
 * The dedupe key names the booking and its slot, so it is queued once per slot however often
 * this runs; the job checks at send time that the booking is still approved for that slot. No
 * ordering key: a job waiting for its day must not hold back the booking's other emails.
 */
export async function queueReminder(trx: Db, calendar: Calendar, booking: ReminderJob): Promise<void> {
  const day = calendar.previousWorkingDay(booking.date);
  await enqueue(trx, {
    type: BOOKING_REMINDER_JOB,
    payload: booking satisfies ReminderJob,
    runAt: new Date(`${day}T${REMINDER_TIME}:00+07:00`),
    dedupeKey: `booking-reminder:${booking.bookingId}:${booking.date}:${booking.start_time}`,
    maxAttempts: 10,
  });
}
