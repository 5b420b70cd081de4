import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Config } from '../../platform/config.ts';
import type { LiveEvent } from '../../realtime/events.ts';
import type { EventHub } from '../../realtime/hub.ts';
import { linesAfter } from './conversation.ts';
import { ticketState } from './ticket-state.ts';

type Db = Kysely<Database>;

/** One open widget connection on this instance. */
export interface VisitorConnection {
  visitorId: string;
  ticketId: number | null;
  /** The highest message id this connection has been sent. */
  lastId: number;
  send(frame: object): void;
}

export interface Pusher {
  add(connection: VisitorConnection): void;
  remove(connection: VisitorConnection): void;
  /** The connection's visitor moved to (another) conversation. */
  moved(connection: VisitorConnection, ticketId: number): void;
  /** Sends what the connection has not seen yet of its conversation. */
  catchUp(connection: VisitorConnection): Promise<void>;
  close(): void;
}

/**
 * Pushes a conversation's new messages and its end to the widgets connected to THIS
 * instance. Every instance hears every commit (PostgreSQL NOTIFY through the event hub), so
 * an agent's reply reaches the visitor whichever instance holds the socket; a reply missed
 * while the socket was away is replayed when the widget reconnects.
 */
export function createPusher(db: Db, config: Config, hub: EventHub | undefined, log: { warn(details: object, message: string): void }): Pusher {
  const all = new Set<VisitorConnection>();
  const byTicket = new Map<number, Set<VisitorConnection>>();

  const attach = (c: VisitorConnection): void => {
    if (c.ticketId === null) return;
    const set = byTicket.get(c.ticketId) ?? new Set();
    set.add(c);
    byTicket.set(c.ticketId, set);
  };
  const detach = (c: VisitorConnection): void => {
    if (c.ticketId === null) return;
    const set = byTicket.get(c.ticketId);
    set?.delete(c);
    if (set?.size === 0) byTicket.delete(c.ticketId);
  };

  async function sendMissing(c: VisitorConnection): Promise<void> {
    if (c.ticketId === null) return;
    for (const line of await linesAfter(db, c.ticketId, c.lastId)) {
      c.lastId = Math.max(c.lastId, line.id);
      c.send({ type: 'message', message: line });
    }
  }

  // One catch-up at a time per connection, so that two quick events do not send a line twice.
  const chains = new WeakMap<VisitorConnection, Promise<void>>();
  function catchUp(c: VisitorConnection): Promise<void> {
    const next = (chains.get(c) ?? Promise.resolve()).then(() => sendMissing(c));
    chains.set(c, next.catch(() => undefined));
    return next;
  }

  /** A conversation made on another connection (another tab or instance) of a visitor connected here. */
  async function adopt(ticketId: number): Promise<void> {
    if (!all.size) return;
    const owners = await db.selectFrom('livechat_visitors').select('id').where('ticket_id', '=', ticketId).execute();
    for (const c of all) {
      if (c.ticketId !== ticketId && owners.some((o) => o.id === c.visitorId)) pusher.moved(c, ticketId);
    }
  }

  async function onEvent(event: LiveEvent): Promise<void> {
    if (event.type === 'ticket.created') return adopt(event.ticket_id);
    if (event.type !== 'message.created' && event.type !== 'ticket.updated') return;
    const here = byTicket.get(event.ticket_id);
    if (!here?.size) return;
    if (event.type === 'message.created' && event.direction !== 'internal') {
      await Promise.all([...here].map(catchUp));
    } else if (event.type === 'ticket.updated' && (event.status === 'resolved' || event.status === 'closed')) {
      const ticket = await ticketState(db, config, event.ticket_id);
      for (const c of here) c.send({ type: 'ended', ticket });
    }
  }

  const unsubscribe = hub?.subscribe(
    (event) => void onEvent(event).catch((error: unknown) => log.warn({ err: error }, 'Could not push a live-chat event')),
    { onResync: () => void Promise.all([...all].map(catchUp)).catch((error: unknown) => log.warn({ err: error }, 'Could not resync live-chat visitors')) },
  );

  const pusher: Pusher = {
    add(c) {
      all.add(c);
      attach(c);
    },
    remove(c) {
      all.delete(c);
      detach(c);
    },
    moved(c, ticketId) {
      detach(c);
      c.ticketId = ticketId;
      c.lastId = 0;
      attach(c);
      void catchUp(c).catch((error: unknown) => log.warn({ err: error }, 'Could not send a new conversation'));
    },
    catchUp,
    close: () => unsubscribe?.(),
  };
  return pusher;
}
