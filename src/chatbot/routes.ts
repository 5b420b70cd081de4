import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { DateTime } from '../server/schemas.ts';
import { auditActor, MANAGER_ROLES, requireRole, STAFF_ROLES } from '../auth/guard.ts';
import { getActiveFlow, getFlowVersion, listFlowVersions, saveFlow } from './flow-store.ts';
import { chatbotMonthSummary } from './summary.ts';

const tags = ['chatbot'];

const VersionFields = {
  version: Type.Integer(),
  active: Type.Boolean(),
  updated_by: Type.Union([Type.Integer(), Type.Null()]),
  updated_by_name: Type.Union([Type.String(), Type.Null()]),
  updated_at: DateTime,
};
const Version = Type.Object(VersionFields);
// The flow's shape is checked by validateFlow, which names every problem; the schema only documents it.
const Flow = Type.Unknown({ description: 'The flow: greeting, registrationPrompt, menuPrompt, afterAnswerPrompt, handoffMessage?, closingMessage?, idleMinutes?, menu: MenuNode[]' });
const StoredFlow = Type.Object({ ...VersionFields, flow: Flow });

const Summary = Type.Object({
  users: Type.Integer(),
  sessions: Type.Integer(),
  by_menu: Type.Array(Type.Object({ menu: Type.String(), count: Type.Integer() })),
  handed_to_agent: Type.Integer(),
});

export function chatbotRoutes(app: App, ctx: AppContext): void {
  app.get('/api/chatbot/flow', { schema: { tags, summary: 'The active chatbot flow (menu tree and texts)', response: { 200: StoredFlow } } }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return getActiveFlow(ctx.db);
  });
  app.put('/api/chatbot/flow', {
    schema: { tags, summary: 'Store a new version of the flow and make it active (admin, supervisor); audited', body: Flow, response: { 200: StoredFlow } },
  }, async (request) => {
    const actor = requireRole(request, ...MANAGER_ROLES);
    return saveFlow(ctx.db, auditActor(request, actor), request.body);
  });
  app.get('/api/chatbot/flow/versions', { schema: { tags, summary: 'Every version of the flow, newest first', response: { 200: Type.Array(Version) } } }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return listFlowVersions(ctx.db);
  });
  app.get('/api/chatbot/flow/versions/:version', {
    schema: { tags, summary: 'One version of the flow (to compare or restore)', params: Type.Object({ version: Type.Integer({ minimum: 1 }) }), response: { 200: StoredFlow } },
  }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return getFlowVersion(ctx.db, request.params.version);
  });
  app.get('/api/chatbot/summary', {
    schema: {
      tags, summary: 'Chatbot users and sessions per top-level menu item in a month (Asia/Jakarta), incl. "Tidak Dilanjutkan"',
      querystring: Type.Object({ month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }) }),
      response: { 200: Summary },
    },
  }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return chatbotMonthSummary(ctx.db, request.query.month);
  });
}
