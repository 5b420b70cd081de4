import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { requireActor, requireRole, STAFF_ROLES } from '../auth/guard.ts';
import { createCanned, deleteCanned, listCanned, updateCanned } from './canned.ts';

const tags = ['canned responses'];
const IdParams = Type.Object({ id: Type.Integer() });
const Fields = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  body: Type.String({ minLength: 1, maxLength: 20_000 }),
  // Null first: coerceTypes would turn a null tried against String first into "".
  topic_code: Type.Union([Type.Null(), Type.String()]),
};

export function cannedRoutes(app: App, ctx: AppContext): void {
  app.get('/api/canned-responses', { schema: { tags, querystring: Type.Object({ topic: Type.Optional(Type.String()) }) } }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return listCanned(ctx.db, request.query.topic);
  });
  app.post('/api/canned-responses', { schema: { tags, body: Type.Object({ title: Fields.title, body: Fields.body, topic_code: Type.Optional(Fields.topic_code) }) } }, async (request, reply) => {
    const actor = requireRole(request, 'admin', 'supervisor', 'agent');
    return reply.status(201).send(await createCanned(ctx.db, actor, request.body));
  });
  app.patch('/api/canned-responses/:id', { schema: { tags, params: IdParams, body: Type.Partial(Type.Object(Fields), { additionalProperties: false }) } }, async (request) =>
    updateCanned(ctx.db, requireActor(request), request.params.id, request.body));
  app.delete('/api/canned-responses/:id', { schema: { tags, params: IdParams } }, async (request, reply) => {
    await deleteCanned(ctx.db, requireActor(request), request.params.id);
    return reply.status(204).send();
  });
}
