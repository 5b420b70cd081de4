import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest, RequestPayload } from 'fastify';
import type { App, AppContext } from '../../server/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordPbxEvent } from './pbx.ts';
import { PbxEventSchema } from './schemas.ts';
import { PBX_SECRET_HEADER, pbxSecretMatches } from './secret.ts';

export const PBX_WEBHOOK_PATH = '/webhooks/pbx';
/** Per address: a busy PBX sends a few events a second at most; a guesser gets no further. */
const EVENTS_PER_MINUTE = 600;

/**
 * The PBX's call events (ringing, answered, ended). Off (404) unless PBX_WEBHOOK_SECRET is set;
 * a missing or wrong secret is refused (401) before the body is read (rate-limited first), so nothing is stored.
 * Each event is stored and its call updated before the answer (200).
 */
export function pbxWebhookRoutes(app: App, ctx: AppContext): void {
  const secret = ctx.config.pbxWebhookSecret;
  if (!secret) return;
  // After the rate limit (onRequest), before the body is read.
  const checkSecret = async (request: FastifyRequest, _reply: FastifyReply, payload: RequestPayload): Promise<RequestPayload> => {
    if (!pbxSecretMatches(request.headers[PBX_SECRET_HEADER], secret)) throw new AppError('unauthenticated', `Missing or wrong ${PBX_SECRET_HEADER} header`);
    return payload;
  };
  app.post(PBX_WEBHOOK_PATH, {
    schema: {
      tags: ['webhooks'], security: [],
      summary: 'A call event from the PBX (shared secret in the X-PBX-Secret header); repeats and any order are fine',
      body: PbxEventSchema,
      response: { 200: Type.Object({ received: Type.Boolean(), duplicate: Type.Boolean(), call_id: Type.Integer(), status: Type.String() }) },
    },
    config: { rateLimit: { max: EVENTS_PER_MINUTE, timeWindow: '1 minute' } },
    preParsing: checkSecret,
  }, async (request) => {
    const result = await recordPbxEvent(ctx.db, request.body);
    return { received: true, duplicate: result.duplicate, call_id: result.callId, status: result.status };
  });
}
