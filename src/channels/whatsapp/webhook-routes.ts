import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../../server/context.ts';
import { AppError } from '../../platform/errors.ts';
import { enqueue } from '../../jobs/outbox.ts';
import type { WhatsAppConfig } from './config.ts';
import { verifySignature } from './signature.ts';

export const WEBHOOK_PATH = '/webhooks/whatsapp';
export const WEBHOOK_JOB = 'whatsapp.webhook';

/**
 * Meta's webhook: the GET handshake, and POSTs that are verified on their raw bytes, stored
 * durably in the outbox, and acknowledged at once; the worker processes them.
 */
export async function whatsappWebhookRoutes(app: App, ctx: AppContext, config: WhatsAppConfig): Promise<void> {
  await app.register((scope, _options, done) => {
    // The signature covers the exact bytes: keep them, parse only after verifying.
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, next) => next(null, body));

    scope.get(WEBHOOK_PATH, {
      schema: { tags: ['webhooks'], summary: 'Meta\'s verification handshake', security: [], querystring: Type.Object({ 'hub.mode': Type.Optional(Type.String()), 'hub.verify_token': Type.Optional(Type.String()), 'hub.challenge': Type.Optional(Type.String()) }) },
    }, async (request, reply) => {
      const q = request.query as Record<string, string | undefined>;
      if (q['hub.mode'] === 'subscribe' && q['hub.verify_token'] === config.verifyToken && q['hub.challenge'] !== undefined) {
        return reply.type('text/plain').send(q['hub.challenge']);
      }
      return reply.status(403).type('text/plain').send('verification failed');
    });

    scope.post(WEBHOOK_PATH, { schema: { tags: ['webhooks'], summary: 'WhatsApp messages and statuses (signed by Meta)', security: [] } }, async (request, reply) => {
      const raw = request.body as Buffer;
      if (!verifySignature(raw, request.headers['x-hub-signature-256'] as string | undefined, config.appSecret)) {
        throw new AppError('bad_signature', 'X-Hub-Signature-256 does not match the body');
      }
      let payload: unknown;
      try {
        payload = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new AppError('bad_request', 'The webhook body is not JSON');
      }
      await enqueue(ctx.db, { type: WEBHOOK_JOB, payload, maxAttempts: 20 });
      ctx.pokeWorker?.();
      return reply.status(200).send({ received: true });
    });
    done();
  });
}
