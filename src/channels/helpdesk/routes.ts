import { Type } from '@sinclair/typebox';
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App, AppContext } from '../../server/context.ts';
import { handleError } from '../../server/errors.ts';
import { badFormPage, tooManyPage, unknownTicketPage } from './html.ts';
import { HELPDESK_PATH, ticketIdOfToken } from './link.ts';
import { PARSER_LIMITS, readPostedForm } from './multipart.ts';
import { showForm, submitForm, type PageResult } from './pages.ts';
import { SENT_PARAM, showFollow, submitReply } from './follow.ts';
import { visibleAttachment } from './thread.ts';
import { helpdeskApiRoutes } from './api.ts';

/** Per address per minute: a Pemda office behind one address can still send several forms. */
const POSTS_PER_MINUTE = 10;
const VIEWS_PER_MINUTE = 60;

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
const FileParams = Type.Object({ token: Type.String({ maxLength: 100 }), id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const FollowQuery = Type.Object({ [SENT_PARAM]: Type.Optional(Type.String({ maxLength: 5 })) });
// A multipart body streams in and is read by readPostedForm within PARSER_LIMITS; it has no JSON schema.
const MULTIPART = { consumes: ['multipart/form-data'] };

// Private pages: never cached, indexed or sent on as a Referer (the token is in the address).
function send(reply: FastifyReply, result: PageResult): FastifyReply {
  if ('redirect' in result) return reply.redirect(result.redirect, 303);
  return reply.status(result.status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-robots-tag', 'noindex')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
    .send(result.html);
}

const rateLimited = (max: number) => ({
  rateLimit: { max, timeWindow: '1 minute', hook: 'preHandler' as const, errorResponseBuilder: () => ({ statusCode: 429, message: 'Terlalu banyak percobaan' }) },
});

/** The public help desk: the consultation form `/bantuan`, the private follow page of each ticket, and the form's JSON twin. */
export async function helpdeskRoutes(app: App, ctx: AppContext): Promise<void> {
  helpdeskApiRoutes(app, ctx);
  const poke = () => ctx.pokeWorker?.();
  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    // Only this scope takes uploads.
    // A file over the size limit is cut off, not an error: the form names it in its message.
    await scope.register(multipart, { limits: PARSER_LIMITS, throwFileSizeLimit: false });
    // The requester reads Indonesian pages, not JSON errors.
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.statusCode === 429) return send(reply, { status: 429, html: tooManyPage() });
      const status = error.statusCode ?? (error as { status?: number }).status ?? 500;
      if (status >= 400 && status < 500) return send(reply, { status, html: badFormPage() });
      handleError(error, request, reply);
    });
    scope.get(HELPDESK_PATH, {
      schema: { tags: ['helpdesk'], summary: 'The public consultation form (HTML)', security: [] },
      config: rateLimited(VIEWS_PER_MINUTE),
    }, async (_request, reply) => send(reply, await showForm(ctx.db)));
    scope.post(HELPDESK_PATH, {
      schema: { tags: ['helpdesk'], summary: 'Submit a consultation (multipart: identity fields, topik, pertanyaan, lampiran files); opens a helpdesk ticket', security: [], ...MULTIPART },
      config: rateLimited(POSTS_PER_MINUTE),
    }, async (request, reply) => send(reply, await submitForm(ctx.db, ctx.config, await readPostedForm(request), poke)));
    scope.get(`${HELPDESK_PATH}/tiket/:token`, {
      schema: { tags: ['helpdesk'], summary: 'The private follow page of a ticket (HTML): status and conversation; records nothing', security: [], params: TokenParams, querystring: FollowQuery },
      config: rateLimited(VIEWS_PER_MINUTE),
    }, async (request, reply) => send(reply, await showFollow(ctx.db, ctx.config, request.params.token, request.query[SENT_PARAM] === '1')));
    scope.post(`${HELPDESK_PATH}/tiket/:token`, {
      schema: { tags: ['helpdesk'], summary: 'The requester replies on the ticket (multipart: pesan, lampiran files)', security: [], params: TokenParams, ...MULTIPART },
      config: rateLimited(POSTS_PER_MINUTE),
    }, async (request, reply) => send(reply, await submitReply(ctx.db, ctx.config, request.params.token, await readPostedForm(request), poke)));
    scope.get(`${HELPDESK_PATH}/tiket/:token/lampiran/:id`, {
      schema: { tags: ['helpdesk'], summary: 'Download an attachment of the ticket\'s conversation', security: [], params: FileParams },
      config: rateLimited(VIEWS_PER_MINUTE),
    }, async (request, reply) => {
      const ticketId = await ticketIdOfToken(ctx.db, request.params.token);
      const file = ticketId === undefined ? undefined : await visibleAttachment(ctx.db, ticketId, request.params.id);
      if (!file?.content) return send(reply, { status: 404, html: unknownTicketPage() });
      return reply.header('content-type', file.mime_type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .send(file.content);
    });
  });
}
