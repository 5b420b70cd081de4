import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';

/**
 * Whether a page of this origin may use the widget's endpoints. A request without an Origin
 * header is not a browser page on another site (a browser always sends one cross-origin and
 * on WebSocket handshakes); scripts can forge any header, which is what the spam challenge
 * and the rate limits are for.
 */
export function originAllowed(config: Config, origin: string | undefined): boolean {
  if (origin === undefined) return true;
  const allowed = config.livechat.allowedOrigins;
  if (allowed === 'any') return true;
  let own: string | undefined;
  try {
    own = new URL(config.publicUrl).origin;
  } catch {
    own = undefined;
  }
  return origin === own || allowed.includes(origin);
}

/**
 * onRequest hook of the widget's routes: refuses other sites' pages and answers CORS for
 * allowed ones (no cookies: the widget authenticates with its own token, never credentials).
 */
export function corsHook(config: Config) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const origin = request.headers.origin;
    if (!originAllowed(config, origin)) {
      throw new AppError('forbidden', `Live chat is not enabled for ${origin ?? 'this site'} (LIVECHAT_ALLOWED_ORIGINS)`);
    }
    if (origin === undefined) return;
    void reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    if (request.method === 'OPTIONS') {
      void reply.header('access-control-allow-methods', 'GET, POST').header('access-control-allow-headers', 'content-type').header('access-control-max-age', '600');
    }
  };
}
