import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { App, AppContext } from '../server/context.ts';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/guard.ts';
import { teamScoresOfMonth } from '../tickets/scores.ts';
import { agentSatisfaction, SATISFACTION_MINIMUM } from '../surveys/stats.ts';
import { jakartaMonthOf, ticketFigures, type DashboardPeriod } from './figures.ts';

const Period = Type.Union([Type.Literal('today'), Type.Literal('month')], { default: 'today', description: 'today (Asia/Jakarta) or this calendar month' });

/**
 * Everything the supervisor dashboard shows. Ticket figures are for the period; the L2 scores and the
 * ratings per agent are monthly measures (a team's score is its month's mean, the CSAT minimum is per
 * month), so they are this month's in both periods.
 */
export async function dashboard(db: Kysely<Database>, actor: Actor, period: DashboardPeriod, now = new Date()) {
  const month = jakartaMonthOf(now);
  const [figures, l2Scores, agents] = await Promise.all([ticketFigures(db, period, now), teamScoresOfMonth(db, actor, month, now), agentSatisfaction(db, month)]);
  return {
    period, month, generated_at: now, ...figures,
    l2_scores: l2Scores,
    ratings: { minimum: { ...SATISFACTION_MINIMUM }, agents: agents.map(({ agent_id: _id, ...agent }) => agent) },
  };
}

export function dashboardRoutes(app: App, ctx: AppContext): void {
  app.get('/api/dashboard', {
    schema: {
      tags: ['dashboard'],
      summary: 'Live figures for supervisors: tickets by channel and status, the queue now, first-response times, service hours by zone, tickets per hour/day, and this month\'s L2 scores and ratings per agent',
      querystring: Type.Object({ period: Type.Optional(Period) }),
    },
  }, async (request) => {
    const actor = requireRole(request, 'admin', 'supervisor');
    return dashboard(ctx.db, actor, request.query.period ?? 'today');
  });
}
