import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { auditActor, requireRole, MANAGER_ROLES } from '../auth/guard.ts';
import { createUser, getUser, listUsers, updateUser } from './service.ts';
import { NewUserSchema, UserChangesSchema, UserSchema } from './schemas.ts';

export function userRoutes(app: App, ctx: AppContext): void {
  app.get('/api/users', {
    schema: { tags: ['admin'], summary: 'Every user (admins and supervisors)', response: { 200: Type.Array(UserSchema) } },
  }, async (request) => {
    requireRole(request, ...MANAGER_ROLES);
    return listUsers(ctx.db);
  });

  app.get('/api/users/:id', {
    schema: { tags: ['admin'], params: Type.Object({ id: Type.Integer() }), response: { 200: UserSchema } },
  }, async (request) => {
    requireRole(request, ...MANAGER_ROLES);
    return getUser(ctx.db, request.params.id);
  });

  app.post('/api/users', {
    schema: { tags: ['admin'], summary: 'Create a user (admin)', body: NewUserSchema, response: { 201: UserSchema } },
  }, async (request, reply) => {
    const actor = requireRole(request, 'admin');
    const created = await createUser(ctx.db, auditActor(request, actor), request.body);
    return reply.status(201).send(created);
  });

  app.patch('/api/users/:id', {
    schema: { tags: ['admin'], summary: 'Change a user: role, team, name, email, active, password (admin)', params: Type.Object({ id: Type.Integer() }), body: UserChangesSchema, response: { 200: UserSchema } },
  }, async (request) => {
    const actor = requireRole(request, 'admin');
    return updateUser(ctx.db, auditActor(request, actor), request.params.id, request.body);
  });
}
