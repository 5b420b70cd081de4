import type { Kysely } from 'kysely';
import type { Channel, Database } from '../../db/schema.ts';
import type { Config } from '../../platform/config.ts';
import type { JobRegistry } from '../../jobs/worker.ts';
import type { ChannelSender } from '../../tickets/delivery.ts';
import { queueHelpdeskEmail, registerHelpdeskEmailJob } from './email.ts';

/**
 * An agent's reply on a help-desk ticket is delivered by being stored: the follow page shows
 * it. When the requester gave an email, a notice with the link is queued in the outbox (once
 * per reply, even if this delivery is retried), so it survives a crash or a relay outage.
 */
export function createHelpdeskSender(db: Kysely<Database>, config: Config): ChannelSender {
  return async (outbound) => {
    if (outbound.to.email && config.email.smtp) {
      await queueHelpdeskEmail(db, { kind: 'answered', ticketId: outbound.ticketId, messageId: outbound.messageId });
    }
    return { externalId: null };
  };
}

export function registerHelpdeskChannel(registry: JobRegistry, db: Kysely<Database>, config: Config, senders: Map<Channel, ChannelSender>): void {
  senders.set('helpdesk', createHelpdeskSender(db, config));
  registerHelpdeskEmailJob(registry, db, config);
}
