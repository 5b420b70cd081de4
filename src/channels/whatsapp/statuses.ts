import type { Kysely } from 'kysely';
import type { Database, DeliveryStatus } from '../../db/schema.ts';
import { json } from '../../db/sql.ts';
import type { WebhookStatus } from './webhook-types.ts';
import { recordBroadcastStatus } from '../../broadcasts/statuses.ts';

/** Statuses only move forward: Meta sends them out of order, and "read" may come without "delivered". */
const RANK: Record<DeliveryStatus, number> = { queued: 0, sent: 1, delivered: 2, failed: 2, read: 3 };

const isKnown = (status: string): status is DeliveryStatus => status in RANK;

/** Records a status update on the outbound message it names; unknown ids (bot turns) are ignored. */
export async function recordStatus(db: Kysely<Database>, status: WebhookStatus): Promise<void> {
  if (!isKnown(status.status)) return;
  const next = status.status;
  const message = await db.selectFrom('messages').select(['id', 'delivery_status']).where('external_id', '=', `wa:${status.id}`).executeTakeFirst();
  if (!message) {
    // Not a ticket message: perhaps a blast's.
    await recordBroadcastStatus(db, status);
    return;
  }
  const current = message.delivery_status ?? 'queued';
  if (RANK[next] < RANK[current] || (RANK[next] === RANK[current] && next === current)) return;
  const error = status.errors?.[0];
  await db
    .updateTable('messages')
    .set({ delivery_status: next, ...(next === 'failed' ? { delivery_error: json({ code: error?.code ?? null, message: error?.message ?? error?.title ?? 'failed', details: error?.error_data?.details ?? null }) } : {}) })
    .where('id', '=', message.id)
    .execute();
}
