import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { PermanentJobError } from '../jobs/worker.ts';
import { displayNameOf, domainOf, sendMail, textToHtml, type MailTransport, type SmtpSettings } from '../channels/email/sender.ts';
import { CENTER_NAME } from '../surveys/texts.ts';
import { getBookingRules } from './rules.ts';
import type { BookingRow } from './staff.ts';
import { letterText, type LetterKind } from './letters.ts';
import { statusUrlOf } from './token.ts';

type Db = Kysely<Database>;

async function topicLabels(db: Db, topics: readonly string[]): Promise<string[]> {
  if (topics.length === 0) return [];
  const rows = await db.selectFrom('topics').select(['code', 'label']).where('code', 'in', topics).execute();
  return topics.map((t) => rows.find((r) => r.code === t)?.label ?? t);
}

/**
 * One booking email to the requester. The Message-ID comes from the job, so a retried send
 * carries the same id and the relay or the mailbox can drop a duplicate.
 */
export async function sendBookingEmail(db: Db, mail: { smtp: SmtpSettings; transport: MailTransport; publicUrl: string }, booking: BookingRow, kind: LetterKind, jobId: number): Promise<void> {
  if (!booking.contact_email) throw new PermanentJobError(`Booking ${booking.reference} has no email address`);
  const { subject, text } = letterText({
    booking, kind,
    topicLabels: await topicLabels(db, booking.topics),
    statusUrl: await statusUrlOf(db, booking, mail.publicUrl),
    maxGuests: (await getBookingRules(db)).max_guests,
    signature: displayNameOf(mail.smtp.from) ?? CENTER_NAME,
  });
  await sendMail(mail.transport, {
    from: mail.smtp.from,
    to: booking.contact_name ? { name: booking.contact_name, address: booking.contact_email } : booking.contact_email,
    subject,
    messageId: `<sapa-booking-${booking.id}-${kind}-${jobId}@${domainOf(mail.smtp.from)}>`,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'X-Sapa-Booking': booking.reference },
    text,
    html: textToHtml(text),
  });
}
