import { Type } from '@sinclair/typebox';
import type { FastifyError, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App, AppContext } from '../server/context.ts';
import { handleError } from '../server/errors.ts';
import { jakartaDate } from '../platform/calendar.ts';
import { loadCalendar } from '../platform/calendar-service.ts';
import { tooManyPage } from './html.ts';
import { BOOKING_PATH, STATUS_PATH } from './token.ts';
import { showForm, showStatus, submitForm, type FormFields, type PageResult } from './web.ts';
import { createBooking } from './create.ts';
import { getBookingRules } from './rules.ts';
import { openSlots } from './slot-guard.ts';
import { BookingRequest, Created, Day, Kind, Slots, tags } from './schemas.ts';

/** Requests per address per minute: enough for an office behind one address, not for flooding. */
const POSTS_PER_MINUTE = 10;
const VIEWS_PER_MINUTE = 60;

const rateLimited = (max: number) => ({
  rateLimit: { max, timeWindow: '1 minute', hook: 'preHandler' as const, errorResponseBuilder: () => ({ statusCode: 429, message: 'Terlalu banyak percobaan' }) },
});

// The status token is in the address: never send it on as a Referer, never cache or index the page.
function send(reply: FastifyReply, result: PageResult): FastifyReply {
  reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex');
  if ('location' in result) return reply.redirect(result.location, 303);
  return reply.status(result.status).header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
    .send(result.html);
}

/** Repeated fields (the topic checkboxes) become arrays. */
function parseForm(body: string): FormFields {
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const seen = fields[key];
    fields[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return fields;
}

const Fields = Type.Record(Type.String(), Type.Union([Type.String({ maxLength: 4000 }), Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50 })]));

async function pageRoutes(app: App, ctx: AppContext): Promise<void> {
  await app.register((plain, _options, done) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 32_768 }, (_request, body, next) => next(null, parseForm(body as string)));
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.statusCode === 429) return send(reply, { status: 429, html: tooManyPage() });
      handleError(error, request, reply);
    });
    scope.get(BOOKING_PATH, {
      schema: { tags, summary: 'The public booking page (HTML): face-to-face visit or video conference, the open slots per day', security: [] },
      config: rateLimited(VIEWS_PER_MINUTE),
    }, async (_request, reply) => send(reply, await showForm(ctx.db)));
    scope.post(BOOKING_PATH, {
      schema: { tags, summary: 'Send the booking form: 303 to the private status page, or the form again with the problems (400, 409 when the slot was just taken)', security: [], body: Fields },
      config: rateLimited(POSTS_PER_MINUTE),
    }, async (request, reply) => {
      const result = await submitForm(ctx.db, request.body, ctx.config.publicUrl);
      if (result.status === 303) ctx.pokeWorker?.();
      return send(reply, result);
    });
    scope.get(`${STATUS_PATH}/:token`, {
      schema: { tags, summary: 'The private status page of one booking (signed link from the email)', security: [], params: Type.Object({ token: Type.String({ maxLength: 100 }) }), querystring: Type.Object({ baru: Type.Optional(Type.String({ maxLength: 5 })) }) },
      config: rateLimited(VIEWS_PER_MINUTE),
    }, async (request, reply) => send(reply, await showStatus(ctx.db, request.params.token, request.query.baru !== undefined, ctx.config.publicUrl)));
    done();
  });
}

/** The public page, the status page, and the JSON the page and the console use (no login). */
export async function publicBookingRoutes(app: App, ctx: AppContext): Promise<void> {
  await pageRoutes(app, ctx);

  app.get('/api/bookings/slots', {
    schema: { tags, summary: 'Open slots per day within the rules\' window (one schedule for both kinds: a slot holds one visit or one video conference)', security: [], querystring: Type.Object({ kind: Type.Optional(Kind), from: Type.Optional(Day), to: Type.Optional(Day) }), response: { 200: Slots } },
    config: rateLimited(VIEWS_PER_MINUTE),
  }, async (request) => {
    const [rules, calendar] = await Promise.all([getBookingRules(ctx.db), loadCalendar(ctx.db)]);
    return { days: await openSlots(ctx.db, rules, calendar, jakartaDate(new Date()), request.query) };
  });

  app.post('/api/bookings/requests', {
    schema: { tags, summary: 'Request a booking (what the public page sends): 201 with the reference and the private status link; 400 names each broken rule (Indonesian); 409 when the slot or the day is taken', security: [], body: BookingRequest, response: { 201: Created } },
    config: rateLimited(POSTS_PER_MINUTE),
  }, async (request, reply) => {
    const created = await createBooking(ctx.db, request.body, ctx.config.publicUrl);
    ctx.pokeWorker?.();
    return reply.status(201).send({ reference: created.reference, status: created.status, status_url: created.status_url });
  });
}
