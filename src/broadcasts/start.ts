import { sql, type Kysely } from 'kysely';
import type { BroadcastChannel, Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { enqueue } from '../jobs/outbox.ts';
import { PermanentJobError } from '../jobs/worker.ts';
import { resolveAudience, type Candidate } from './audience.ts';
import { loadForSending } from './detail.ts';
import { SEND_JOB } from './schedule.ts';

type Db = Kysely<Database>;

const CHUNK = 500;
/** Tries per recipient before a temporary failure counts as failed. */
export const SEND_ATTEMPTS = 8;

/** Sends per second a blast is paced at, per channel. */
export type BlastRates = Record<BroadcastChannel, number>;

/** The send job's key: one job per recipient address, ever, so nothing is sent twice. */
export const sendDedupeKey = (broadcastId: number, address: string): string => `broadcast:${broadcastId}:${address}`;

/**
 * Writes one chunk of recipient rows and, in the same transaction, one send job for each new
 * queued row. Rows already there (a rerun after a crash) are skipped, and their jobs exist.
 * Jobs are spread out at the channel's rate, so that replies to tickets queued meanwhile
 * are not stuck behind the whole blast; the sender's own rate limiter stays the hard cap.
 */
async function queueChunk(db: Db, broadcastId: number, chunk: Candidate[], pace: { start: number; intervalMs: number; slot: number }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('broadcast_recipients')
      .values(chunk.map((c) => ({ broadcast_id: broadcastId, contact_id: c.contactId, address: c.address, name: c.name, status: c.optedOut ? 'skipped_opt_out' as const : 'queued' as const })))
      .onConflict((oc) => oc.columns(['broadcast_id', 'address']).doNothing())
      .returning(['address', 'status'])
      .execute();
    let slot = pace.slot;
    for (const row of inserted) {
      if (row.status !== 'queued') continue;
      const runAt = new Date(pace.start + Math.floor(slot++ * pace.intervalMs));
      await enqueue(trx, { type: SEND_JOB, payload: { broadcastId, address: row.address }, dedupeKey: sendDedupeKey(broadcastId, row.address), runAt, maxAttempts: SEND_ATTEMPTS });
    }
    return slot;
  });
}

/** A blast whose recipients are all final (none queued) is sent; safe to call any time. */
export async function finishIfDone(db: Db, broadcastId: number): Promise<void> {
  await db
    .updateTable('broadcasts')
    .set({ status: 'sent', completed_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('id', '=', broadcastId)
    .where('status', '=', 'sending')
    .where('audience_resolved_at', 'is not', null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('broadcast_recipients').select('id').where('broadcast_id', '=', broadcastId).where('status', '=', 'queued'))))
    .execute();
}

/**
 * The start job: a scheduled blast starts sending (sent_at is when it went out), its audience
 * is resolved and written as recipient rows with their send jobs, chunk by chunk. Run again
 * after a crash, it carries on where it stopped.
 */
export async function startBroadcast(db: Db, broadcastId: number, rates: BlastRates): Promise<void> {
  await db
    .updateTable('broadcasts')
    .set({ status: 'sending', sent_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('id', '=', broadcastId)
    .where('status', '=', 'scheduled')
    .execute();
  const b = await loadForSending(db, broadcastId);
  // Cancelled before it started, or already expanded by an earlier run.
  if (b.status !== 'sending' || b.audience_resolved_at) return;
  if (!b.audience) throw new PermanentJobError(`Broadcast ${broadcastId} has no audience`);
  const { recipients, summary } = await resolveAudience(db, b.channel, b.audience);
  const pace = { start: Date.now(), intervalMs: 1000 / Math.max(1, rates[b.channel]), slot: 0 };
  for (let i = 0; i < recipients.length; i += CHUNK) pace.slot = await queueChunk(db, broadcastId, recipients.slice(i, i + CHUNK), pace);
  const counted = await db
    .selectFrom('broadcast_recipients')
    .select(sql<number>`count(*)`.as('n'))
    .where('broadcast_id', '=', broadcastId)
    .where('status', '!=', 'skipped_opt_out')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('broadcasts')
    .set({ recipients: Number(counted.n), audience_summary: json(summary), audience_resolved_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('id', '=', broadcastId)
    .execute();
  await finishIfDone(db, broadcastId);
}
