import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { DateTime, NullableDateTime } from '../server/schemas.ts';
import { auditActor, MANAGER_ROLES, requireRole } from '../auth/guard.ts';
import { forbidden } from '../platform/errors.ts';
import { visibleTicket } from '../tickets/access.ts';
import { publicSurveyRoutes } from './public-routes.ts';
import { getSurveySettings, setSurveySettings } from './settings.ts';
import { agentSatisfaction, lacking, listRatings, SATISFACTION_MINIMUM } from './stats.ts';
import { surveyLinkFor } from './token.ts';

const tags = ['surveys'];
const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM (Asia/Jakarta); default the current month' });
const Mean = Type.Union([Type.Number(), Type.Null()]);
const AgentFields = {
  agent_id: Type.Integer(), agent: Type.String(), name: Type.String(), ratings: Type.Integer(), raters: Type.Integer(),
  service: Mean, substance: Mean, score: Mean, meets_minimum: Type.Boolean(),
};
const Agents = Type.Object({
  month: Type.String(),
  minimum: Type.Object({ ratings: Type.Integer(), raters: Type.Integer() }),
  agents: Type.Array(Type.Object(AgentFields)),
  below_minimum: Type.Array(Type.Object({ ...AgentFields, missing_ratings: Type.Integer(), missing_raters: Type.Integer() })),
});
const Rating = Type.Object({
  ticket_id: Type.Integer(), ticket_number: Type.Integer(), agent: Type.Union([Type.String(), Type.Null()]), requester: Type.String(),
  service: Type.Integer(), substance: Type.Integer(), comment: Type.Union([Type.String(), Type.Null()]), rated_at: DateTime, source: Type.String(),
});
const Settings = Type.Object({ expiry_days: Type.Integer({ minimum: 1, maximum: 90 }) });

/** The month now in Asia/Jakarta (UTC+7). */
export const currentMonth = (now: Date = new Date()): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);

/** Satisfaction per agent and the ratings (staff), survey settings (admin), and the public page. */
export async function surveyRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/surveys/agents', {
    schema: { tags, summary: 'Satisfaction per agent in a month and who is below the minimum (admin, supervisor; an agent sees only their own row)', querystring: Type.Object({ month: Type.Optional(Month) }), response: { 200: Agents } },
  }, async (request) => {
    const actor = requireRole(request, 'admin', 'supervisor', 'agent');
    const month = request.query.month ?? currentMonth();
    const agents = await agentSatisfaction(ctx.db, month, actor.role === 'agent' ? actor.userId : undefined);
    return { month, minimum: { ...SATISFACTION_MINIMUM }, agents, below_minimum: lacking(agents) };
  });

  app.get('/api/surveys/ratings', {
    schema: {
      tags, summary: 'The month\'s ratings with comments and ticket numbers, newest first (an agent sees only their own)',
      querystring: Type.Object({ month: Type.Optional(Month), agent: Type.Optional(Type.Integer({ description: 'user id' })), limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }), offset: Type.Integer({ minimum: 0, default: 0 }) }),
      response: { 200: Type.Array(Rating) },
    },
  }, async (request) => {
    const actor = requireRole(request, 'admin', 'supervisor', 'agent');
    const { agent, limit, offset } = request.query;
    if (actor.role === 'agent' && agent !== undefined && agent !== actor.userId) throw forbidden('An agent sees only their own ratings');
    const agentId = actor.role === 'agent' ? actor.userId : agent;
    return listRatings(ctx.db, { month: request.query.month ?? currentMonth(), agentId, limit, offset });
  });

  app.get('/api/tickets/:id/survey', {
    schema: {
      tags, summary: 'The survey of the ticket\'s latest resolution: delivery, expiry, answer and the link to show the requester',
      params: Type.Object({ id: Type.Integer() }),
      response: { 200: Type.Union([Type.Null(), Type.Object({ channel: Type.String(), delivery: Type.String(), delivery_error: Type.Union([Type.String(), Type.Null()]), sent_at: NullableDateTime, expires_at: DateTime, answered_at: NullableDateTime, link: Type.String() })]) },
    },
  }, async (request) => {
    const actor = requireRole(request, 'admin', 'supervisor', 'agent');
    await visibleTicket(ctx.db, actor, request.params.id);
    const survey = await ctx.db.selectFrom('survey_requests').select(['channel', 'delivery', 'delivery_error', 'sent_at', 'expires_at', 'answered_at'])
      .where('ticket_id', '=', request.params.id).executeTakeFirst();
    if (!survey) return null;
    return { ...survey, link: (await surveyLinkFor(ctx.db, request.params.id, ctx.config.publicUrl)) ?? '' };
  });

  app.get('/api/surveys/settings', { schema: { tags, summary: 'How long a survey stays open', response: { 200: Settings } } }, async (request) => {
    requireRole(request, ...MANAGER_ROLES);
    return getSurveySettings(ctx.db);
  });

  app.put('/api/surveys/settings', { schema: { tags, summary: 'Change how long new surveys stay open (admin); audited', body: Settings, response: { 200: Settings } } }, async (request) => {
    const actor = requireRole(request, 'admin');
    return setSurveySettings(ctx.db, auditActor(request, actor), request.body);
  });

  await publicSurveyRoutes(app, ctx);
}
