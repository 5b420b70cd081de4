import { Type } from '@sinclair/typebox';
import type { FastifyError, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App, AppContext } from '../server/context.ts';
import { handleError } from '../server/errors.ts';
import { tooManyPage } from './html.ts';
import { SURVEY_PATH } from './token.ts';
import { showSurvey, submitSurvey, type PageResult } from './web.ts';

/** Answers per address per minute: enough for a family on one connection, not for guessing. */
const POSTS_PER_MINUTE = 10;
const VIEWS_PER_MINUTE = 60;

const Params = Type.Object({ token: Type.String({ maxLength: 100 }) });
const Fields = Type.Record(Type.String(), Type.String({ maxLength: 4000 }));

// The token is in the address: never send it on as a Referer, never cache or index the page.
function send(reply: FastifyReply, result: PageResult): FastifyReply {
  return reply.status(result.status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-robots-tag', 'noindex')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
    .send(result.html);
}

const rateLimited = (max: number) => ({
  rateLimit: {
    max, timeWindow: '1 minute', hook: 'preHandler' as const,
    errorResponseBuilder: () => ({ statusCode: 429, message: 'Terlalu banyak percobaan' }),
  },
});

/**
 * The public survey page (no login): GET shows the form and records nothing (mail scanners
 * open links); POST, with the signed token in the address, records the answer.
 */
export async function publicSurveyRoutes(app: App, ctx: AppContext): Promise<void> {
  await app.register((plain, _options, done) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    // A plain HTML form posts urlencoded fields; only this scope accepts them.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16_384 }, (_request, body, next) => {
      next(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    // Too many tries get a page the requester can read; other errors go to the app's handler.
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.statusCode === 429) return send(reply, { status: 429, html: tooManyPage() });
      handleError(error, request, reply);
    });
    scope.get(`${SURVEY_PATH}/:token`, {
      schema: { tags: ['surveys'], summary: 'The survey page (HTML); records nothing', security: [], params: Params, querystring: Fields },
      config: rateLimited(VIEWS_PER_MINUTE),
    }, async (request, reply) => send(reply, await showSurvey(ctx.db, request.params.token, request.query)));
    scope.post(`${SURVEY_PATH}/:token`, {
      schema: { tags: ['surveys'], summary: 'Record the answer (form fields layanan, substansi, komentar); the latest answer before the survey closes counts', security: [], params: Params, body: Fields },
      config: rateLimited(POSTS_PER_MINUTE),
    }, async (request, reply) => send(reply, await submitSurvey(ctx.db, request.params.token, request.body)));
    done();
  });
}
