import type { Channel } from '../db/schema.ts';
import type { Config } from '../platform/config.ts';
import type { ChannelSender } from '../tickets/delivery.ts';

/**
 * The senders of the channels configured on this installation. Each channel adapter adds
 * its own here when its configuration is present; a reply on a channel without a sender
 * is marked failed with that reason.
 */
export function createChannelSenders(_config: Config): Map<Channel, ChannelSender> {
  return new Map();
}
