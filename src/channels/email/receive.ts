import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, TicketStatus } from '../../db/schema.ts';
import { json } from '../../db/sql.ts';
import { normaliseEmail } from '../../contacts/identity.ts';
import { publish } from '../../realtime/events.ts';
import { receiveInbound, searchUpdate, storeAttachments, type AttachmentInput } from '../../tickets/ingest.ts';
import { parseBounce, type Bounce } from './bounce.ts';
import { looksLikeLetter } from './letters.ts';
import { isAutomated, type AutomatedVerdict } from './loops.ts';
import { parseEmail, sanitiseHtml, type ParsedEmail } from './parse.ts';
import { findThread, mailExternalId } from './thread.ts';

type Db = Kysely<Database>;

export interface ReceiveOptions {
  source: 'smtp' | 'imap';
  /** MAIL_FROM: mail from this address is Sapa's own and never answered. */
  ownAddress?: string | undefined;
  /** The SMTP envelope sender, used when the From header cannot be read. */
  envelopeFrom?: string | undefined;
}

export interface ReceiveResult {
  ticketId: number;
  messageId: number;
  created: boolean;
  /** The Message-ID was already taken: nothing was stored. */
  duplicate: boolean;
  automated: boolean;
  /** A delivery status notification about mail Sapa sent. */
  bounce?: Bounce | undefined;
  malformed: boolean;
  /** Whether an acknowledgement of receipt may be sent (a new request from a person). */
  acknowledge: boolean;
}

export const LETTER_TOPIC = 'SURAT_MASUK';
/** Sanitised HTML kept for display; larger bodies are cut (the original is attached whole). */
const MAX_HTML_CHARS = 200 * 1024;

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/** A mail without a Message-ID is known by its bytes, so a second delivery is still recognised. */
const externalIdOf = (parsed: ParsedEmail, raw: Buffer): string =>
  mailExternalId(parsed.messageId ?? sha256(raw));

function attachmentsOf(parsed: ParsedEmail, raw: Buffer): AttachmentInput[] {
  const parts = parsed.attachments.map((a) => ({ filename: a.filename, mimeType: a.mimeType, content: a.content, sizeBytes: a.size, sha256: sha256(a.content) }));
  // The message as it arrived, so that nothing the parser missed is lost.
  return [...parts, { filename: 'original.eml', mimeType: 'message/rfc822', content: raw, sizeBytes: raw.length, sha256: sha256(raw) }];
}

function cappedHtml(html: string | undefined): string | undefined {
  if (!html || html.length <= MAX_HTML_CHARS) return html;
  // Sanitising again closes the tags the cut left open.
  return sanitiseHtml(html.slice(0, MAX_HTML_CHARS));
}

function metadataOf(parsed: ParsedEmail, verdict: AutomatedVerdict, source: ReceiveOptions['source'], bounce: Bounce | undefined): Record<string, unknown> {
  return {
    source,
    message_id: parsed.messageId ?? null,
    in_reply_to: parsed.inReplyTo ?? null,
    references: parsed.references,
    to: parsed.to,
    cc: parsed.cc,
    date: parsed.date?.toISOString() ?? null,
    automated: verdict.automated,
    automated_reason: verdict.reason ?? null,
    malformed: parsed.malformed,
    html: cappedHtml(parsed.html) ?? null,
    // The quoted history folded out of the body, for "show quoted text".
    full_text: parsed.visibleText === parsed.text.trim() ? null : parsed.text.slice(0, MAX_HTML_CHARS),
    ...(bounce ? { bounce } : {}),
  };
}

/** IMAP fetches late: its Date header is closer to the arrival than the fetch (unless it lies about the future). */
function arrivalOf(parsed: ParsedEmail, source: ReceiveOptions['source']): Date {
  const now = new Date();
  return source === 'imap' && parsed.date && parsed.date <= now ? parsed.date : now;
}

async function markUndeliverable(db: Db, bounce: Bounce): Promise<void> {
  const address = bounce.recipient ? normaliseEmail(bounce.recipient) : null;
  if (!bounce.permanent || !address) return;
  await db.updateTable('contact_identities').set({ undeliverable: true }).where('kind', '=', 'email').where('value', '=', address).execute();
}

interface Filing {
  parsed: ParsedEmail;
  raw: Buffer;
  externalId: string;
  metadata: Record<string, unknown>;
  at: Date;
}

/** Files a bounce on the ticket of the message it returns; undefined when that message is unknown. */
async function fileBounce(db: Db, bounce: Bounce, filing: Filing): Promise<{ ticketId: number; messageId: number } | undefined> {
  if (!bounce.originalMessageId) return undefined;
  const original = await db.selectFrom('messages').select(['id', 'ticket_id', 'direction']).where('external_id', '=', mailExternalId(bounce.originalMessageId)).executeTakeFirst();
  if (!original) return undefined;
  const { parsed } = filing;
  const message = await db
    .insertInto('messages')
    .values({ ticket_id: original.ticket_id, direction: 'inbound', kind: 'bounce', body: parsed.visibleText, external_id: filing.externalId, author_label: parsed.from?.name || parsed.from?.address || null, metadata: json(filing.metadata), created_at: filing.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await storeAttachments(db, message.id, attachmentsOf(parsed, filing.raw));
  if (bounce.permanent && original.direction === 'outbound') {
    await db.updateTable('messages').set({ delivery_status: 'failed', delivery_error: json({ code: bounce.status, message: bounce.diagnostic ?? 'undeliverable' }) }).where('id', '=', original.id).execute();
  }
  const ticket = await db
    .updateTable('tickets')
    .set((eb) => ({
      last_message_at: filing.at,
      updated_at: new Date(),
      search: searchUpdate(parsed.visibleText),
      // The answer never arrived: a resolved ticket is not done after all.
      status: bounce.permanent ? eb.case().when('status', 'in', ['resolved', 'closed']).then(eb.val<TicketStatus>('open')).else(eb.ref('status')).end() : eb.ref('status'),
    }))
    .where('id', '=', original.ticket_id)
    .returning(['id', 'team_id', 'assignee_id'])
    .executeTakeFirstOrThrow();
  await publish(db, { type: 'message.created', ticket_id: ticket.id, team_id: ticket.team_id, assignee_id: ticket.assignee_id, message_id: message.id, direction: 'inbound' });
  return { ticketId: original.ticket_id, messageId: message.id };
}

async function store(db: Db, parsed: ParsedEmail, raw: Buffer, options: ReceiveOptions, cacheFrom: Db): Promise<ReceiveResult> {
  const externalId = externalIdOf(parsed, raw);
  const verdict = isAutomated(parsed, options.ownAddress);
  const base = { automated: verdict.automated, malformed: parsed.malformed, acknowledge: false };
  const taken = await db.selectFrom('messages').select(['id', 'ticket_id']).where('external_id', '=', externalId).executeTakeFirst();
  if (taken) return { ...base, ticketId: taken.ticket_id, messageId: taken.id, created: false, duplicate: true };

  const bounce = parseBounce(parsed, raw);
  const filing: Filing = { parsed, raw, externalId, metadata: metadataOf(parsed, verdict, options.source, bounce), at: arrivalOf(parsed, options.source) };
  if (bounce) {
    await markUndeliverable(db, bounce);
    const filed = await fileBounce(db, bounce, filing);
    if (filed) return { ...base, ...filed, created: false, duplicate: false, bounce };
  }
  const ticketId = await findThread(db, parsed);
  const stored = await receiveInbound(db, {
    channel: 'email',
    from: { email: parsed.from?.address ?? options.envelopeFrom, name: parsed.from?.name || undefined },
    subject: parsed.subject || undefined,
    body: parsed.visibleText,
    kind: bounce ? 'bounce' : undefined,
    externalId,
    ticketId,
    attachments: attachmentsOf(parsed, raw),
    topics: ticketId === undefined && looksLikeLetter(parsed) ? [LETTER_TOPIC] : undefined,
    metadata: filing.metadata,
    receivedAt: filing.at,
  }, cacheFrom);
  const acknowledge = stored.created && !verdict.automated && !bounce;
  return { ...base, ...stored, bounce, acknowledge };
}

/**
 * Stores one received email durably (call before acknowledging it to the relay or the
 * mailbox): threads it to its ticket or opens one, files bounces, and tells the caller
 * whether an acknowledgement may be sent. Runs in its own transaction, or in the caller's.
 */
export async function receiveEmail(db: Db, raw: Buffer, options: ReceiveOptions): Promise<ReceiveResult> {
  const parsed = await parseEmail(raw);
  if (db.isTransaction) return store(db, parsed, raw, options, db);
  return db.transaction().execute((trx) => store(trx, parsed, raw, options, db));
}
