import { Type } from '@sinclair/typebox';
import { sql } from 'kysely';
import type { App, AppContext } from './context.ts';

export function healthRoutes(app: App, ctx: AppContext): void {
  app.get('/health', {
    schema: {
      tags: ['system'], summary: 'Liveness and database check', security: [],
      response: {
        200: Type.Object({ status: Type.Literal('ok'), database: Type.String(), version: Type.String() }),
        503: Type.Object({ status: Type.Literal('error'), database: Type.String(), version: Type.String(), message: Type.String() }),
      },
    },
  }, async (request, reply) => {
    try {
      await sql`select 1`.execute(ctx.db);
      return { status: 'ok' as const, database: ctx.dbKind, version: ctx.version };
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unreachable');
      return reply.status(503).send({ status: 'error' as const, database: ctx.dbKind, version: ctx.version, message: 'database unreachable' });
    }
  });
}
