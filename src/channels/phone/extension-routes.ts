import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../../server/context.ts';
import { auditActor, MANAGER_ROLES, requireRole } from '../../auth/guard.ts';
import { listExtensions, removeExtension, setExtension } from './extensions.ts';
import { ExtensionParams, ExtensionSchema } from './schemas.ts';

const tags = ['phone'];

/** Which desk phone is whose: the PBX names extensions, Sapa needs the agent. */
export function extensionRoutes(app: App, ctx: AppContext): void {
  app.get('/api/phone/extensions', {
    schema: { tags, summary: 'Agents\' PBX extensions (admins and supervisors)', response: { 200: Type.Array(ExtensionSchema) } },
  }, async (request) => {
    requireRole(request, ...MANAGER_ROLES);
    return listExtensions(ctx.db);
  });

  app.put('/api/phone/extensions/:extension', {
    schema: {
      tags, summary: 'Give an extension to a user (admin); their previous extension, and the extension\'s previous user, are let go',
      params: ExtensionParams, body: Type.Object({ user_id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }), response: { 200: ExtensionSchema },
    },
  }, async (request) => {
    const actor = requireRole(request, 'admin');
    return setExtension(ctx.db, auditActor(request, actor), request.params.extension, request.body.user_id);
  });

  app.delete('/api/phone/extensions/:extension', {
    schema: { tags, summary: 'Remove an extension (admin)', params: ExtensionParams },
  }, async (request, reply) => {
    const actor = requireRole(request, 'admin');
    await removeExtension(ctx.db, auditActor(request, actor), request.params.extension);
    return reply.status(204).send();
  });
}
