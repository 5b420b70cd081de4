import type { Kysely } from 'kysely';
import type { BroadcastChannel, Database } from '../db/schema.ts';
import { enqueue } from '../jobs/outbox.ts';
import { recordAudit } from '../audit/service.ts';
import type { AuditActor } from '../auth/actor.ts';
import { conflict, validation } from '../platform/errors.ts';
import { resolveAudience, type AudienceSummary } from './audience.ts';
import { checkContent, renderMessage, type RenderedMessage } from './content.ts';
import { getBroadcast, loadForSending, type BroadcastView } from './detail.ts';

type Db = Kysely<Database>;

export const START_JOB = 'broadcast.start';
export const SEND_JOB = 'broadcast.send';

/** Which channels can send here (WhatsApp configured, an outbound mail relay configured). */
export type ChannelReadiness = Record<BroadcastChannel, boolean>;

export interface Preview {
  /** Addresses that will receive it (opted-out ones excluded). */
  count: number;
  summary: AudienceSummary;
  recipients: { address: string; name: string; contact_id: number | null; opted_out: boolean }[];
  /** The message as the first recipient receives it. */
  message: RenderedMessage;
}

/** The audience as it stands now, its first recipients and the rendered message. */
export async function previewBroadcast(db: Db, id: number, limit = 10): Promise<Preview> {
  const b = await loadForSending(db, id);
  if (!b.audience) throw validation('Siaran ini belum memiliki penerima');
  const { recipients, summary } = await resolveAudience(db, b.channel, b.audience);
  const receiving = recipients.filter((r) => !r.optedOut);
  return {
    count: receiving.length,
    summary,
    recipients: recipients.slice(0, limit).map((r) => ({ address: r.address, name: r.name, contact_id: r.contactId, opted_out: r.optedOut })),
    message: await renderMessage(db, b.content, receiving[0]?.name ?? ''),
  };
}

/**
 * Schedules a draft for `scheduledAt`, or now. The start job resolves the audience when it
 * runs (contacts may change meanwhile) and queues one send per recipient.
 */
export async function scheduleBroadcast(db: Db, actor: AuditActor, id: number, o: { ready: ChannelReadiness; scheduledAt?: Date | undefined; now?: Date }): Promise<BroadcastView> {
  const b = await loadForSending(db, id);
  if (b.status !== 'draft') throw conflict(`Siaran ${id} berstatus ${b.status}: hanya draf yang dapat dikirim atau dijadwalkan`);
  if (!o.ready[b.channel]) {
    throw validation(b.channel === 'whatsapp' ? 'Saluran WhatsApp belum dikonfigurasi (WHATSAPP_PHONE_NUMBER_ID)' : 'Relay email keluar belum dikonfigurasi (SMTP_URL dan MAIL_FROM)');
  }
  await checkContent(db, b.content);
  if (!b.audience) throw validation('Siaran ini belum memiliki penerima');
  const { recipients } = await resolveAudience(db, b.channel, b.audience);
  if (!recipients.some((r) => !r.optedOut)) throw validation('Tidak ada penerima yang dapat dikirimi siaran ini');
  const now = o.now ?? new Date();
  const at = o.scheduledAt && o.scheduledAt > now ? o.scheduledAt : now;
  return db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('broadcasts')
      .set({ status: 'scheduled', scheduled_at: at, updated_by: actor.userId, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw conflict(`Siaran ${id} sudah dijadwalkan atau dibatalkan`);
    await enqueue(trx, { type: START_JOB, payload: { broadcastId: id }, runAt: at, dedupeKey: `broadcast:${id}:start` });
    await recordAudit(trx, actor, { action: 'broadcast.schedule', entity: 'broadcast', entityId: id, before: { status: 'draft' }, after: { status: 'scheduled', scheduled_at: at } });
    return getBroadcast(trx, id);
  });
}
