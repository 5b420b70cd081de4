import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Config } from '../platform/config.ts';
import { createChannelSenders } from '../channels/senders.ts';
import { registerDelivery } from '../tickets/delivery.ts';
import { JobRegistry } from './worker.ts';

/** The handlers every worker runs (in the server process or as `sapa worker`). */
export function createJobRegistry(db: Kysely<Database>, config: Config): JobRegistry {
  const registry = new JobRegistry();
  registerDelivery(registry, db, createChannelSenders(config));
  return registry;
}
