import { sql, type Kysely } from 'kysely';
import type { BroadcastRecipientStatus, Database } from '../db/schema.ts';
import type { WebhookStatus } from '../channels/whatsapp/webhook-types.ts';

// Statuses only move forward: Meta sends them out of order, and "read" may come without "delivered".
const RANK: Partial<Record<BroadcastRecipientStatus, number>> = { sent: 1, delivered: 2, failed: 2, read: 3 };

const atOf = (status: WebhookStatus): Date => {
  const seconds = Number(status.timestamp);
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : new Date();
};

function failureReason(status: WebhookStatus): string {
  const e = status.errors?.[0];
  if (!e) return 'failed';
  const text = e.message ?? e.title ?? 'failed';
  const details = e.error_data?.details && e.error_data.details !== text ? ` (${e.error_data.details})` : '';
  return `${e.code ?? ''}${e.code !== undefined ? ': ' : ''}${text}${details}`.slice(0, 1000);
}

/**
 * A WhatsApp status webhook for a blast message (found by its wamid) moves the recipient to
 * delivered, read or failed with Meta's reason. Returns false when the wamid is no blast's.
 */
export async function recordBroadcastStatus(db: Kysely<Database>, status: WebhookStatus): Promise<boolean> {
  const next = status.status as BroadcastRecipientStatus;
  const rank = RANK[next];
  const row = await db.selectFrom('broadcast_recipients').select(['id', 'status']).where('external_id', '=', status.id).executeTakeFirst();
  if (!row) return false;
  const current = RANK[row.status];
  if (rank === undefined || current === undefined || rank < current || (rank === current && next === row.status)) return true;
  const at = atOf(status);
  await db
    .updateTable('broadcast_recipients')
    .set({
      status: next,
      updated_at: sql<Date>`now()`,
      ...(next === 'delivered' ? { delivered_at: at } : {}),
      // A message read was delivered, even when Meta never said so.
      ...(next === 'read' ? { read_at: at, delivered_at: sql<Date>`coalesce(delivered_at, ${at})` } : {}),
      ...(next === 'failed' ? { error: failureReason(status) } : {}),
    })
    .where('id', '=', row.id)
    .execute();
  return true;
}
