import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../../server/context.ts';
import type { Role } from '../../db/schema.ts';
import { requireRole } from '../../auth/guard.ts';
import { callWithCard } from './card.ts';
import { completeCall } from './complete.ts';
import { extensionRoutes } from './extension-routes.ts';
import { listCalls } from './list.ts';
import { logCall } from './log.ts';
import { CallListQuery, CallSchema, CompleteCallSchema, IdParams, LogCallSchema } from './schemas.ts';
import { getCall } from './view.ts';
import { pbxWebhookRoutes } from './webhook-routes.ts';

const tags = ['phone'];
/** Layer 1 takes the calls; Layer 2 teams answer escalations, not the phone. */
const CALL_ROLES: Role[] = ['admin', 'supervisor', 'agent'];

/** The phone channel's routes; synchronous, kept Promise-shaped for app.ts's registration. */
export function phoneRoutes(app: App, ctx: AppContext): Promise<void> {
  app.post('/api/calls', {
    schema: { tags, summary: 'Log a call in a few keystrokes: a phone ticket for the caller, assigned to you, resolved if settled', body: LogCallSchema, response: { 201: CallSchema } },
  }, async (request, reply) => {
    const actor = requireRole(request, ...CALL_ROLES);
    const id = await logCall(ctx.db, actor, request.body, request.ip);
    return reply.status(201).send(await getCall(ctx.db, id));
  });

  app.get('/api/calls', {
    schema: { tags, summary: 'Calls, newest first: my drafts (status=draft&agent=me), missed calls to return (status=missed&returned=false)', querystring: CallListQuery, response: { 200: Type.Object({ items: Type.Array(CallSchema), next_before: Type.Union([Type.Integer(), Type.Null()]) }) } },
  }, async (request) => listCalls(ctx.db, requireRole(request, ...CALL_ROLES), request.query));

  app.get('/api/calls/:id', {
    schema: { tags, summary: 'A call with the caller\'s card (contact, institution, region, zone, category) and earlier tickets on any channel', params: IdParams },
  }, async (request) => {
    requireRole(request, ...CALL_ROLES);
    return callWithCard(ctx.db, request.params.id);
  });

  app.post('/api/calls/:id/complete', {
    schema: { tags, summary: 'Complete the draft ticket an ended call left: summary, topics, region; resolved if settled', params: IdParams, body: CompleteCallSchema, response: { 200: CallSchema } },
  }, async (request) => {
    const actor = requireRole(request, ...CALL_ROLES);
    await completeCall(ctx.db, actor, request.params.id, request.body, request.ip);
    return getCall(ctx.db, request.params.id);
  });

  extensionRoutes(app, ctx);
  pbxWebhookRoutes(app, ctx);
  return Promise.resolve();
}
