import { sql, type Kysely } from 'kysely';
import type { Channel, Database, TicketStatus } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { findOrCreateContact, type RequesterInput } from '../contacts/service.ts';
import { zoneOfRegion } from '../directory/zones.ts';
import { loadCalendar } from '../platform/calendar-service.ts';
import { publish } from '../realtime/events.ts';
import { nextAgent } from './assignment.ts';
import { SEARCH_CONFIG } from './search.ts';

type Db = Kysely<Database>;

export interface AttachmentInput {
  filename: string;
  mimeType: string;
  content?: Buffer | undefined;
  sizeBytes?: number | undefined;
  sha256?: string | undefined;
  /** Where the bytes are when they are not in content (e.g. a media id still to download). */
  storageKey?: string | undefined;
}

/** A message from a requester, already turned from a channel's wire format into Sapa's terms. */
export interface InboundMessage {
  channel: Channel;
  from: RequesterInput;
  body: string;
  subject?: string | undefined;
  kind?: string | undefined;
  /** The channel's own id (wamid, Message-ID): a second delivery of the same id is ignored. */
  externalId?: string | undefined;
  receivedAt?: Date | undefined;
  attachments?: AttachmentInput[] | undefined;
  /** The ticket the channel already threaded this message to (email headers, a ticket link). */
  ticketId?: number | undefined;
  /** Topics known at arrival (e.g. from a chatbot menu). */
  topics?: string[] | undefined;
  metadata?: Record<string, unknown> | undefined;
  /** For imports and agent-created tickets: the source system's id of the ticket. */
  source?: { name: string; ref: string } | undefined;
}

export interface IngestResult {
  ticketId: number;
  messageId: number;
  created: boolean;
  duplicate: boolean;
}

/** Conversations on these channels continue in the requester's open ticket. */
const CONVERSATIONAL: ReadonlySet<Channel> = new Set(['whatsapp', 'livechat']);

async function duplicateOf(db: Db, externalId: string | undefined): Promise<IngestResult | undefined> {
  if (!externalId) return undefined;
  const row = await db.selectFrom('messages').select(['id', 'ticket_id']).where('external_id', '=', externalId).executeTakeFirst();
  return row ? { ticketId: row.ticket_id, messageId: row.id, created: false, duplicate: true } : undefined;
}

async function openTicketOf(db: Db, contactId: number, input: InboundMessage): Promise<number | undefined> {
  if (input.ticketId !== undefined) return input.ticketId;
  if (!CONVERSATIONAL.has(input.channel)) return undefined;
  const open = await db
    .selectFrom('tickets')
    .select('id')
    .where('contact_id', '=', contactId)
    .where('channel', '=', input.channel)
    .where('status', 'in', ['open', 'pending', 'escalated'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return open?.id;
}

async function createTicket(db: Db, contactId: number, input: InboundMessage, at: Date, cacheFrom: Db): Promise<number> {
  const contact = await db.selectFrom('contacts').select(['region_code', 'user_category']).where('id', '=', contactId).executeTakeFirstOrThrow();
  const calendar = await loadCalendar(db, cacheFrom);
  const subject = (input.subject?.trim() || input.body.trim().split('\n')[0] || '').slice(0, 200);
  const { id } = await db
    .insertInto('tickets')
    .values({
      channel: input.channel,
      contact_id: contactId,
      subject,
      user_category: contact.user_category,
      region_code: contact.region_code,
      zone: contact.region_code ? zoneOfRegion(contact.region_code) : null,
      inside_service_hours: calendar.isInsideServiceHours(at),
      assignee_id: await nextAgent(db),
      created_at: at,
      updated_at: at,
      last_message_at: at,
      ...(input.source ? { source: input.source.name, external_ref: input.source.ref } : {}),
      search: undefined,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.topics?.length) {
    await db.insertInto('ticket_topics').values(input.topics.map((topic_code) => ({ ticket_id: id, topic_code }))).onConflict((oc) => oc.doNothing()).execute();
  }
  return id;
}

export async function storeAttachments(db: Db, messageId: number, attachments: AttachmentInput[]): Promise<void> {
  for (const a of attachments) {
    await db
      .insertInto('attachments')
      .values({
        message_id: messageId,
        filename: a.filename.slice(0, 255),
        mime_type: a.mimeType,
        size_bytes: a.sizeBytes ?? a.content?.length ?? 0,
        sha256: a.sha256 ?? null,
        storage_key: a.storageKey ?? 'db',
        content: a.content ?? null,
      })
      .execute();
  }
}

/** Makes the text of a message findable in the inbox search. */
export const searchUpdate = (text: string) => sql<string>`search || to_tsvector(${sql.lit(SEARCH_CONFIG)}, ${text})`;

/**
 * The one entry point for every channel: stores the requester's message durably (in the
 * caller's transaction, before the channel acknowledges it), recognises the contact,
 * continues or opens a ticket, and announces it to the console. `cacheFrom` is the root
 * database when `db` is a transaction, so that the calendar cache (keyed by database) hits.
 */
export async function receiveInbound(db: Db, input: InboundMessage, cacheFrom: Db = db): Promise<IngestResult> {
  const duplicate = await duplicateOf(db, input.externalId);
  if (duplicate) return duplicate;
  const at = input.receivedAt ?? new Date();
  const contactId = await findOrCreateContact(db, input.from);
  const existing = await openTicketOf(db, contactId, input);
  const ticketId = existing ?? (await createTicket(db, contactId, input, at, cacheFrom));
  const message = await db
    .insertInto('messages')
    .values({
      ticket_id: ticketId,
      direction: 'inbound',
      kind: input.kind ?? 'text',
      body: input.body,
      external_id: input.externalId ?? null,
      author_label: input.from.name ?? null,
      metadata: json(input.metadata ?? {}),
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.attachments?.length) await storeAttachments(db, message.id, input.attachments);
  const ticket = await db
    .updateTable('tickets')
    .set((eb) => ({
      last_message_at: at,
      last_inbound_at: at,
      updated_at: new Date(),
      search: searchUpdate(`${existing ? '' : `${input.subject ?? ''} `}${input.body}`),
      // A requester writing again reopens a resolved ticket, and answers a pending one.
      status: eb.case().when('status', 'in', ['resolved', 'closed', 'pending']).then(eb.val<TicketStatus>('open')).else(eb.ref('status')).end(),
    }))
    .where('id', '=', ticketId)
    .returning(['id', 'team_id', 'assignee_id', 'status'])
    .executeTakeFirstOrThrow();
  const base = { ticket_id: ticket.id, team_id: ticket.team_id, assignee_id: ticket.assignee_id, status: ticket.status };
  if (!existing) await publish(db, { type: 'ticket.created', ...base });
  await publish(db, { type: 'message.created', ...base, message_id: message.id, direction: 'inbound' });
  return { ticketId, messageId: message.id, created: !existing, duplicate: false };
}
