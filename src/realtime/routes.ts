import websocket from '@fastify/websocket';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import type { App, AppContext } from '../server/context.ts';
import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../auth/guard.ts';
import { SESSION_COOKIE } from '../auth/hook.ts';
import { actorFromSession } from '../auth/sessions.ts';
import { actorFromToken } from '../auth/tokens.ts';
import { AppError } from '../platform/errors.ts';
import { isCallEvent, type LiveEvent } from './events.ts';
import type { EventHub } from './hub.ts';

export const LIVE_PATH = '/api/live';
/** Close codes the console acts on: log in again; reconnect later. */
export const CLOSE_REAUTHENTICATE = 4401;
export const CLOSE_GOING_AWAY = 1001;
/** A client this far behind is not reading; dropping it keeps the server's memory bounded. */
const MAX_BUFFERED_BYTES = 1_048_576;

export interface LiveRouteOptions {
  /** How often a connection's session or token is checked again (logout, deactivation, role change). */
  recheckMs?: number;
  /** How often the server pings each client to find dead connections. */
  heartbeatMs?: number;
}

/**
 * Layer 2 teams see their own team's tickets only; Layer 1 and managers see everything. A phone
 * call pops up on the console of the agent whose extension rang, and on no one else's.
 */
export const canSee = (actor: Actor, event: LiveEvent): boolean => {
  if (isCallEvent(event)) return event.assignee_id === actor.userId;
  return actor.role !== 'l2' || (event.team_id !== null && event.team_id === actor.teamId);
};

/**
 * GET /api/live: a WebSocket that sends each live event the user may see as one JSON text
 * frame. Call before app.ready(); it registers @fastify/websocket unless already there.
 */
export async function liveRoutes(app: App, ctx: AppContext, hub: EventHub, options: LiveRouteOptions = {}): Promise<void> {
  if (!app.hasDecorator('websocketServer')) {
    await app.register(websocket, { options: { maxPayload: 4096 }, preClose: () => closeAll(app) });
  }
  app.addHook('onResponse', closeRefusedUpgrade);
  app.route({
    method: 'GET',
    url: LIVE_PATH,
    schema: {
      tags: ['live'],
      summary: 'WebSocket of live updates: new tickets, messages, status changes and escalations',
      description:
        'Frames (JSON text): {"type":"hello","user":{…}} first, then one per event ({"type":"ticket.created"|"ticket.updated"|"message.created"|"escalation.created"|"escalation.answered","ticket_id","team_id","assignee_id",…}; ' +
        'to the agent whose extension rang only: {"type":"call.ringing"|"call.answered"|"call.ended","call_id","assignee_id","contact_id","ticket_id","status"}); ' +
        '{"type":"resync"} means events may have been missed, so refetch; send {"type":"ping"} to get {"type":"pong"}. ' +
        `Close code ${CLOSE_REAUTHENTICATE}: the session or token ended. With the session cookie the Origin header must be this site.`,
    },
    // Runs before the upgrade, so a refused client gets a plain 401 or 403 answer.
    preHandler: (request, _reply, done) => {
      try {
        admit(ctx, request);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    handler: async (_request, reply) => reply.status(426).send({ error: { code: 'bad_request', message: `${LIVE_PATH} is a WebSocket: connect with Upgrade: websocket` } }),
    wsHandler: (socket, request) => serveConnection(socket, request, ctx, hub, options),
  });
}

/**
 * An upgrade answered over HTTP (401, 403, 404) leaves a socket that Node's HTTP server no
 * longer manages. @fastify/websocket closes it only when its own onRequest hook ran, which it
 * does not when the auth hook (added earlier) refused a bad token first: the socket would stay
 * open and hold app.close() forever. Accepted upgrades are hijacked and never come here.
 */
function closeRefusedUpgrade(request: FastifyRequest, _reply: FastifyReply, done: () => void): void {
  if (request.raw.headers.upgrade) request.raw.socket.destroy();
  done();
}

/** The hook has identified the caller; a browser session must also come from our own pages. */
function admit(ctx: AppContext, request: FastifyRequest): void {
  const actor = requireActor(request);
  if (actor.via === 'session' && !sameOrigin(request, ctx.config.publicUrl)) {
    // Browsers send cookies on cross-site WebSocket handshakes and no CSRF header can be added.
    throw new AppError('forbidden', 'A live connection with the session cookie must come from this site (Origin header)');
  }
}

/** Whether the Origin header names this server, as the client addressed it or as configured. */
function sameOrigin(request: FastifyRequest, publicUrl: string): boolean {
  const origin = parseUrl(request.headers.origin);
  if (!origin) return false;
  const requested = parseUrl(`${origin.protocol}//${request.host}`);
  return origin.host === requested?.host || origin.origin === parseUrl(publicUrl)?.origin;
}

function parseUrl(text: string | undefined): URL | undefined {
  if (!text) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function serveConnection(socket: WebSocket, request: FastifyRequest, ctx: AppContext, hub: EventHub, options: LiveRouteOptions): void {
  let actor = requireActor(request);
  const send = sender(socket, request);
  const unsubscribe = hub.subscribe(
    (event) => {
      if (canSee(actor, event)) send(event);
    },
    { onResync: () => send({ type: 'resync' }), onClose: () => socket.close(CLOSE_GOING_AWAY, 'Server shutting down') },
  );
  const recheck = watchCredential(socket, request, ctx, options.recheckMs ?? 60_000, (current) => (actor = current));
  const heartbeat = keepAlive(socket, options.heartbeatMs ?? 30_000);
  socket.on('message', (data, isBinary) => {
    if (!isBinary && isPing(data)) send({ type: 'pong' });
  });
  socket.on('close', () => {
    unsubscribe();
    clearInterval(recheck);
    clearInterval(heartbeat);
  });
  send({ type: 'hello', user: { id: actor.userId, username: actor.username, name: actor.name, role: actor.role, team_id: actor.teamId } });
}

/** Sends one JSON text frame, or drops a client that stopped reading (bounded memory). */
function sender(socket: WebSocket, request: FastifyRequest): (frame: object) => void {
  return (frame) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      request.log.warn({ user: request.actor?.username }, 'Dropped a live connection that stopped reading');
      socket.terminate();
      return;
    }
    socket.send(JSON.stringify(frame));
  };
}

/** Logout, deactivation or a revoked token must end the connection too, not only the next request. */
function watchCredential(socket: WebSocket, request: FastifyRequest, ctx: AppContext, everyMs: number, onActor: (actor: Actor) => void): NodeJS.Timeout {
  const check = credentialCheck(ctx, request, requireActor(request));
  return setInterval(() => {
    check().then(
      (current) => {
        if (current) onActor(current);
        else socket.close(CLOSE_REAUTHENTICATE, 'Log in again');
      },
      (error: unknown) => request.log.warn({ err: error }, 'Could not recheck a live connection'),
    );
  }, everyMs);
}

/** Finds the connection's user again from the same cookie or token, as the auth hook did. */
function credentialCheck(ctx: AppContext, request: FastifyRequest, actor: Actor): () => Promise<Actor | undefined> {
  if (actor.via === 'token') {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    return () => actorFromToken(ctx.db, token);
  }
  const cookie = request.cookies[SESSION_COOKIE] ?? '';
  return () => actorFromSession(ctx.db, cookie);
}

/** Pings the client and drops it when the previous ping got no pong (a vanished laptop). */
function keepAlive(socket: WebSocket, everyMs: number): NodeJS.Timeout {
  let alive = true;
  socket.on('pong', () => (alive = true));
  return setInterval(() => {
    if (!alive) return socket.terminate();
    alive = false;
    socket.ping();
  }, everyMs);
}

/** Browsers cannot send protocol pings, so the console sends {"type":"ping"}. */
function isPing(data: RawData): boolean {
  const text = Buffer.isBuffer(data) ? data.toString() : '';
  if (text === 'ping') return true;
  try {
    return (JSON.parse(text) as { type?: unknown } | null)?.type === 'ping';
  } catch {
    return false;
  }
}

async function closeAll(app: App): Promise<void> {
  for (const client of app.websocketServer.clients) client.close(CLOSE_GOING_AWAY, 'Server shutting down');
  await new Promise<void>((resolve) => app.websocketServer.close(() => resolve()));
}
