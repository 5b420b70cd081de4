import type { Kysely } from 'kysely';
import type { Database, TicketStatus } from '../../db/schema.ts';

type Db = Kysely<Database>;

export interface ThreadAttachment {
  id: number;
  filename: string;
  sizeBytes: number;
}

export interface ThreadMessage {
  fromRequester: boolean;
  body: string;
  at: Date;
  attachments: ThreadAttachment[];
}

export interface FollowedTicket {
  id: number;
  number: number;
  status: TicketStatus;
  subject: string;
  messages: ThreadMessage[];
}

/**
 * What the requester may see of their ticket: its status and the conversation (their
 * messages and agents' replies); internal notes never leave the console.
 */
export async function followedTicket(db: Db, ticketId: number): Promise<FollowedTicket | undefined> {
  const ticket = await db.selectFrom('tickets').select(['id', 'number', 'status', 'subject']).where('id', '=', ticketId).executeTakeFirst();
  if (!ticket) return undefined;
  const messages = await db.selectFrom('messages')
    .select(['id', 'direction', 'body', 'created_at'])
    .where('ticket_id', '=', ticketId)
    .where('direction', 'in', ['inbound', 'outbound'])
    .orderBy('created_at').orderBy('id')
    .execute();
  const attachments = messages.length === 0 ? [] : await db.selectFrom('attachments')
    .select(['id', 'message_id', 'filename', 'size_bytes'])
    .where('message_id', 'in', messages.map((m) => m.id))
    .orderBy('id')
    .execute();
  return {
    ...ticket,
    messages: messages.map((m) => ({
      fromRequester: m.direction === 'inbound',
      body: m.body,
      at: new Date(m.created_at),
      attachments: attachments.filter((a) => a.message_id === m.id).map((a) => ({ id: a.id, filename: a.filename, sizeBytes: a.size_bytes })),
    })),
  };
}

/** An attachment of the ticket's visible conversation (never of an internal note), with its bytes. */
export async function visibleAttachment(db: Db, ticketId: number, attachmentId: number) {
  return db.selectFrom('attachments')
    .innerJoin('messages', 'messages.id', 'attachments.message_id')
    .select(['attachments.filename', 'attachments.mime_type', 'attachments.content'])
    .where('attachments.id', '=', attachmentId)
    .where('messages.ticket_id', '=', ticketId)
    .where('messages.direction', 'in', ['inbound', 'outbound'])
    .executeTakeFirst();
}
