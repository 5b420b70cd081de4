import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Config } from '../platform/config.ts';
import { PermanentJobError, type JobRegistry } from '../jobs/worker.ts';
import { createMailTransport, type MailTransport } from '../channels/email/sender.ts';
import { sendBookingEmail } from './email.ts';
import { BOOKING_EMAIL_JOB, BOOKING_REMINDER_JOB, type ReminderJob, type StatusEmailJob } from './notify.ts';
import type { LetterKind } from './letters.ts';

type Db = Kysely<Database>;

/**
 * The requester's booking emails: `booking.email` (each status change) and `booking.reminder`
 * (due the working day before an approved visit; sent only if the booking is still approved
 * for the same slot, so a reschedule or cancellation silently drops the old reminder).
 */
export function registerBookingJobs(registry: JobRegistry, db: Db, config: Config): void {
  let transport: MailTransport | undefined;

  async function send(bookingId: number, kind: LetterKind, jobId: number, stillDue: (b: { status: string; date: string; start_time: string | null }) => boolean): Promise<void> {
    const booking = await db.selectFrom('bookings').selectAll().where('id', '=', bookingId).executeTakeFirst();
    if (!booking || !stillDue(booking)) return;
    const smtp = config.email.smtp;
    if (!smtp) throw new PermanentJobError('No outbound mail relay is configured (SMTP_URL and MAIL_FROM)');
    transport ??= createMailTransport(smtp.url);
    await sendBookingEmail(db, { smtp, transport, publicUrl: config.publicUrl }, booking, kind, jobId);
  }

  registry.register(BOOKING_EMAIL_JOB, async (payload, job) => {
    const { bookingId, event } = payload as StatusEmailJob;
    await send(bookingId, event, job.id, () => true);
  });

  registry.register(BOOKING_REMINDER_JOB, async (payload, job) => {
    const due = payload as ReminderJob;
    const start = new Date(`${due.date}T${due.start_time}:00+07:00`).getTime();
    await send(due.bookingId, 'reminder', job.id, (b) =>
      b.status === 'approved' && b.date === due.date && b.start_time === due.start_time && Date.now() < start);
  });
}
