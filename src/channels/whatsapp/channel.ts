import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { JobRegistry } from '../../jobs/worker.ts';
import type { ChannelSender, OutboundMessage } from '../../tickets/delivery.ts';
import { GraphClient, toJobError } from './client.ts';
import type { WhatsAppConfig } from './config.ts';
import type { WhatsAppOutbound } from './messages.ts';
import { MEDIA_JOB, processWebhook, READ_JOB, SEND_JOB } from './process.ts';
import { WEBHOOK_JOB } from './webhook-routes.ts';
import type { WebhookEnvelope } from './webhook-types.ts';

type Db = Kysely<Database>;

/** The WhatsApp channel of one phone number: its Graph API client, send rate, jobs and sender. */
export interface WhatsAppChannel {
  sender: ChannelSender;
  register(registry: JobRegistry, db: Db): void;
}

/** Free text, or a template with its body parameters (needed outside the 24-hour window). */
function outboundContent(outbound: OutboundMessage): WhatsAppOutbound {
  const t = outbound.template;
  if (!t) return { type: 'text', body: outbound.body };
  const components = t.parameters?.length ? [{ type: 'body', parameters: t.parameters.map((text) => ({ type: 'text', text })) }] : undefined;
  return { type: 'template', name: t.name, language: t.language, ...(components ? { components } : {}) };
}

export function createWhatsAppChannel(config: WhatsAppConfig, fetchImpl: typeof fetch = fetch): WhatsAppChannel {
  // The client paces its sends at the number's rate (per process).
  const client = new GraphClient(config, fetchImpl);

  /** API errors become a later retry, a back-off, or a permanent failure with the reason. */
  async function send(to: string, message: WhatsAppOutbound): Promise<string> {
    try {
      return (await client.send(to, message)).wamid;
    } catch (error) {
      throw toJobError(error);
    }
  }

  return {
    sender: async (outbound) => {
      if (!outbound.to.phone) throw toJobError(new Error('The requester has no WhatsApp number'));
      const wamid = await send(outbound.to.phone.replace(/^\+/, ''), outboundContent(outbound));
      return { externalId: `wa:${wamid}` };
    },
    register(registry, db) {
      registry.register(WEBHOOK_JOB, (payload) => processWebhook(db, payload as WebhookEnvelope));
      registry.register(SEND_JOB, async (payload) => {
        const { to, message } = payload as { to: string; message: WhatsAppOutbound };
        await send(to, message);
      });
      registry.register(READ_JOB, async (payload) => {
        try {
          await client.markRead((payload as { wamid: string }).wamid);
        } catch (error) {
          throw toJobError(error);
        }
      });
      registry.register(MEDIA_JOB, async (payload) => {
        const { messageId, mediaId } = payload as { messageId: number; mediaId: string };
        try {
          const info = await client.getMediaInfo(mediaId);
          const content = await client.downloadMedia(info.url);
          await db
            .updateTable('attachments')
            .set({ content, size_bytes: content.length, sha256: info.sha256, mime_type: info.mime_type, storage_key: 'db' })
            .where('message_id', '=', messageId)
            .where('storage_key', '=', `wa-media:${mediaId}`)
            .execute();
        } catch (error) {
          throw toJobError(error);
        }
      });
    },
  };
}
