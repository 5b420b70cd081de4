import { Type } from '@sinclair/typebox';
import { DateTime } from '../server/schemas.ts';
import type { App, AppContext } from '../server/context.ts';
import { requireRole } from '../auth/guard.ts';
import { listAudit } from './service.ts';

const AuditRow = Type.Object({
  id: Type.Integer(), at: DateTime, actor_user_id: Type.Union([Type.Integer(), Type.Null()]),
  actor: Type.String(), action: Type.String(), entity: Type.String(), entity_id: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(), after: Type.Unknown(), ip: Type.Union([Type.String(), Type.Null()]),
});

export function auditRoutes(app: App, ctx: AppContext): void {
  app.get('/api/audit', {
    schema: {
      tags: ['admin'], summary: 'The audit log, newest first (admin); page with before_id',
      querystring: Type.Object({
        entity: Type.Optional(Type.String()), entity_id: Type.Optional(Type.String()), actor: Type.Optional(Type.String()),
        before_id: Type.Optional(Type.Integer()), limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
      }),
      response: { 200: Type.Array(AuditRow) },
    },
  }, async (request) => {
    requireRole(request, 'admin');
    const q = request.query;
    return listAudit(ctx.db, { entity: q.entity, entityId: q.entity_id, actor: q.actor, beforeId: q.before_id, limit: q.limit });
  });
}
