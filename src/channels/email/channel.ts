import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { enqueue } from '../../jobs/outbox.ts';
import { PermanentJobError, type JobRegistry } from '../../jobs/worker.ts';
import type { ServiceHours } from '../../platform/calendar.ts';
import { getServiceHours } from '../../platform/calendar-service.ts';
import type { ChannelSender } from '../../tickets/delivery.ts';
import type { EmailConfig } from './config.ts';
import {
  cleanSubject,
  createEmailSender,
  createMailTransport,
  displayNameOf,
  domainOf,
  mailThreadOf,
  sendMail,
  textToHtml,
  threadHeaders,
  ticketToken,
  type MailTransport,
} from './sender.ts';

type Db = Kysely<Database>;

export const ACK_JOB = 'email.ack';
const ACK_MAX_ATTEMPTS = 10;

/** The email channel's outbound side: the reply sender (when a relay is configured) and its jobs. */
export interface EmailChannel {
  sender?: ChannelSender | undefined;
  register(registry: JobRegistry): void;
}

/**
 * Queues the acknowledgement of receipt for a new ticket, in the caller's transaction. Call it
 * when `config.acknowledge` is on and the mail was not automated; queued twice, it is sent once.
 * It shares the ticket's ordering key, so it leaves before the agent's first reply.
 */
export async function queueAcknowledgement(db: Db, ticketId: number): Promise<void> {
  await enqueue(db, { type: ACK_JOB, payload: { ticketId }, dedupeKey: `ack:${ticketId}`, orderingKey: `ticket:${ticketId}`, maxAttempts: ACK_MAX_ATTEMPTS });
}

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** "Senin–Jumat 08.00–17.00 WIB", consecutive days with the same hours grouped (Monday first). */
export function describeServiceHours(hours: ServiceHours): string {
  const groups: { from: number; to: number; open: string; close: string }[] = [];
  for (const day of [1, 2, 3, 4, 5, 6, 0]) {
    const h = hours[day];
    if (!h) continue;
    const last = groups.at(-1);
    if (last && last.open === h.open && last.close === h.close && (last.to + 1) % 7 === day) last.to = day;
    else groups.push({ from: day, to: day, open: h.open, close: h.close });
  }
  const time = (t: string) => t.replace(':', '.');
  return groups
    .map((g) => `${DAYS[g.from]}${g.to !== g.from ? `–${DAYS[g.to]}` : ''} ${time(g.open)}–${time(g.close)} WIB`)
    .join('; ');
}

function acknowledgementText(o: { name: string; number: number; subject: string; hours: string; signature: string }): string {
  const token = ticketToken(o.number);
  return [
    `Yth. Bapak/Ibu${o.name ? ` ${o.name}` : ''},`,
    '',
    `Terima kasih telah menghubungi ${o.signature}. Konsultasi Anda telah kami terima dan tercatat dengan nomor tiket #${o.number}${o.subject ? `:\n\n    ${o.subject}` : '.'}`,
    '',
    o.hours
      ? `Petugas kami akan menanggapinya pada jam layanan: ${o.hours} (kecuali hari libur nasional dan cuti bersama).`
      : 'Petugas kami akan menanggapinya pada jam layanan.',
    '',
    `Untuk menambahkan informasi, balas email ini tanpa menghapus ${token} pada subjek.`,
    '',
    'Email ini dikirim secara otomatis; mohon tidak mengirim ulang konsultasi yang sama.',
    '',
    'Hormat kami,',
    o.signature,
  ].join('\n');
}

/**
 * The email channel: the sender of agents' replies, and the `email.ack` job that sends a new
 * ticket's acknowledgement of receipt (marked `Auto-Submitted: auto-replied` and
 * `X-Auto-Response-Suppress: All`, so that the requester's auto-responders stay quiet).
 */
export function createEmailChannel(db: Db, config: EmailConfig, transport?: MailTransport): EmailChannel {
  const smtp = config.smtp;
  const mailer = smtp ? (transport ?? createMailTransport(smtp.url)) : undefined;
  return {
    sender: smtp && mailer ? createEmailSender(db, smtp, mailer) : undefined,
    register(registry) {
      registry.register(ACK_JOB, async (payload) => {
        const { ticketId } = payload as { ticketId: number };
        if (!smtp || !mailer) throw new PermanentJobError('No outbound mail relay is configured (SMTP_URL and MAIL_FROM)');
        const ticket = await db
          .selectFrom('tickets')
          .innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
          .select(['tickets.number', 'tickets.subject', 'tickets.created_at', 'tickets.contact_id', 'contacts.name'])
          .where('tickets.id', '=', ticketId)
          .executeTakeFirst();
        if (!ticket) throw new PermanentJobError(`Ticket ${ticketId} no longer exists`);
        const email = await db
          .selectFrom('contact_identities')
          .select('value')
          .where('contact_id', '=', ticket.contact_id)
          .where('kind', '=', 'email')
          .where('undeliverable', '=', false)
          .orderBy('created_at')
          .executeTakeFirst();
        if (!email) throw new PermanentJobError('The requester has no email address');
        const subject = cleanSubject(ticket.subject, ticket.number);
        const signature = displayNameOf(smtp.from) ?? 'Contact Center DJPK';
        const text = acknowledgementText({ name: ticket.name, number: ticket.number, subject, hours: describeServiceHours(await getServiceHours(db)), signature });
        // Derived from the ticket, so that a retry (or a rerun after a crash) sends the same id.
        const created = new Date(ticket.created_at).getTime().toString(36);
        await sendMail(mailer, {
          from: smtp.from,
          to: ticket.name ? { name: ticket.name, address: email.value } : email.value,
          subject: `${ticketToken(ticket.number)} Konsultasi Anda telah kami terima${subject ? `: ${subject}` : ''}`,
          messageId: `<sapa-ack-${ticket.number}-${created}@${domainOf(smtp.from)}>`,
          ...threadHeaders(await mailThreadOf(db, ticketId, 'first')),
          headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', 'X-Sapa-Ticket': String(ticket.number) },
          text,
          html: textToHtml(text),
        });
      });
    },
  };
}
