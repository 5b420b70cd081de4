/** The knowledge-base API: articles, their history and search; reviews in review-routes.ts. */
import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { requireRole, STAFF_ROLES } from '../auth/guard.ts';
import { getArticle, listArticles } from './articles.ts';
import { archiveArticle, createArticle, updateArticle } from './edit.ts';
import { reviewRoutes } from './review-routes.ts';
import { Article, CreateBody, SearchHit, Status, UpdateBody, Version } from './schemas.ts';
import { searchArticles } from './search.ts';
import { getVersion, listVersions } from './versions.ts';

const tags = ['knowledge base'];
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export function knowledgeRoutes(app: App, ctx: AppContext): void {
  app.get('/api/knowledge/articles', {
    schema: {
      tags, summary: 'FAQ articles by topic (archived ones only with status=archived)',
      querystring: Type.Object({ topic: Type.Optional(Type.String()), status: Type.Optional(Status), limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }), offset: Type.Integer({ minimum: 0, default: 0 }) }),
      response: { 200: Type.Array(Article) },
    },
  }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return listArticles(ctx.db, request.query);
  });
  app.get('/api/knowledge/articles/:id', { schema: { tags, params: IdParams, response: { 200: Article } } }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return getArticle(ctx.db, request.params.id);
  });
  app.post('/api/knowledge/articles', {
    schema: { tags, summary: 'New article (staff; a Layer 2 account for its team\'s topics); version 1, audited', body: CreateBody, response: { 201: Article } },
  }, async (request, reply) => {
    const actor = requireRole(request, ...STAFF_ROLES);
    return reply.status(201).send(await createArticle(ctx.db, actor, request.body, request.ip));
  });
  app.patch('/api/knowledge/articles/:id', {
    schema: { tags, summary: 'Edit an article: a new version, audited', params: IdParams, body: UpdateBody, response: { 200: Article } },
  }, async (request) => {
    const actor = requireRole(request, ...STAFF_ROLES);
    return updateArticle(ctx.db, actor, request.params.id, request.body, request.ip);
  });
  app.post('/api/knowledge/articles/:id/archive', {
    schema: { tags, summary: 'Archive an article (admin, supervisor): out of search and the chatbot', params: IdParams, body: Type.Optional(Type.Object({ note: Type.Optional(Type.String({ maxLength: 5000 })) })), response: { 200: Article } },
  }, async (request) => {
    const actor = requireRole(request, 'admin', 'supervisor');
    return archiveArticle(ctx.db, actor, request.params.id, request.body?.note?.trim() || null, request.ip);
  });
  app.get('/api/knowledge/articles/:id/versions', { schema: { tags, summary: 'History of an article, newest first', params: IdParams, response: { 200: Type.Array(Version) } } }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return listVersions(ctx.db, request.params.id);
  });
  app.get('/api/knowledge/articles/:id/versions/:version', {
    schema: { tags, params: Type.Object({ id: Type.Integer({ minimum: 1 }), version: Type.Integer({ minimum: 1 }) }), response: { 200: Version } },
  }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return getVersion(ctx.db, request.params.id, request.params.version);
  });
  app.get('/api/knowledge/search', {
    schema: {
      tags, summary: 'Full-text search (Indonesian stemming), best first, with <mark> highlights (HTML-escaped text)',
      querystring: Type.Object({ q: Type.String({ minLength: 1, maxLength: 500 }), topic: Type.Optional(Type.String()), limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }) }),
      response: { 200: Type.Array(SearchHit) },
    },
  }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return searchArticles(ctx.db, request.query);
  });
  reviewRoutes(app, ctx);
}
