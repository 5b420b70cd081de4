import { Type } from '@sinclair/typebox';
import { DateTime, NullableDateTime } from '../server/schemas.ts';
import type { App, AppContext } from '../server/context.ts';
import { AppError, forbidden } from '../platform/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { findUserByUsername, getUser } from '../users/service.ts';
import { createSession, deleteSession } from './sessions.ts';
import { verifyPassword } from './secrets.ts';
import { auditActor, requireActor } from './guard.ts';
import { SESSION_COOKIE } from './hook.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './tokens.ts';
import { UserSchema } from '../users/schemas.ts';

const Me = Type.Object({ user: UserSchema, csrf_token: Type.Union([Type.String(), Type.Null()]) });
const TokenSchema = Type.Object({
  id: Type.Integer(), user_id: Type.Integer(), name: Type.String(), prefix: Type.String(),
  created_at: DateTime,
  last_used_at: NullableDateTime,
  revoked_at: NullableDateTime,
});

export function authRoutes(app: App, ctx: AppContext): void {
  app.post('/api/auth/login', {
    schema: {
      tags: ['auth'],
      summary: 'Log in; sets the session cookie and returns the CSRF token for writes',
      body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 500 }) }),
      response: { 200: Me },
    },
    config: {
      // Per address and username: a whole office behind one NAT address can still log in,
      // while guessing one account's password is slowed to a few tries a minute.
      rateLimit: {
        max: ctx.config.loginRateLimitPerMinute,
        timeWindow: '1 minute',
        hook: 'preHandler',
        keyGenerator: (request) => `${request.ip}|${(request.body as { username?: string } | undefined)?.username?.toLowerCase() ?? ''}`,
      },
    },
  }, async (request, reply) => {
    const { username, password } = request.body;
    const user = await findUserByUsername(ctx.db, username);
    const ok = user !== undefined && user.active && (await verifyPassword(user.password_hash, password));
    if (!user || !ok) {
      await recordAudit(ctx.db, { userId: null, label: username.slice(0, 100), ip: request.ip }, { action: 'auth.login_failed', entity: 'user', entityId: user?.id ?? null });
      throw new AppError('unauthenticated', 'Wrong username or password');
    }
    const session = await createSession(ctx.db, user.id, ctx.config.sessionHours, { ip: request.ip, userAgent: request.headers['user-agent'] });
    await ctx.db.updateTable('users').set({ last_login_at: new Date() }).where('id', '=', user.id).execute();
    await recordAudit(ctx.db, { userId: user.id, label: user.username, ip: request.ip }, { action: 'auth.login', entity: 'user', entityId: user.id });
    void reply.setCookie(SESSION_COOKIE, session.token, {
      path: '/', httpOnly: true, sameSite: 'lax', secure: ctx.config.cookieSecure, expires: session.expiresAt,
    });
    return { user: await getUser(ctx.db, user.id), csrf_token: session.csrfToken };
  });

  app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Log out: ends this session' } }, async (request, reply) => {
    const actor = requireActor(request);
    if (actor.sessionId) await deleteSession(ctx.db, actor.sessionId);
    await recordAudit(ctx.db, auditActor(request, actor), { action: 'auth.logout', entity: 'user', entityId: actor.userId });
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/api/me', { schema: { tags: ['auth'], summary: 'The logged-in user (and the CSRF token of this session)', response: { 200: Me } } }, async (request) => {
    const actor = requireActor(request);
    return { user: await getUser(ctx.db, actor.userId), csrf_token: actor.csrfToken ?? null };
  });

  app.get('/api/tokens', {
    schema: { tags: ['auth'], summary: 'API tokens: your own, or (admin) everyone\'s with ?all=true', querystring: Type.Object({ all: Type.Optional(Type.Boolean()) }), response: { 200: Type.Array(TokenSchema) } },
  }, async (request) => {
    const actor = requireActor(request);
    if (request.query.all && actor.role !== 'admin') throw forbidden('Only admins list every token');
    return listApiTokens(ctx.db, request.query.all ? undefined : actor.userId);
  });

  app.post('/api/tokens', {
    schema: {
      tags: ['auth'], summary: 'Create a personal API token (shown once); admins may create one for another user',
      body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), user_id: Type.Optional(Type.Integer()) }),
      response: { 201: Type.Intersect([TokenSchema, Type.Object({ token: Type.String() })]) },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const userId = request.body.user_id ?? actor.userId;
    if (userId !== actor.userId && actor.role !== 'admin') throw forbidden('Only admins create tokens for other users');
    await getUser(ctx.db, userId);
    const created = await createApiToken(ctx.db, auditActor(request, actor), userId, request.body.name);
    return reply.status(201).send(created);
  });

  app.delete('/api/tokens/:id', {
    schema: { tags: ['auth'], summary: 'Revoke an API token', params: Type.Object({ id: Type.Integer() }), response: { 200: TokenSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const owner = actor.role === 'admin' ? undefined : actor.userId;
    return revokeApiToken(ctx.db, auditActor(request, actor), request.params.id, owner);
  });
}
