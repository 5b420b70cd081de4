import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { createTransport, type NodemailerError, type SendMailOptions, type Transporter } from 'nodemailer';
import type { Database } from '../../db/schema.ts';
import { json } from '../../db/sql.ts';
import { PermanentJobError } from '../../jobs/worker.ts';
import type { ChannelSender } from '../../tickets/delivery.ts';

type Db = Kysely<Database>;

/** The outbound relay: the URL of the SMTP server Sapa sends through, and the From address. */
export interface SmtpSettings {
  url: string;
  from: string;
}

/** Anything that can send a message the way a nodemailer transporter does (a test may pass its own). */
export type MailTransport = Pick<Transporter, 'sendMail'>;

/** A reply quotes at most this many ancestors in References; MUAs thread on the last few anyway. */
const MAX_REFERENCES = 20;

/** A nodemailer transporter for the relay, with timeouts so a hung relay fails the attempt (and it is retried). */
export function createMailTransport(url: string): Transporter {
  return createTransport({ url, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
}

/** The domain of the From address ("DJPK <cc@kemenkeu.go.id>" → kemenkeu.go.id), for Message-IDs. */
export function domainOf(from: string): string {
  const match = /@([^\s<>@"]+?)>?\s*$/.exec(from.trim());
  if (!match?.[1]) throw new Error(`MAIL_FROM "${from}" has no domain to build Message-IDs with`);
  return match[1].toLowerCase();
}

/** The display name of the From address, if it has one. */
export function displayNameOf(from: string): string | undefined {
  const name = /^\s*"?([^"<]*?)"?\s*</.exec(from)?.[1]?.trim();
  return name || undefined;
}

/** A Message-ID without its angle brackets. */
export const bare = (id: string): string => id.trim().replace(/^<+/, '').replace(/>+$/, '').trim();

/** Message-IDs from a References/In-Reply-To value, whatever shape it was stored in (array or text). */
function idsOf(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return parts
    .filter((p): p is string => typeof p === 'string')
    .flatMap((p) => p.match(/<[^<>]+>/g) ?? p.split(/\s+/))
    .map(bare)
    .filter(Boolean);
}

/** Where a mail about this ticket hangs in the requester's thread. */
export interface MailThread {
  /** The Message-ID replied to (no brackets), if the requester wrote by email. */
  inReplyTo: string | undefined;
  /** The chain of ancestors, oldest first, ending with inReplyTo (no brackets). */
  references: string[];
}

/**
 * The thread of the ticket's last (or first) email from the requester: In-Reply-To is that
 * message's id, References its own references plus its id, capped to the last 20.
 */
export async function mailThreadOf(db: Db, ticketId: number, which: 'last' | 'first' = 'last'): Promise<MailThread> {
  const order = which === 'last' ? 'desc' : 'asc';
  const row = await db
    .selectFrom('messages')
    .select(['external_id', 'metadata'])
    .where('ticket_id', '=', ticketId)
    .where('direction', '=', 'inbound')
    .where('external_id', 'like', 'mail:%')
    .orderBy('created_at', order)
    .orderBy('id', order)
    .limit(1)
    .executeTakeFirst();
  if (!row?.external_id) return { inReplyTo: undefined, references: [] };
  const metadata = row.metadata;
  const own = idsOf(metadata.message_id)[0] ?? bare(row.external_id.slice('mail:'.length));
  const chain = [...idsOf(metadata.references), own].filter((id, i, all) => all.indexOf(id) === i);
  return { inReplyTo: own, references: chain.slice(-MAX_REFERENCES) };
}

/** The ticket token that threads a requester's answer back to the ticket. */
export const ticketToken = (ticketNumber: number): string => `[#${ticketNumber}]`;

/** A subject without reply prefixes (Re:, RE[2]:, AW:, Balas:) or this ticket's token, on one line. */
export function cleanSubject(subject: string, ticketNumber: number): string {
  let s = subject.replaceAll(ticketToken(ticketNumber), ' ').replace(/\s+/g, ' ').trim();
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(/^(re|aw|sv|balas)\s*(\[\d+\]|\(\d+\))?\s*:\s*/i, '');
  }
  return s;
}

/** `Re: <subject> [#<number>]`, never "Re: Re:" nor the token twice. */
export function replySubject(subject: string, ticketNumber: number): string {
  return `Re: ${cleanSubject(subject, ticketNumber) || 'Konsultasi DJPK'} ${ticketToken(ticketNumber)}`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The plain text as a simple HTML alternative: escaped, line breaks kept. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c).replace(/\r?\n/g, '<br>\n');
  return `<!doctype html>\n<html><body><div style="font-family:sans-serif;white-space:normal">${escaped}</div></body></html>\n`;
}

/**
 * SMTP failures as job outcomes: a permanent rejection (5xx, e.g. 550 mailbox unavailable)
 * fails the job with the server's words; a refused connection, a timeout or a 4xx is
 * retried with backoff. A refused login (EAUTH) is the relay's configuration, not this
 * message's fault, so it is retried too (until the attempts run out).
 */
export function toMailJobError(error: unknown): Error {
  const e = error as NodemailerError;
  const permanent = e.permanent ?? (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600 && e.responseCode !== 503);
  if (permanent && e.code !== 'EAUTH') {
    return new PermanentJobError(`The mail server refused the message: ${e.response?.trim() || e.message}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * The reply's own Message-ID (no brackets), written on the message before the first try so
 * that every retry sends the same id and a relay or mail client can drop a duplicate.
 */
async function ownMessageId(db: Db, messageId: number, domain: string): Promise<string> {
  const stored = async () => {
    const row = await db.selectFrom('messages').select('metadata').where('id', '=', messageId).executeTakeFirst();
    const id = row?.metadata.message_id;
    return typeof id === 'string' && id ? bare(id) : undefined;
  };
  const existing = await stored();
  if (existing) return existing;
  const fresh = `sapa-${messageId}-${randomBytes(6).toString('hex')}@${domain}`;
  await db
    .updateTable('messages')
    .set({ metadata: sql<string>`metadata || ${json({ message_id: fresh })}::jsonb` })
    .where('id', '=', messageId)
    .where(sql<string | null>`metadata->>'message_id'`, 'is', null)
    .execute();
  // Another run may have won the race: its id is the one to use.
  return (await stored()) ?? fresh;
}

/** Sends one message, turning SMTP failures into retries or permanent failures. */
export async function sendMail(transport: MailTransport, mail: SendMailOptions): Promise<void> {
  try {
    await transport.sendMail(mail);
  } catch (error) {
    throw toMailJobError(error);
  }
}

/** Threading headers for nodemailer (it adds the angle brackets). */
export function threadHeaders(thread: MailThread): Pick<SendMailOptions, 'inReplyTo' | 'references'> {
  return thread.inReplyTo ? { inReplyTo: `<${thread.inReplyTo}>`, references: thread.references.map((id) => `<${id}>`) } : {};
}

/**
 * The email channel's sender: an agent's reply as a mail from MAIL_FROM to the requester,
 * with its own Message-ID, In-Reply-To/References to the requester's last mail, the subject
 * `Re: <ticket subject> [#<number>]`, and a text body with an HTML alternative. Returns
 * `mail:<Message-ID>` so that the requester's answer threads by In-Reply-To.
 */
export function createEmailSender(db: Db, smtp: SmtpSettings, transport: MailTransport = createMailTransport(smtp.url)): ChannelSender {
  const domain = domainOf(smtp.from);
  return async (outbound) => {
    const address = outbound.to.email;
    if (!address) throw new PermanentJobError('The requester has no email address');
    const messageId = await ownMessageId(db, outbound.messageId, domain);
    const thread = await mailThreadOf(db, outbound.ticketId);
    await sendMail(transport, {
      from: smtp.from,
      to: outbound.to.name ? { name: outbound.to.name, address } : address,
      subject: replySubject(outbound.subject, outbound.ticketNumber),
      messageId: `<${messageId}>`,
      ...threadHeaders(thread),
      // An agent's reply is not automatic: no Auto-Submitted header, so the requester's auto-replies still reach us.
      headers: { 'X-Sapa-Ticket': String(outbound.ticketNumber) },
      text: outbound.body,
      html: textToHtml(outbound.body),
    });
    return { externalId: `mail:${messageId}` };
  };
}
