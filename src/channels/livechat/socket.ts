import type { FastifyBaseLogger } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import type { AppContext } from '../../server/context.ts';
import { MAX_MESSAGE_CHARS, markSeen, storeVisitorMessage } from './conversation.ts';
import { availability } from './availability.ts';
import type { Pusher, VisitorConnection } from './push.ts';
import { livechatKey } from './signing.ts';
import { ticketState } from './ticket-state.ts';
import { visitorOfToken, type Visitor } from './visitor.ts';

/** Close codes the widget acts on: fill in the form again; reconnect later. */
export const CLOSE_UNKNOWN_VISITOR = 4401;
export const CLOSE_GOING_AWAY = 1001;
const HELLO_WITHIN_MS = 10_000;
/** Messages a visitor may send per minute on one connection: a person types fewer. */
const MESSAGES_PER_MINUTE = 30;
const MAX_BUFFERED_BYTES = 1_048_576;
const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;

type Frame = { type?: unknown; token?: unknown; after?: unknown; clientId?: unknown; body?: unknown; upTo?: unknown };

function parse(data: RawData, isBinary: boolean): Frame | undefined {
  if (isBinary || !Buffer.isBuffer(data)) return undefined;
  try {
    const value: unknown = JSON.parse(data.toString());
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

const wholeNumber = (value: unknown): number => (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0);

/**
 * One widget's WebSocket. The widget says hello with its visitor token and the last message
 * id it has; it gets what it missed, then each new message of its conversation. Its own
 * messages are acknowledged only once stored; frames are handled one at a time, in order.
 */
export function serveVisitor(socket: WebSocket, ctx: AppContext, pusher: Pusher, log: FastifyBaseLogger): void {
  let visitor: Visitor | undefined;
  let connection: VisitorConnection | undefined;
  let sent: number[] = [];
  const send = (frame: object): void => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) return socket.terminate();
    socket.send(JSON.stringify(frame));
  };
  const fail = (code: string, message: string, clientId?: string): void => send({ type: 'error', code, message, ...(clientId ? { clientId } : {}) });
  const helloTimer = setTimeout(() => socket.close(CLOSE_UNKNOWN_VISITOR, 'No hello'), HELLO_WITHIN_MS);

  async function hello(frame: Frame): Promise<void> {
    const found = typeof frame.token === 'string' ? await visitorOfToken(ctx.db, await livechatKey(ctx.db), frame.token) : undefined;
    if (!found) return socket.close(CLOSE_UNKNOWN_VISITOR, 'Unknown visitor');
    clearTimeout(helloTimer);
    visitor = found;
    await ctx.db.updateTable('livechat_visitors').set({ last_seen_at: new Date() }).where('id', '=', found.id).execute();
    connection = { visitorId: found.id, ticketId: found.ticket_id, lastId: wholeNumber(frame.after), send };
    const [ticket, available] = await Promise.all([found.ticket_id === null ? undefined : ticketState(ctx.db, ctx.config, found.ticket_id), availability(ctx.db)]);
    send({ type: 'ready', visitor: { name: found.name, email: found.email }, ...available, ticket: ticket ?? null, transcript: ctx.config.email.smtp !== undefined });
    pusher.add(connection);
    await pusher.catchUp(connection);
  }

  async function message(frame: Frame): Promise<void> {
    const clientId = typeof frame.clientId === 'string' && CLIENT_ID.test(frame.clientId) ? frame.clientId : undefined;
    const body = typeof frame.body === 'string' ? frame.body.trim() : '';
    if (!visitor || !connection) return fail('not_ready', 'Send hello first');
    if (!clientId) return fail('bad_request', 'clientId: 8 to 64 letters, digits, - or _');
    if (!body || body.length > MAX_MESSAGE_CHARS) return fail('validation', `Pesan kosong atau lebih dari ${MAX_MESSAGE_CHARS} karakter.`, clientId);
    const now = Date.now();
    sent = sent.filter((at) => now - at < 60_000);
    if (sent.length >= MESSAGES_PER_MINUTE) return fail('rate_limited', 'Terlalu banyak pesan; tunggu sebentar.', clientId);
    sent.push(now);
    const stored = await storeVisitorMessage(ctx.db, visitor, clientId, body);
    if (stored.ticketId !== connection.ticketId) pusher.moved(connection, stored.ticketId);
    send({ type: 'ack', clientId, id: stored.messageId, duplicate: stored.duplicate, ticket: await ticketState(ctx.db, ctx.config, stored.ticketId) });
  }

  async function handle(frame: Frame): Promise<void> {
    switch (frame.type) {
      case 'hello': return visitor ? undefined : hello(frame);
      case 'message': return message(frame);
      case 'seen': return connection?.ticketId ? markSeen(ctx.db, connection.ticketId, wholeNumber(frame.upTo)) : undefined;
      case 'ping': return send({ type: 'pong' });
      default: return fail('bad_request', 'Unknown frame type');
    }
  }

  let queue = Promise.resolve();
  socket.on('message', (data, isBinary) => {
    const frame = parse(data, isBinary);
    if (!frame) return fail('bad_request', 'Frames are JSON objects');
    queue = queue.then(() => handle(frame)).catch((error: unknown) => {
      log.error({ err: error }, 'A live-chat frame failed');
      // The widget keeps an unacknowledged message and sends it again.
      fail('unavailable', 'Pesan belum tersimpan; dicoba lagi.', typeof frame.clientId === 'string' ? frame.clientId : undefined);
    });
  });
  // A vanished phone never closes its socket: ping, and drop it when the last ping got no pong.
  let alive = true;
  socket.on('pong', () => (alive = true));
  const heartbeat = setInterval(() => {
    if (!alive) return socket.terminate();
    alive = false;
    socket.ping();
  }, 30_000);
  socket.on('close', () => {
    clearTimeout(helloTimer);
    clearInterval(heartbeat);
    if (connection) pusher.remove(connection);
  });
}
