import type { Kysely } from 'kysely';
import type { Channel, Database } from '../../db/schema.ts';
import type { Config } from '../../platform/config.ts';
import type { JobRegistry } from '../../jobs/worker.ts';
import type { ChannelSender } from '../../tickets/delivery.ts';

export function registerPhoneChannel(_registry: JobRegistry, _db: Kysely<Database>, _config: Config, _senders: Map<Channel, ChannelSender>): void {
  // filled in by this channel's work
}
