import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../server/context.ts';
import { AppError } from '../platform/errors.ts';
import { actorFromSession } from './sessions.ts';
import { actorFromToken } from './tokens.ts';
import { safeEqual } from './secrets.ts';

export const SESSION_COOKIE = 'sapa_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Staff are identified on the API only; public pages and webhooks are anonymous and authenticate their own way. */
const isApiPath = (url: string): boolean => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/**
 * Identifies the caller on every API request. Cookie-authenticated writes must carry the
 * session's CSRF token in a header, which another site cannot read or set; bearer
 * tokens are not sent by browsers on their own, so they need none. Outside /api a staff
 * member's cookie is ignored, so that the public forms (survey, help desk, bookings) work the
 * same for them as for anyone, and a webhook's own Authorization header is not taken for an
 * API token.
 */
export function authHook(ctx: AppContext) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (!isApiPath(request.url)) return;
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) {
      request.actor = await actorFromToken(ctx.db, bearer);
      if (!request.actor) throw new AppError('unauthenticated', 'The API token is unknown, revoked or its user is inactive');
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const actor = await actorFromSession(ctx.db, cookie);
    if (!actor) return;
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !actor.csrfToken || !safeEqual(sent, actor.csrfToken)) {
        throw new AppError('csrf', `Missing or wrong ${CSRF_HEADER} header: reload the page and try again`);
      }
    }
    request.actor = actor;
  };
}
