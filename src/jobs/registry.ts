import type { Kysely } from 'kysely';
import type { Channel, Database } from '../db/schema.ts';
import type { Config } from '../platform/config.ts';
import { createWhatsAppChannel } from '../channels/whatsapp/channel.ts';
import { createEmailChannel } from '../channels/email/channel.ts';
import { registerDelivery, type ChannelSender } from '../tickets/delivery.ts';
import { JobRegistry } from './worker.ts';
import { registerBroadcastJobs } from '../broadcasts/jobs.ts';
import { registerSurveyJobs } from '../surveys/jobs.ts';
import { registerBookingJobs } from '../bookings/jobs.ts';
import { registerHelpdeskChannel } from '../channels/helpdesk/channel.ts';
import { registerPhoneChannel } from '../channels/phone/channel.ts';
import { registerLivechatChannel } from '../channels/livechat/channel.ts';

/**
 * The handlers every worker runs (in the server process or as `sapa worker`): each
 * configured channel's own jobs, and the delivery of agents' replies through its sender.
 * A reply on a channel without a sender is marked failed with that reason.
 */
export function createJobRegistry(db: Kysely<Database>, config: Config, fetchImpl: typeof fetch = fetch): JobRegistry {
  const registry = new JobRegistry();
  const senders = new Map<Channel, ChannelSender>();
  if (config.whatsapp) {
    const whatsapp = createWhatsAppChannel(config.whatsapp, fetchImpl);
    whatsapp.register(registry, db);
    senders.set('whatsapp', whatsapp.sender);
  }
  const email = createEmailChannel(db, config.email);
  email.register(registry);
  if (email.sender) senders.set('email', email.sender);
  registerHelpdeskChannel(registry, db, config, senders);
  registerPhoneChannel(registry, db, config, senders);
  registerLivechatChannel(registry, db, config, senders);
  registerDelivery(registry, db, senders);
  registerBookingJobs(registry, db, config);
  registerBroadcastJobs(registry, db, config, senders);
  registerSurveyJobs(registry, db, config);
  return registry;
}
