import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../../server/context.ts';
import { listRegions } from '../../directory/region-service.ts';
import { AppError } from '../../platform/errors.ts';
import { availability } from './availability.ts';
import { issueChallenge } from './challenge.ts';
import { livechatKey } from './signing.ts';
import { queueTranscript } from './transcript.ts';
import { startVisitor, visitorOfToken } from './visitor.ts';

const tags = ['live chat'];
const Text = (maxLength: number) => Type.String({ maxLength });
const Availability = { online: Type.Boolean(), reason: Type.String(), hours: Type.String() };

/** The widget's HTTP endpoints (public, rate-limited per address; the scope checks the Origin). */
export function livechatPublicRoutes(app: App, ctx: AppContext): void {
  const perMinute = ctx.config.livechat.startsPerMinute;
  const limit = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });

  app.get('/livechat/config', {
    schema: {
      tags, summary: 'What the widget shows before the chat: whether agents answer now, the service hours, the regions of the form', security: [],
      response: { 200: Type.Object({ ...Availability, regions: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), province_code: Type.String() })) }) },
    },
    config: limit(perMinute * 6),
  }, async () => {
    const regions = await listRegions(ctx.db);
    return { ...(await availability(ctx.db)), regions: regions.map((r) => ({ code: r.code, name: r.name, province_code: r.province_code })) };
  });

  app.get('/livechat/challenge', {
    schema: {
      tags, summary: 'A spam challenge: find n such that SHA-256("<token>:<n>") starts with `bits` zero bits', security: [],
      response: { 200: Type.Object({ token: Type.String(), bits: Type.Integer(), expiresAt: Type.String() }) },
    },
    config: limit(perMinute * 3),
  }, async () => issueChallenge(ctx.db, ctx.config.livechat.challengeBits));

  app.post('/livechat/start', {
    schema: {
      tags, summary: 'Start a chat from the pre-chat form and an answered challenge; returns the visitor token the widget keeps', security: [],
      body: Type.Object({ name: Text(200), region_code: Text(20), institution: Text(200), email: Text(320), challenge: Text(200), answer: Text(20) }, { additionalProperties: false }),
      response: { 201: Type.Object({ token: Type.String(), visitor: Type.Object({ name: Type.String(), email: Type.String() }), ...Availability }) },
    },
    config: limit(perMinute),
  }, async (request, reply) => {
    const { token, visitor } = await startVisitor(ctx.db, request.body, ctx.config.livechat.challengeBits, request.headers.origin);
    return reply.status(201).send({ token, visitor: { name: visitor.name, email: visitor.email }, ...(await availability(ctx.db)) });
  });

  app.post('/livechat/transcript', {
    schema: {
      tags, summary: "Email the conversation's transcript to the visitor's address", security: [],
      body: Type.Object({ token: Text(200) }, { additionalProperties: false }),
      response: { 202: Type.Object({ email: Type.String() }) },
    },
    config: limit(perMinute),
  }, async (request, reply) => {
    const visitor = await visitorOfToken(ctx.db, await livechatKey(ctx.db), request.body.token);
    if (!visitor) throw new AppError('unauthenticated', 'Sesi chat tidak dikenal; isi formulir lagi.');
    const queued = await queueTranscript(ctx.db, ctx.config, visitor);
    ctx.pokeWorker?.();
    return reply.status(202).send(queued);
  });
}
