import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { EmailConfig } from './config.ts';
import { queueAcknowledgement } from './channel.ts';
import { receiveEmail, type ReceiveResult } from './receive.ts';
import { startSmtpListener } from './smtp-listener.ts';
import { startImapPoller } from './imap-poller.ts';

type Db = Kysely<Database>;

/** The address part of MAIL_FROM ("Contact Center <cc@x.go.id>" → cc@x.go.id): mail from it is Sapa's own. */
const addressOf = (from: string | undefined): string | undefined => (from ? (/<([^>]+)>/.exec(from)?.[1] ?? from).trim().toLowerCase() : undefined);

/**
 * Starts the inbound side of the email channel that is configured: Sapa's SMTP listener and/or
 * IMAP polling. Both store each message before it is acknowledged or marked seen; a new
 * request that is not automatic mail gets an acknowledgement when MAIL_ACKNOWLEDGE is on.
 */
export async function startEmailChannel(db: Db, config: EmailConfig, onQueued: () => void = () => undefined): Promise<{ smtpPort?: number; close(): Promise<void> }> {
  const ownAddress = addressOf(config.smtp?.from);
  const afterStore = async (result: ReceiveResult): Promise<void> => {
    if (config.acknowledge && result.acknowledge && result.ticketId) await queueAcknowledgement(db, result.ticketId);
    onQueued();
  };
  const listener = config.listen
    ? await startSmtpListener(db, config.listen, { ownAddress, onReceived: (result) => void afterStore(result) })
    : undefined;
  const poller = config.imap
    ? startImapPoller(db, config.imap, async (raw) => afterStore(await receiveEmail(db, raw, { source: 'imap', ownAddress })))
    : undefined;
  return {
    ...(listener ? { smtpPort: listener.port } : {}),
    async close() {
      await listener?.close();
      await poller?.close();
    },
  };
}
