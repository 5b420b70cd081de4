import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { auditActor, MANAGER_ROLES, requireRole } from '../auth/guard.ts';
import { recordAudit } from '../audit/service.ts';
import { normaliseEmail, normalisePhone } from '../contacts/identity.ts';
import { notFound, validation } from '../platform/errors.ts';
import { listOptOuts, recordOptOut, removeOptOut } from './opt-outs.ts';

const tags = ['broadcasts'];
const Kind = Type.Union([Type.Literal('phone'), Type.Literal('email')]);

/** An email address or a phone number as typed, normalised. */
function addressOf(input: string): { kind: 'phone' | 'email'; value: string } {
  const email = input.includes('@') ? normaliseEmail(input) : null;
  if (email) return { kind: 'email', value: email };
  const phone = normalisePhone(input);
  if (phone) return { kind: 'phone', value: phone };
  throw validation('Bukan alamat email atau nomor telepon yang valid', [{ field: 'address', message: 'tidak dikenali', value: input }]);
}

/** Addresses that receive no blasts: listed for staff, entered or removed by managers (e.g. asked by phone). */
export function optOutRoutes(app: App, ctx: AppContext): void {
  app.get('/api/opt-outs', { schema: { tags, querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }), offset: Type.Integer({ minimum: 0, default: 0 }) }) } }, async (request) => {
    requireRole(request, 'admin', 'supervisor', 'agent');
    return listOptOuts(ctx.db, request.query.limit, request.query.offset);
  });
  app.post('/api/opt-outs', { schema: { tags, body: Type.Object({ address: Type.String({ minLength: 3, maxLength: 254 }), note: Type.Optional(Type.String({ maxLength: 200 })) }) } }, async (request, reply) => {
    const actor = requireRole(request, ...MANAGER_ROLES);
    const { kind, value } = addressOf(request.body.address);
    await ctx.db.transaction().execute(async (trx) => {
      const source = `${actor.username}${request.body.note ? `: ${request.body.note}` : ''}`;
      if (await recordOptOut(trx, { kind, value, channel: 'console', source })) {
        await recordAudit(trx, auditActor(request, actor), { action: 'broadcast.opt_out', entity: 'opt_out', entityId: `${kind}:${value}`, after: { kind, value, source } });
      }
    });
    return reply.status(201).send({ kind, value });
  });
  app.delete('/api/opt-outs/:kind/:value', { schema: { tags, params: Type.Object({ kind: Kind, value: Type.String({ maxLength: 254 }) }) } }, async (request, reply) => {
    const actor = requireRole(request, ...MANAGER_ROLES);
    const { kind, value } = request.params;
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await removeOptOut(trx, kind, value))) throw notFound(`Opt-out ${kind} ${value}`);
      await recordAudit(trx, auditActor(request, actor), { action: 'broadcast.opt_in', entity: 'opt_out', entityId: `${kind}:${value}`, before: { kind, value } });
    });
    return reply.status(204).send();
  });
}
