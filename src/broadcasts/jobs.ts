import type { Kysely } from 'kysely';
import type { Channel, Database } from '../db/schema.ts';
import type { JobRegistry } from '../jobs/worker.ts';
import type { Config } from '../platform/config.ts';
import type { ChannelSender } from '../tickets/delivery.ts';
import { loadBroadcastConfig } from './config.ts';
import { createBlastMailer } from './email.ts';
import { START_JOB, SEND_JOB } from './schedule.ts';
import { sendToRecipient, type SendPayload } from './send.ts';
import { startBroadcast } from './start.ts';

/**
 * The broadcast jobs: `broadcast.start` (resolve the audience, queue one send per recipient)
 * and `broadcast.send` (one recipient). WhatsApp blasts go through the channel's own sender,
 * so they share its rate limiter with ticket replies; email blasts through their own mailer.
 */
export function registerBroadcastJobs(registry: JobRegistry, db: Kysely<Database>, config: Config, senders: ReadonlyMap<Channel, ChannelSender>): void {
  const { emailRatePerSecond } = loadBroadcastConfig();
  const smtp = config.email.smtp;
  const email = smtp ? createBlastMailer(db, smtp, config.publicUrl, emailRatePerSecond) : undefined;
  const rates = { whatsapp: config.whatsapp?.ratePerSecond ?? 80, email: emailRatePerSecond };
  registry.register(START_JOB, (payload) => startBroadcast(db, (payload as { broadcastId: number }).broadcastId, rates));
  registry.register(SEND_JOB, (payload, job) => sendToRecipient(db, { whatsapp: senders.get('whatsapp'), email }, payload as SendPayload, job));
}
