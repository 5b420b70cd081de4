import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { auditActor, MANAGER_ROLES, requireRole } from '../auth/guard.ts';
import { BROADCAST_RECIPIENT_STATUSES, type Role } from '../db/schema.ts';
import { getBroadcast, listBroadcasts, listRecipients } from './detail.ts';
import { cancelBroadcast, createBroadcast, updateBroadcast } from './service.ts';
import { previewBroadcast, scheduleBroadcast } from './schedule.ts';
import { listTemplates, saveTemplates } from './templates.ts';
import { optOutRoutes } from './opt-out-routes.ts';
import { unsubscribeRoutes } from './unsubscribe-routes.ts';

const tags = ['broadcasts'];
/** Agents see blasts and their recipients; admins and supervisors create and send them. */
const READERS: Role[] = ['admin', 'supervisor', 'agent'];
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' });
const Audience = Type.Object({
  type: Type.Union([Type.Literal('contacts'), Type.Literal('list')]),
  regions: Type.Optional(Type.Array(Type.String({ maxLength: 10 }), { maxItems: 600 })),
  categories: Type.Optional(Type.Array(Type.String({ maxLength: 50 }), { maxItems: 50 })),
  institution: Type.Optional(Type.String({ maxLength: 200 })),
  csv: Type.Optional(Type.String({ maxLength: 10_000_000 })),
}, { additionalProperties: false });
const Template = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 512 }),
  language: Type.String({ minLength: 2, maxLength: 10 }),
  parameters: Type.Array(Type.String({ maxLength: 1024 }), { maxItems: 30 }),
}, { additionalProperties: false });
const Fields = {
  subject: Type.String({ minLength: 1, maxLength: 250 }),
  body: Type.String({ maxLength: 100_000 }),
  template: Type.Union([Type.Null(), Template]),
  audience: Audience,
};
// An uploaded list of tens of thousands of addresses is larger than the default 1 MB.
const LIST_BODY_LIMIT = 12 * 1024 * 1024;

export function broadcastRoutes(app: App, ctx: AppContext): void {
  const ready = { whatsapp: ctx.config.whatsapp !== undefined, email: ctx.config.email.smtp !== undefined };

  app.get('/api/broadcasts', { schema: { tags, summary: 'Blasts of a month (Asia/Jakarta) with recipients per status', querystring: Type.Object({ month: Type.Optional(Month) }) } }, async (request) => {
    requireRole(request, ...READERS);
    return listBroadcasts(ctx.db, request.query.month);
  });
  app.post('/api/broadcasts', {
    bodyLimit: LIST_BODY_LIMIT,
    schema: { tags, summary: 'A new draft blast', body: Type.Object({ channel: Type.Union([Type.Literal('email'), Type.Literal('whatsapp')]), subject: Fields.subject, body: Type.Optional(Fields.body), template: Type.Optional(Fields.template), audience: Audience }, { additionalProperties: false }) },
  }, async (request, reply) => {
    const actor = requireRole(request, ...MANAGER_ROLES);
    return reply.status(201).send(await createBroadcast(ctx.db, auditActor(request, actor), request.body));
  });
  app.get('/api/broadcasts/:id', { schema: { tags, params: IdParams } }, async (request) => {
    requireRole(request, ...READERS);
    return getBroadcast(ctx.db, request.params.id);
  });
  app.patch('/api/broadcasts/:id', { bodyLimit: LIST_BODY_LIMIT, schema: { tags, summary: 'Change a draft', params: IdParams, body: Type.Partial(Type.Object(Fields), { additionalProperties: false }) } }, async (request) => {
    const actor = requireRole(request, ...MANAGER_ROLES);
    return updateBroadcast(ctx.db, auditActor(request, actor), request.params.id, request.body);
  });
  app.get('/api/broadcasts/:id/preview', { schema: { tags, summary: 'Recipient count, the first recipients and the rendered message', params: IdParams, querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) }) } }, async (request) => {
    requireRole(request, ...READERS);
    return previewBroadcast(ctx.db, request.params.id, request.query.limit);
  });
  app.post('/api/broadcasts/:id/send', {
    schema: { tags, summary: 'Send now, or at scheduled_at', params: IdParams, body: Type.Object({ scheduled_at: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false }) },
    // No body at all means "send now".
    preValidation: (request, _reply, done) => {
      request.body ??= {};
      done();
    },
  }, async (request) => {
    const actor = requireRole(request, ...MANAGER_ROLES);
    const at = request.body.scheduled_at;
    const view = await scheduleBroadcast(ctx.db, auditActor(request, actor), request.params.id, { ready, scheduledAt: at ? new Date(at) : undefined });
    ctx.pokeWorker?.();
    return view;
  });
  app.post('/api/broadcasts/:id/cancel', { schema: { tags, summary: 'Cancel a draft or scheduled blast', params: IdParams } }, async (request) => {
    const actor = requireRole(request, ...MANAGER_ROLES);
    return cancelBroadcast(ctx.db, auditActor(request, actor), request.params.id);
  });
  app.get('/api/broadcasts/:id/recipients', {
    schema: {
      tags, params: IdParams,
      querystring: Type.Object({
        status: Type.Optional(Type.Union(BROADCAST_RECIPIENT_STATUSES.map((s) => Type.Literal(s)))),
        limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
        offset: Type.Integer({ minimum: 0, default: 0 }),
      }),
    },
  }, async (request) => {
    requireRole(request, ...READERS);
    return listRecipients(ctx.db, request.params.id, request.query);
  });
  app.get('/api/broadcast-templates', { schema: { tags, summary: 'The approved WhatsApp templates blasts may use' } }, async (request) => {
    requireRole(request, ...READERS);
    return listTemplates(ctx.db);
  });
  app.put('/api/broadcast-templates', {
    schema: { tags, summary: 'Replace the approved WhatsApp templates (as approved in WhatsApp Manager)', body: Type.Object({ templates: Type.Array(Type.Object({ name: Type.String({ maxLength: 512 }), language: Type.String({ maxLength: 10 }), body: Type.String({ maxLength: 1024 }) }, { additionalProperties: false }), { maxItems: 500 }) }) },
  }, async (request) => {
    const actor = requireRole(request, ...MANAGER_ROLES);
    return saveTemplates(ctx.db, auditActor(request, actor), request.body.templates);
  });
  optOutRoutes(app, ctx);
}

/** The broadcast API and the public unsubscribe pages. */
export async function registerBroadcastRoutes(app: App, ctx: AppContext): Promise<void> {
  broadcastRoutes(app, ctx);
  await unsubscribeRoutes(app, ctx);
}
