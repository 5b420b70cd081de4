import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { PermanentJobError, RetryJobLater, type JobInfo } from '../jobs/worker.ts';
import type { ChannelSender } from '../tickets/delivery.ts';
import { contentOf, messageFor, type RenderedMessage } from './content.ts';
import { finishIfDone, SEND_ATTEMPTS } from './start.ts';

type Db = Kysely<Database>;

/** Sends one blast email; returns its Message-ID (without brackets). */
export type BlastMailer = (broadcastId: number, to: { address: string; name: string }, message: { subject: string; text: string }) => Promise<string>;

export interface BlastSenders {
  /** The WhatsApp channel's sender: its Graph client and rate limiter are shared with ticket replies. */
  whatsapp?: ChannelSender | undefined;
  email?: BlastMailer | undefined;
}

export interface SendPayload {
  broadcastId: number;
  address: string;
}

const MAX_ERROR = 1000;
const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR);

async function loadRecipient(db: Db, p: SendPayload) {
  return db
    .selectFrom('broadcast_recipients as r')
    .innerJoin('broadcasts as b', 'b.id', 'r.broadcast_id')
    .select(['r.id', 'r.name', 'r.status', 'b.channel', 'b.subject', 'b.body', 'b.template_name', 'b.template_language', 'b.template_parameters'])
    // Checked at send time too: someone may opt out while the blast is going out.
    .select((eb) => eb.exists(eb.selectFrom('opt_outs').select('value').whereRef('opt_outs.value', '=', 'r.address').where('opt_outs.kind', '=', sql<'phone' | 'email'>`case when b.channel = 'whatsapp' then 'phone' else 'email' end`)).as('opted_out'))
    .where('r.broadcast_id', '=', p.broadcastId)
    .where('r.address', '=', p.address)
    .executeTakeFirst();
}

/** Hands one message to its channel; returns the channel's id for it (wamid or Message-ID). */
async function deliver(senders: BlastSenders, p: SendPayload, name: string, message: RenderedMessage): Promise<string> {
  if (message.channel === 'email') {
    if (!senders.email) throw new PermanentJobError('Relay email keluar belum dikonfigurasi (SMTP_URL dan MAIL_FROM)');
    return senders.email(p.broadcastId, { address: p.address, name }, message);
  }
  if (!senders.whatsapp) throw new PermanentJobError('Saluran WhatsApp belum dikonfigurasi');
  const { externalId } = await senders.whatsapp({
    messageId: 0, ticketId: 0, ticketNumber: 0, channel: 'whatsapp', subject: '', body: message.text,
    to: { name, phone: p.address, email: null },
    idempotencyKey: `sapa-broadcast-${p.broadcastId}-${p.address}`,
    template: { name: message.template, language: message.language, parameters: message.parameters },
  });
  return (externalId ?? '').replace(/^wa:/, '');
}

async function settle(db: Db, recipientId: number, set: { status: 'sent' | 'failed' | 'skipped_opt_out'; error?: string; externalId?: string }): Promise<void> {
  await db
    .updateTable('broadcast_recipients')
    .set({
      status: set.status, error: set.error ?? null, updated_at: sql<Date>`now()`,
      ...(set.status === 'sent' ? { external_id: set.externalId || null, sent_at: sql<Date>`now()` } : {}),
    })
    .where('id', '=', recipientId)
    .where('status', '=', 'queued')
    .execute();
}

/**
 * The send job of one recipient. A recipient that is no longer queued was handled by an
 * earlier run (a restart mid-blast): nothing is sent again. A permanent refusal (e.g. 131026
 * undeliverable, an SMTP 550) fails the recipient with the reason; a temporary one is retried,
 * and fails the recipient once the attempts run out.
 */
export async function sendToRecipient(db: Db, senders: BlastSenders, payload: SendPayload, job: JobInfo): Promise<void> {
  const r = await loadRecipient(db, payload);
  if (!r) throw new PermanentJobError(`Broadcast ${payload.broadcastId} has no recipient ${payload.address}`);
  if (r.status !== 'queued') return;
  if (r.opted_out) {
    await settle(db, r.id, { status: 'skipped_opt_out' });
  } else {
    try {
      const message = messageFor(contentOf(r), r.name);
      await settle(db, r.id, { status: 'sent', externalId: await deliver(senders, payload, r.name, message) });
    } catch (error) {
      const retry = !(error instanceof PermanentJobError) && (error instanceof RetryJobLater || job.attempts < SEND_ATTEMPTS);
      if (retry) throw error;
      await settle(db, r.id, { status: 'failed', error: reasonOf(error) });
    }
  }
  await finishIfDone(db, payload.broadcastId);
}
