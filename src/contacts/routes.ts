import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { auditActor, requireRole } from '../auth/guard.ts';
import { getContact, mergeContacts, searchContacts, updateContact } from './service.ts';

const tags = ['contacts'];
const IdParams = Type.Object({ id: Type.Integer() });
const L1 = ['admin', 'supervisor', 'agent'] as const;

export function contactRoutes(app: App, ctx: AppContext): void {
  app.get('/api/contacts', { schema: { tags, summary: 'Find requesters by name, institution, phone or email', querystring: Type.Object({ q: Type.String({ minLength: 1, maxLength: 200 }) }) } }, async (request) => {
    requireRole(request, ...L1);
    return searchContacts(ctx.db, request.query.q);
  });
  app.get('/api/contacts/:id', { schema: { tags, params: IdParams } }, async (request) => {
    requireRole(request, ...L1);
    const contact = await getContact(ctx.db, request.params.id);
    const tickets = await ctx.db.selectFrom('tickets').select(['id', 'number', 'channel', 'status', 'subject', 'created_at']).where('contact_id', '=', request.params.id).orderBy('created_at', 'desc').limit(50).execute();
    return { ...contact, tickets };
  });
  app.patch('/api/contacts/:id', {
    schema: {
      tags, summary: 'Correct what Sapa knows of a requester, or add a phone number or email', params: IdParams,
      body: Type.Object({
        name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), institution: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 300 })])),
        region_code: Type.Optional(Type.Union([Type.Null(), Type.String()])), user_category: Type.Optional(Type.Union([Type.Null(), Type.String()])),
        add_phone: Type.Optional(Type.String({ maxLength: 40 })), add_email: Type.Optional(Type.String({ maxLength: 254 })),
      }, { additionalProperties: false }),
    },
  }, async (request) => {
    const actor = requireRole(request, ...L1);
    return updateContact(ctx.db, auditActor(request, actor), request.params.id, request.body);
  });
  app.post('/api/contacts/:id/merge', {
    schema: { tags, summary: 'Merge a duplicate contact (from) into this one: its phone numbers, emails and tickets move here', params: IdParams, body: Type.Object({ from: Type.Integer() }) },
  }, async (request) => {
    const actor = requireRole(request, ...L1);
    return mergeContacts(ctx.db, auditActor(request, actor), request.params.id, request.body.from);
  });
}
