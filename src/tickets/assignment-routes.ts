import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { auditActor, requireActor, requireRole } from '../auth/guard.ts';
import { recordAudit } from '../audit/service.ts';
import { getAssignmentSettings, listAssignees, setAssignmentSettings, setPresence } from './assignment.ts';

const tags = ['assignment'];
const Settings = Type.Object({ auto: Type.Boolean() });
const Assignee = Type.Object({ id: Type.Integer(), username: Type.String(), name: Type.String(), role: Type.String(), available: Type.Boolean() });

export function assignmentRoutes(app: App, ctx: AppContext): void {
  app.put('/api/me/presence', {
    schema: { tags, summary: 'Mark yourself available (or not) for round-robin assignment of new tickets', body: Type.Object({ available: Type.Boolean() }) },
  }, async (request) => {
    const actor = requireRole(request, 'agent', 'supervisor', 'admin');
    await setPresence(ctx.db, actor.userId, request.body.available);
    return { available: request.body.available };
  });
  app.get('/api/assignees', {
    schema: { tags, summary: 'Who a ticket can be assigned to: active Layer 1 agents, supervisors and admins, with their availability', response: { 200: Type.Array(Assignee) } },
  }, async (request) => {
    requireRole(request, 'agent', 'supervisor', 'admin');
    return listAssignees(ctx.db);
  });
  app.get('/api/settings/assignment', { schema: { tags, response: { 200: Settings } } }, async (request) => {
    requireActor(request);
    return getAssignmentSettings(ctx.db);
  });
  app.put('/api/settings/assignment', { schema: { tags, summary: 'Turn round-robin auto-assignment on or off', body: Settings, response: { 200: Settings } } }, async (request) => {
    const actor = requireRole(request, 'admin', 'supervisor');
    await ctx.db.transaction().execute(async (trx) => {
      const before = await getAssignmentSettings(trx);
      await setAssignmentSettings(trx, request.body);
      await recordAudit(trx, auditActor(request, actor), { action: 'settings.assignment', entity: 'setting', entityId: 'assignment', before, after: request.body });
    });
    return request.body;
  });
}
