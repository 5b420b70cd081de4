import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { auditActor, MANAGER_ROLES, requireRole } from '../auth/guard.ts';
import { registerBroadcastRoutes } from '../broadcasts/routes.ts';
import { getOutreachMonth } from './form.ts';
import { saveOutreachMonth } from './save.ts';

const tags = ['outreach'];
const Params = Type.Object({ month: Type.String({ maxLength: 7 }) });
const Item = Type.Object({
  date: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 10 })])),
  title: Type.String({ maxLength: 1000 }),
  type: Type.Optional(Type.String({ maxLength: 200 })),
}, { additionalProperties: false });

/** The monthly figures form from other systems (website, social media, PPID, employee advocacy). */
function outreachFormRoutes(app: App, ctx: AppContext): void {
  app.get('/api/outreach/:month', {
    schema: { tags, summary: 'Every outreach metric of the month with the previous month and the same month last year, and the lists', params: Params },
  }, async (request) => {
    requireRole(request, 'admin', 'supervisor', 'agent');
    return getOutreachMonth(ctx.db, request.params.month);
  });
  app.put('/api/outreach/:month', {
    schema: {
      tags,
      summary: 'Save the month\'s figures (null deletes one) and replace the lists given',
      params: Params,
      body: Type.Object({
        // Null first: with type coercion on, a number branch tried first would turn null into 0.
        figures: Type.Record(Type.String({ maxLength: 100 }), Type.Union([Type.Null(), Type.Number()])),
        lists: Type.Optional(Type.Record(Type.String({ maxLength: 100 }), Type.Array(Item, { maxItems: 1000 }))),
      }, { additionalProperties: false }),
    },
  }, async (request) => {
    const actor = requireRole(request, ...MANAGER_ROLES);
    return saveOutreachMonth(ctx.db, auditActor(request, actor), request.params.month, request.body);
  });
}

/** Outreach: the monthly figures form, and the blasts (email and WhatsApp) with their public unsubscribe page. */
export async function outreachRoutes(app: App, ctx: AppContext): Promise<void> {
  outreachFormRoutes(app, ctx);
  await registerBroadcastRoutes(app, ctx);
}
