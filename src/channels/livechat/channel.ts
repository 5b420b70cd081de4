import type { Kysely } from 'kysely';
import type { Channel, Database } from '../../db/schema.ts';
import type { Config } from '../../platform/config.ts';
import { PermanentJobError, type JobRegistry } from '../../jobs/worker.ts';
import type { ChannelSender } from '../../tickets/delivery.ts';
import { createMailTransport, type MailTransport } from '../email/sender.ts';
import { sendTranscript, TRANSCRIPT_JOB } from './transcript.ts';

/**
 * The live chat's outbound side. An agent's reply reaches the widget as soon as it commits:
 * every instance hears the commit (NOTIFY) and pushes it to the sockets it holds, and a widget
 * that was away gets it on reconnecting. The sender therefore only records the hand-over
 * ("sent"); the widget's receipt marks the reply "delivered".
 */
export function registerLivechatChannel(registry: JobRegistry, db: Kysely<Database>, config: Config, senders: Map<Channel, ChannelSender>): void {
  senders.set('livechat', (outbound) => Promise.resolve({ externalId: `livechat:reply:${outbound.messageId}` }));
  let transport: MailTransport | undefined;
  registry.register(TRANSCRIPT_JOB, async (payload) => {
    const smtp = config.email.smtp;
    if (!smtp) throw new PermanentJobError('No outbound mail relay is configured (SMTP_URL and MAIL_FROM)');
    transport ??= createMailTransport(smtp.url);
    await sendTranscript(db, smtp, transport, payload as { visitorId: string; ticketId: number; upTo: number });
  });
}
