import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { requireActor, requireRole } from '../auth/guard.ts';
import { resolveTeamId } from '../users/service.ts';
import { escalate, respondToEscalation } from './escalations.ts';
import { escalationsOfMonth, teamScoresOfMonth } from './scores.ts';
import { getTicketDetail } from './detail.ts';
import { escalationQueue } from './l2-queue.ts';

const tags = ['layer 2'];
const IdParams = Type.Object({ id: Type.Integer() });
const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });

export function escalationRoutes(app: App, ctx: AppContext): void {
  app.post('/api/tickets/:id/escalations', {
    schema: { tags, summary: 'Escalate a ticket to a Layer 2 team with a note', params: IdParams, body: Type.Object({ team: Type.Union([Type.String({ minLength: 1 }), Type.Integer()]), note: Type.String({ minLength: 1, maxLength: 5000 }) }) },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const escalation = await escalate(ctx.db, actor, request.params.id, request.body, request.ip);
    return reply.status(201).send(escalation);
  });

  for (const [path, outcome, summary] of [
    ['answer', 'answered', 'Layer 2 answers the escalation; the answer goes to Layer 1 as an internal message'],
    ['return', 'returned', 'Layer 2 sends the ticket back to Layer 1 with a question'],
  ] as const) {
    app.post(`/api/tickets/:id/escalations/${path}`, {
      schema: { tags, summary, params: IdParams, body: Type.Object({ body: Type.String({ minLength: 1, maxLength: 20_000 }) }) },
    }, async (request) => {
      const actor = requireActor(request);
      await respondToEscalation(ctx.db, actor, request.params.id, { body: request.body.body, outcome }, request.ip);
      return getTicketDetail(ctx.db, actor, request.params.id);
    });
  }

  app.get('/api/escalations', {
    schema: { tags, summary: 'Escalations of a month with their L2 score (a Layer 2 account sees its own)', querystring: Type.Object({ month: Month, team: Type.Optional(Type.String()) }) },
  }, async (request) => {
    const actor = requireActor(request);
    const team = request.query.team ? await resolveTeamId(ctx.db, request.query.team) : undefined;
    return escalationsOfMonth(ctx.db, actor, request.query.month, team);
  });

  app.get('/api/escalations/queue', {
    schema: { tags, summary: 'The Layer 2 work list: open escalations first (oldest first), then those answered in the last 45 days, with the question and the L1 note (a Layer 2 account sees its own team)', querystring: Type.Object({ team: Type.Optional(Type.String()) }) },
  }, async (request) => {
    const actor = requireRole(request, 'admin', 'supervisor', 'agent', 'l2');
    const team = request.query.team ? await resolveTeamId(ctx.db, request.query.team) : undefined;
    return escalationQueue(ctx.db, actor, team);
  });

  app.get('/api/l2/scores', {
    schema: { tags, summary: 'Layer 2 teams ranked by mean score, then by volume, for a month', querystring: Type.Object({ month: Month }) },
  }, async (request) => {
    const actor = requireRole(request, 'admin', 'supervisor', 'agent', 'l2');
    return teamScoresOfMonth(ctx.db, actor, request.query.month);
  });
}
