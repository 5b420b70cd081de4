import type { Kysely } from 'kysely';
import type { Channel, Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { enqueue } from '../jobs/outbox.ts';
import { PermanentJobError, type JobInfo, type JobRegistry } from '../jobs/worker.ts';

type Db = Kysely<Database>;

export const SEND_MESSAGE_JOB = 'message.send';
const MAX_ATTEMPTS = 12;

/** What a channel adapter needs to deliver one reply. */
export interface OutboundMessage {
  messageId: number;
  ticketId: number;
  ticketNumber: number;
  channel: Channel;
  to: { name: string; phone: string | null; email: string | null };
  subject: string;
  body: string;
  /** Stable across retries: a channel that can deduplicate uses it. */
  idempotencyKey: string;
  /** A pre-approved template instead of free text (WhatsApp, outside the 24-hour window). */
  template?: { name: string; language: string; parameters?: string[] } | undefined;
}

/** A channel adapter's sender: returns the channel's id for the sent message. */
export type ChannelSender = (message: OutboundMessage) => Promise<{ externalId: string | null }>;

/** Queues an outbound message in the caller's transaction: it is sent only if that commits. */
export async function queueDelivery(db: Db, messageId: number, ticketId: number): Promise<void> {
  // One ticket's replies leave in the order written, even when one of them is retried.
  await enqueue(db, { type: SEND_MESSAGE_JOB, payload: { messageId }, dedupeKey: `message:${messageId}`, orderingKey: `ticket:${ticketId}`, maxAttempts: MAX_ATTEMPTS });
}

async function loadOutbound(db: Db, messageId: number): Promise<(OutboundMessage & { status: string | null }) | undefined> {
  const row = await db
    .selectFrom('messages')
    .innerJoin('tickets', 'tickets.id', 'messages.ticket_id')
    .innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
    .select(['messages.id', 'messages.body', 'messages.delivery_status', 'messages.metadata', 'tickets.id as ticket_id', 'tickets.number', 'tickets.channel', 'tickets.subject', 'tickets.contact_id', 'contacts.name'])
    .where('messages.id', '=', messageId)
    .executeTakeFirst();
  if (!row) return undefined;
  const identities = await db.selectFrom('contact_identities').select(['kind', 'value']).where('contact_id', '=', row.contact_id).where('undeliverable', '=', false).orderBy('created_at').execute();
  return {
    messageId: row.id, ticketId: row.ticket_id, ticketNumber: row.number, channel: row.channel, subject: row.subject, body: row.body,
    to: { name: row.name, phone: identities.find((i) => i.kind === 'phone')?.value ?? null, email: identities.find((i) => i.kind === 'email')?.value ?? null },
    idempotencyKey: `sapa-message-${row.id}`,
    template: (row.metadata as { template?: OutboundMessage['template'] }).template,
    status: row.delivery_status,
  };
}

async function markFailed(db: Db, messageId: number, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await db.updateTable('messages').set({ delivery_status: 'failed', delivery_error: json({ message }) }).where('id', '=', messageId).execute();
}

/** Registers the job that hands queued replies to their channel's sender. */
export function registerDelivery(registry: JobRegistry, db: Db, senders: ReadonlyMap<Channel, ChannelSender>): void {
  registry.register(SEND_MESSAGE_JOB, async (payload: unknown, job: JobInfo) => {
    const { messageId } = payload as { messageId: number };
    const outbound = await loadOutbound(db, messageId);
    if (!outbound) throw new PermanentJobError(`Message ${messageId} no longer exists`);
    // Already handed over (a retry after a crash between sending and marking done).
    if (outbound.status !== 'queued') return;
    const send = senders.get(outbound.channel);
    if (!send) {
      const error = new PermanentJobError(`No sender is configured for the ${outbound.channel} channel`);
      await markFailed(db, messageId, error);
      throw error;
    }
    try {
      const { externalId } = await send(outbound);
      await db
        .updateTable('messages')
        .set({ delivery_status: 'sent', delivery_error: null, ...(externalId ? { external_id: externalId } : {}) })
        .where('id', '=', messageId)
        .where('delivery_status', '=', 'queued')
        .execute();
    } catch (error) {
      if (error instanceof PermanentJobError || job.attempts >= MAX_ATTEMPTS) await markFailed(db, messageId, error);
      throw error;
    }
  });
}
