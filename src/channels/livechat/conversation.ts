import type { Kysely } from 'kysely';
import type { Channel, Database, TicketStatus } from '../../db/schema.ts';
import { receiveInbound } from '../../tickets/ingest.ts';
import { availability } from './availability.ts';
import type { Visitor } from './visitor.ts';

type Db = Kysely<Database>;

const OPEN: readonly TicketStatus[] = ['open', 'pending', 'escalated'];
export const MAX_MESSAGE_CHARS = 4000;

/** One line of the conversation as the widget shows it. */
export interface ChatLine {
  id: number;
  from: 'visitor' | 'agent';
  body: string;
  at: string;
  /** The widget's own id of a visitor's message, so that it can match its pending copy. */
  clientId?: string | undefined;
}

export interface Stored {
  messageId: number;
  ticketId: number;
  channel: Channel;
  duplicate: boolean;
}

async function currentTicket(db: Db, visitor: Visitor) {
  if (visitor.ticket_id === null) return undefined;
  const ticket = await db.selectFrom('tickets').select(['id', 'channel', 'status']).where('id', '=', visitor.ticket_id).executeTakeFirst();
  return ticket && OPEN.includes(ticket.status) ? ticket : undefined;
}

/**
 * Whether the requester's open live chat belongs to another visitor (someone typed the same,
 * unverified, email): then this visitor gets a conversation of their own, not a view of that one.
 */
async function heldByAnother(db: Db, visitor: Visitor): Promise<boolean> {
  const row = await db.selectFrom('contact_identities')
    .innerJoin('tickets', 'tickets.contact_id', 'contact_identities.contact_id')
    .innerJoin('livechat_visitors', 'livechat_visitors.ticket_id', 'tickets.id')
    .select('tickets.id')
    .where('contact_identities.kind', '=', 'email').where('contact_identities.value', '=', visitor.email)
    .where('tickets.channel', '=', 'livechat').where('tickets.status', 'in', OPEN)
    .where('livechat_visitors.id', '<>', visitor.id)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Stores a visitor's message durably before the widget is told so: in the visitor's open
 * conversation, or a new one (a live chat while agents answer, a help-desk ticket when they
 * do not). The widget's message id makes a resend after a lost acknowledgement a no-op.
 */
export async function storeVisitorMessage(db: Db, visitor: Visitor, clientId: string, body: string): Promise<Stored> {
  return db.transaction().execute(async (trx) => {
    const fresh = await trx.selectFrom('livechat_visitors').selectAll().where('id', '=', visitor.id).forUpdate().executeTakeFirstOrThrow();
    const current = await currentTicket(trx, fresh);
    const channel: Channel = current?.channel ?? ((await availability(trx, db)).online ? 'livechat' : 'helpdesk');
    const isolated = !current && channel === 'livechat' && (await heldByAnother(trx, fresh));
    const result = await receiveInbound(trx, {
      channel,
      from: { name: fresh.name, email: isolated ? null : fresh.email, institution: fresh.institution, regionCode: fresh.region_code },
      body,
      subject: current ? undefined : channel === 'helpdesk' ? `Live chat di luar jam layanan: ${body}` : undefined,
      externalId: `livechat:${fresh.id}:${clientId}`,
      ticketId: current?.id,
      metadata: { livechat_visitor: fresh.id, client_id: clientId, ...(isolated ? { email: fresh.email } : {}) },
    }, db);
    if (!result.duplicate && result.ticketId !== fresh.ticket_id) {
      const contact = await trx.selectFrom('tickets').select('contact_id').where('id', '=', result.ticketId).executeTakeFirstOrThrow();
      await trx.updateTable('livechat_visitors').set({ ticket_id: result.ticketId, contact_id: contact.contact_id }).where('id', '=', fresh.id).execute();
    }
    const ticket = await trx.selectFrom('tickets').select('channel').where('id', '=', result.ticketId).executeTakeFirstOrThrow();
    return { messageId: result.messageId, ticketId: result.ticketId, channel: ticket.channel, duplicate: result.duplicate };
  });
}

/** The conversation's visible messages after `afterId` (none of the internal notes). */
export async function linesAfter(db: Db, ticketId: number, afterId: number, onlyId?: number): Promise<ChatLine[]> {
  let query = db.selectFrom('messages')
    .select(['id', 'direction', 'body', 'created_at', 'metadata'])
    .where('ticket_id', '=', ticketId)
    .where('direction', 'in', ['inbound', 'outbound'])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(500);
  if (onlyId !== undefined) query = query.where('id', '=', onlyId);
  const rows = await query.execute();
  return rows.map((m) => ({
    id: m.id,
    from: m.direction === 'inbound' ? 'visitor' : 'agent',
    body: m.body,
    at: new Date(m.created_at).toISOString(),
    clientId: typeof m.metadata.client_id === 'string' ? m.metadata.client_id : undefined,
  }));
}

/** The widget showed agents' replies up to this id: they were delivered. */
export async function markSeen(db: Db, ticketId: number, upToId: number): Promise<void> {
  await db.updateTable('messages')
    .set({ delivery_status: 'delivered' })
    .where('ticket_id', '=', ticketId)
    .where('direction', '=', 'outbound')
    .where('id', '<=', upToId)
    .where('delivery_status', 'in', ['queued', 'sent'])
    .execute();
}
