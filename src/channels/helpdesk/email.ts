import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Config } from '../../platform/config.ts';
import { enqueue } from '../../jobs/outbox.ts';
import { PermanentJobError, type JobRegistry } from '../../jobs/worker.ts';
import { getServiceHours } from '../../platform/calendar-service.ts';
import { CENTER_NAME } from '../../surveys/texts.ts';
import { describeServiceHours } from '../email/channel.ts';
import { createMailTransport, displayNameOf, domainOf, sendMail, textToHtml, ticketToken, type MailTransport, type SmtpSettings } from '../email/sender.ts';
import { helpdeskFollowUrl } from './link.ts';

type Db = Kysely<Database>;

export const HELPDESK_EMAIL_JOB = 'helpdesk.email';
const MAX_ATTEMPTS = 10;

/** The ticket was opened (the mail carries the follow link), or an agent answered (messageId). */
export type HelpdeskEmail = { kind: 'received'; ticketId: number } | { kind: 'answered'; ticketId: number; messageId: number };

/** Queues the mail in the caller's transaction (or after a reply was handed over); queued twice, sent once. */
export async function queueHelpdeskEmail(db: Db, mail: HelpdeskEmail): Promise<void> {
  const key = mail.kind === 'received' ? `helpdesk:received:${mail.ticketId}` : `helpdesk:answered:${mail.messageId}`;
  // After the ticket's other mails (same ordering key as the delivery of replies).
  await enqueue(db, { type: HELPDESK_EMAIL_JOB, payload: mail, dedupeKey: key, orderingKey: `ticket:${mail.ticketId}`, maxAttempts: MAX_ATTEMPTS });
}

const greeting = (name: string): string => `Yth. Bapak/Ibu${name ? ` ${name}` : ''},`;

function receivedText(o: { name: string; number: number; link: string; hours: string; signature: string }): string {
  return [
    greeting(o.name), '',
    `Terima kasih telah menghubungi ${o.signature} melalui Help Desk. Konsultasi Anda telah kami terima dengan nomor tiket #${o.number}.`, '',
    'Ikuti status dan jawaban petugas, serta kirim tanggapan, melalui tautan pribadi berikut (jangan bagikan kepada orang lain):',
    o.link, '',
    o.hours ? `Petugas kami menjawab pada jam layanan: ${o.hours} (kecuali hari libur nasional dan cuti bersama).` : 'Petugas kami menjawab pada jam layanan.', '',
    'Hormat kami,', o.signature,
  ].join('\n');
}

function answeredText(o: { name: string; number: number; link: string; answer: string; signature: string }): string {
  return [
    greeting(o.name), '',
    `Petugas ${o.signature} telah menjawab konsultasi Anda (tiket #${o.number}):`, '',
    ...o.answer.split('\n').map((line) => `    ${line}`), '',
    'Baca percakapan selengkapnya dan kirim tanggapan melalui tautan pribadi berikut:',
    o.link, '',
    'Hormat kami,', o.signature,
  ].join('\n');
}

async function recipientOf(db: Db, ticketId: number) {
  const ticket = await db.selectFrom('tickets').innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
    .select(['tickets.number', 'tickets.created_at', 'tickets.contact_id', 'contacts.name']).where('tickets.id', '=', ticketId).executeTakeFirst();
  if (!ticket) throw new PermanentJobError(`Ticket ${ticketId} no longer exists`);
  const email = await db.selectFrom('contact_identities').select('value')
    .where('contact_id', '=', ticket.contact_id).where('kind', '=', 'email').where('undeliverable', '=', false)
    .orderBy('created_at').executeTakeFirst();
  return { ticket, address: email?.value };
}

async function sendHelpdeskEmail(db: Db, config: Config, smtp: SmtpSettings, transport: MailTransport, mail: HelpdeskEmail): Promise<void> {
  const { ticket, address } = await recipientOf(db, mail.ticketId);
  // The requester's address was found undeliverable since: the follow page still has everything.
  if (!address) return;
  const signature = displayNameOf(smtp.from) ?? CENTER_NAME;
  const link = await helpdeskFollowUrl(db, config, mail.ticketId);
  const base = { name: ticket.name, number: ticket.number, link, signature };
  let subject: string;
  let text: string;
  let id: string;
  if (mail.kind === 'received') {
    subject = `${ticketToken(ticket.number)} Konsultasi Anda telah kami terima`;
    text = receivedText({ ...base, hours: describeServiceHours(await getServiceHours(db)) });
    id = `received-${ticket.number}-${new Date(ticket.created_at).getTime().toString(36)}`;
  } else {
    const message = await db.selectFrom('messages').select('body').where('id', '=', mail.messageId).executeTakeFirst();
    if (!message) throw new PermanentJobError(`Message ${mail.messageId} no longer exists`);
    subject = `${ticketToken(ticket.number)} Jawaban atas konsultasi Anda`;
    text = answeredText({ ...base, answer: message.body });
    id = `answer-${mail.messageId}`;
  }
  await sendMail(transport, {
    from: smtp.from,
    to: ticket.name ? { name: ticket.name, address } : address,
    subject,
    // Derived from the ticket or the reply: a retried send carries the same id.
    messageId: `<sapa-helpdesk-${id}@${domainOf(smtp.from)}>`,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'X-Sapa-Ticket': String(ticket.number) },
    text,
    html: textToHtml(text),
  });
}

/** The `helpdesk.email` job: the follow link after a submission, and the notice of an agent's answer. */
export function registerHelpdeskEmailJob(registry: JobRegistry, db: Db, config: Config): void {
  let transport: MailTransport | undefined;
  registry.register(HELPDESK_EMAIL_JOB, async (payload) => {
    const smtp = config.email.smtp;
    if (!smtp) throw new PermanentJobError('No outbound mail relay is configured (SMTP_URL and MAIL_FROM)');
    transport ??= createMailTransport(smtp.url);
    await sendHelpdeskEmail(db, config, smtp, transport, payload as HelpdeskEmail);
  });
}
