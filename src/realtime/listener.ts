import pg from 'pg';
import type { DatabaseHandle, Db } from '../db/connection.ts';
import type { PgliteClient } from '../db/pglite/client.ts';
import { LIVE_CHANNEL, parseEvent, type LiveEvent } from './events.ts';

/** The few log calls live updates make; a Fastify or pino logger fits. */
export interface LiveLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface ListenOptions {
  log?: LiveLog;
  /** Called when a lost LISTEN connection is back: events sent in between were missed. */
  onResync?: () => void;
  /** First and longest wait before reconnecting (PostgreSQL). */
  retryMinMs?: number;
  retryMaxMs?: number;
  /** How often the LISTEN connection is probed: a silently dead one would never notify. */
  probeMs?: number;
}

export type StopListening = () => Promise<void>;

/** Printed as one line each; the server's own logger is better when there is one. */
export const consoleLog: LiveLog = {
  info: () => undefined,
  warn: (details, message) => console.warn(`[sapa live] ${message}`, details),
  error: (details, message) => console.error(`[sapa live] ${message}`, details),
};

/**
 * Calls onEvent with every live event committed by any instance on this database.
 * Resolves once listening (or, on PostgreSQL, once the first attempt failed and retries
 * continue in the background), with a function that stops.
 */
export async function listen(handle: DatabaseHandle, onEvent: (event: LiveEvent) => void, options: ListenOptions = {}): Promise<StopListening> {
  const log = options.log ?? consoleLog;
  const deliver = (payload: string): void => {
    const event = parseEvent(payload);
    if (!event) {
      log.warn({ payload: payload.slice(0, 200) }, 'Ignored a notification that is not a live event');
      return;
    }
    try {
      onEvent(event);
    } catch (error) {
      log.error({ err: error, event }, 'A live event handler failed');
    }
  };
  if (handle.pglite) return listenPglite(handle.db, handle.pglite, deliver);
  if (!handle.connectionString) throw new Error('Live updates need the PostgreSQL connection string or the PGlite client');
  const listener = new PostgresListener(handle.connectionString, deliver, { ...options, log });
  await listener.start();
  return () => listener.stop();
}

/**
 * PGlite has one session, so a LISTEN sent while someone's transaction is open would join
 * (and could roll back with) it: take the connection the way a query does, then listen.
 */
async function listenPglite(db: Db, client: PgliteClient, deliver: (payload: string) => void): Promise<StopListening> {
  const stop = await db.connection().execute(() => client.onNotification(LIVE_CHANNEL, deliver));
  return () => db.connection().execute(() => stop());
}

/** One dedicated connection (never a pooled one: LISTEN belongs to a session), reconnected with backoff. */
class PostgresListener {
  private client: pg.Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private probeTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private listenedBefore = false;
  private stopped = false;
  private readonly log: LiveLog;

  constructor(
    private readonly connectionString: string,
    private readonly deliver: (payload: string) => void,
    private readonly options: ListenOptions & { log: LiveLog },
  ) {
    this.log = options.log;
  }

  async start(): Promise<void> {
    await this.connect();
    const probeMs = this.options.probeMs ?? 30_000;
    this.probeTimer = setInterval(() => void this.probe(), probeMs).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.probeTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'sapa-live', query_timeout: 10_000 });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload !== undefined) this.deliver(message.payload);
    });
    // Without an error listener a dropped connection would crash the process.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('The LISTEN connection ended')));
    try {
      await client.connect();
      await client.query(`listen ${LIVE_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.client !== client) return;
    // Subscribers that came while there was no LISTEN may have missed events too.
    const missed = this.listenedBefore || this.failures > 0;
    this.failures = 0;
    this.listenedBefore = true;
    if (missed) {
      this.log.info({}, 'Live updates are listening again');
      this.options.onResync?.();
    }
  }

  private async probe(): Promise<void> {
    const client = this.client;
    if (!client || !this.listenedBefore) return;
    try {
      await client.query('select 1');
    } catch (error) {
      this.lost(client, error);
    }
  }

  /** Retires a failed client (once) and schedules the next attempt. */
  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client || this.stopped) return;
    this.client = undefined;
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    const min = this.options.retryMinMs ?? 250;
    const delay = Math.min(this.options.retryMaxMs ?? 30_000, min * 2 ** this.failures++);
    this.log.warn({ err: error, retryInMs: delay }, 'Live updates lost their database connection; reconnecting');
    this.retryTimer = setTimeout(() => void this.connect(), delay).unref();
  }
}
