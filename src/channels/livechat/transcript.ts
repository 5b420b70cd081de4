import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Config } from '../../platform/config.ts';
import { enqueue } from '../../jobs/outbox.ts';
import { PermanentJobError } from '../../jobs/worker.ts';
import { AppError } from '../../platform/errors.ts';
import { formatDateTime } from '../../platform/format.ts';
import { displayNameOf, domainOf, sendMail, textToHtml, ticketToken, type MailTransport, type SmtpSettings } from '../email/sender.ts';
import type { Visitor } from './visitor.ts';

type Db = Kysely<Database>;

export const TRANSCRIPT_JOB = 'livechat.transcript';

/**
 * Queues the conversation's transcript for the visitor's email. Asked twice with nothing new
 * said in between, it is sent once.
 */
export async function queueTranscript(db: Db, config: Config, visitor: Visitor): Promise<{ email: string }> {
  if (!config.email.smtp) throw new AppError('unavailable', 'Pengiriman transkrip lewat email belum tersedia (SMTP_URL belum diatur).');
  if (visitor.ticket_id === null) throw new AppError('validation', 'Belum ada percakapan untuk dikirim.');
  const last = await db.selectFrom('messages').select('id').where('ticket_id', '=', visitor.ticket_id).where('direction', 'in', ['inbound', 'outbound'])
    .orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!last) throw new AppError('validation', 'Belum ada percakapan untuk dikirim.');
  await enqueue(db, {
    type: TRANSCRIPT_JOB, payload: { visitorId: visitor.id, ticketId: visitor.ticket_id, upTo: last.id },
    dedupeKey: `livechat-transcript:${visitor.ticket_id}:${last.id}`, maxAttempts: 8,
  });
  return { email: visitor.email };
}

/** The `livechat.transcript` job: the whole conversation, in order, to the visitor's address. */
export async function sendTranscript(db: Db, smtp: SmtpSettings, transport: MailTransport, payload: { visitorId: string; ticketId: number; upTo: number }): Promise<void> {
  const visitor = await db.selectFrom('livechat_visitors').select(['name', 'email']).where('id', '=', payload.visitorId).executeTakeFirst();
  const ticket = await db.selectFrom('tickets').select('number').where('id', '=', payload.ticketId).executeTakeFirst();
  if (!visitor || !ticket) throw new PermanentJobError('The visitor or the conversation no longer exists');
  const messages = await db.selectFrom('messages').select(['direction', 'body', 'created_at'])
    .where('ticket_id', '=', payload.ticketId).where('direction', 'in', ['inbound', 'outbound']).where('id', '<=', payload.upTo)
    .orderBy('id').execute();
  const signature = displayNameOf(smtp.from) ?? 'Contact Center DJPK';
  const lines = messages.map((m) => `[${formatDateTime(new Date(m.created_at))}] ${m.direction === 'inbound' ? visitor.name : 'Petugas'}:\n${m.body}\n`);
  const text = [
    `Yth. Bapak/Ibu ${visitor.name},`,
    '',
    `Berikut transkrip percakapan live chat Anda dengan ${signature} (tiket #${ticket.number}).`,
    '',
    ...lines,
    'Hormat kami,',
    signature,
  ].join('\n');
  await sendMail(transport, {
    from: smtp.from,
    to: { name: visitor.name, address: visitor.email },
    subject: `Transkrip live chat ${ticketToken(ticket.number)}`,
    messageId: `<sapa-livechat-${payload.ticketId}-${payload.upTo}@${domainOf(smtp.from)}>`,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Sapa-Ticket': String(ticket.number) },
    text,
    html: textToHtml(text),
  });
}
