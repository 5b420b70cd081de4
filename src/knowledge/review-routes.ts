/** Flags, reviews, the review queue (seed page 32) and the topic-to-team reviewer mapping. */
import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import type { Actor } from '../auth/actor.ts';
import { auditActor, requireRole, STAFF_ROLES } from '../auth/guard.ts';
import { resolveTeamId } from '../users/service.ts';
import { flagArticle, listFlags } from './flags.ts';
import { reviewQueueArticles, reviewQueueByTopic, type QueueScope } from './queue.ts';
import { reviewArticle } from './review.ts';
import { listTopicReviewers, setTopicReviewers } from './reviewers.ts';
import { Article, Flag, QueueArticle, ReviewBody, TopicQueue, TopicReviewers } from './schemas.ts';

const tags = ['knowledge base'];
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const QueueQuery = Type.Object({
  mine: Type.Boolean({ default: false, description: 'Only the topics the caller reviews (a Layer 2 account: its team\'s topics)' }),
  team: Type.Optional(Type.String({ description: 'Only the topics of this team (code or id)' })),
  topic: Type.Optional(Type.String()),
});

/** "Mine" for an admin is everything; for staff who review nothing, nothing. */
async function scopeOf(ctx: AppContext, actor: Actor, query: { mine: boolean; team?: string | undefined; topic?: string | undefined }): Promise<QueueScope | null> {
  const base = { now: new Date(), topic: query.topic };
  if (query.team) return { ...base, teamId: await resolveTeamId(ctx.db, query.team) };
  if (!query.mine || actor.role === 'admin') return base;
  return actor.role === 'l2' && actor.teamId !== null ? { ...base, teamId: actor.teamId } : null;
}

export function reviewRoutes(app: App, ctx: AppContext): void {
  app.post('/api/knowledge/articles/:id/flags', {
    schema: { tags, summary: 'Flag an article for correction with a note (any staff role): it waits for review', params: IdParams, body: Type.Object({ note: Type.String({ minLength: 1, maxLength: 5000 }) }), response: { 201: Article } },
  }, async (request, reply) => {
    const actor = requireRole(request, ...STAFF_ROLES);
    return reply.status(201).send(await flagArticle(ctx.db, actor, request.params.id, request.body.note, request.ip));
  });
  app.get('/api/knowledge/articles/:id/flags', { schema: { tags, params: IdParams, response: { 200: Type.Array(Flag) } } }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return listFlags(ctx.db, request.params.id);
  });
  app.post('/api/knowledge/articles/:id/review', {
    schema: { tags, summary: 'Close a review: accept (optionally with a corrected answer) or reject with a reason; only the topic\'s Layer 2 team(s) or an admin', params: IdParams, body: ReviewBody, response: { 200: Article } },
  }, async (request) => {
    const actor = requireRole(request, ...STAFF_ROLES);
    return reviewArticle(ctx.db, actor, request.params.id, request.body, request.ip);
  });
  app.get('/api/knowledge/review-queue', {
    schema: { tags, summary: 'Articles awaiting review per topic: count, oldest flag, mean age in days', querystring: QueueQuery, response: { 200: Type.Object({ total: Type.Integer(), topics: Type.Array(TopicQueue) }) } },
  }, async (request) => {
    const actor = requireRole(request, ...STAFF_ROLES);
    const scope = await scopeOf(ctx, actor, request.query);
    const topics = scope ? await reviewQueueByTopic(ctx.db, scope) : [];
    return { total: topics.reduce((sum, t) => sum + t.count, 0), topics };
  });
  app.get('/api/knowledge/review-queue/articles', {
    schema: { tags, summary: 'The articles awaiting review, longest waiting first', querystring: QueueQuery, response: { 200: Type.Array(QueueArticle) } },
  }, async (request) => {
    const actor = requireRole(request, ...STAFF_ROLES);
    const scope = await scopeOf(ctx, actor, request.query);
    return scope ? reviewQueueArticles(ctx.db, scope) : [];
  });
  app.get('/api/knowledge/reviewers', { schema: { tags, summary: 'The Layer 2 teams reviewing each topic', response: { 200: Type.Array(TopicReviewers) } } }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return listTopicReviewers(ctx.db);
  });
  app.put('/api/knowledge/reviewers/:topic', {
    schema: { tags, summary: 'Set the reviewing teams of a topic (admin); audited', params: Type.Object({ topic: Type.String() }), body: Type.Object({ teams: Type.Array(Type.String({ minLength: 1 }), { maxItems: 20 }) }), response: { 200: TopicReviewers } },
  }, async (request) => {
    const actor = requireRole(request, 'admin');
    return setTopicReviewers(ctx.db, auditActor(request, actor), request.params.topic, request.body.teams);
  });
}
