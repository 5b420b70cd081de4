import { receiveInbound } from '../tickets/ingest.ts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openPglite, openPostgres, type DatabaseHandle } from '../db/connection.ts';
import { buildApp } from '../server/app.ts';
import type { App, AppContext } from '../server/context.ts';
import { loadConfig } from '../platform/config.ts';
import { VERSION } from '../platform/version.ts';
import { SYSTEM_ACTOR } from '../auth/actor.ts';
import { createApiToken } from '../auth/tokens.ts';
import { login, TEST_PASSWORD, type TestApp } from '../../test/helpers/app.ts';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';
import { createUser, resolveTeamId } from '../users/service.ts';
import { publish, type LiveEvent } from './events.ts';
import { createEventHub, type EventHub } from './hub.ts';
import type { LiveLog } from './listener.ts';
import { CLOSE_GOING_AWAY, CLOSE_REAUTHENTICATE, liveRoutes } from './routes.ts';

type Frame = Record<string, unknown>;

/** Warnings go here instead of the test output; the reconnect test reads them. */
const warnings: string[] = [];
const testLog: LiveLog = { info: () => undefined, warn: (_details, message) => void warnings.push(message), error: (_details, message) => void warnings.push(message) };

/** One server instance as production runs it: its own hub, its own HTTP port. */
interface Instance {
  app: App;
  hub: EventHub;
  handle: DatabaseHandle;
  origin: string;
  url: string;
  /** The test helpers' view, for login(). */
  t: TestApp;
  close(): Promise<void>;
}

async function startInstance(handle: DatabaseHandle): Promise<Instance> {
  const hub = await createEventHub(handle, { log: testLog, retryMinMs: 100 });
  const config = loadConfig({ SAPA_DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent' });
  const ctx: AppContext = { db: handle.db, dbKind: handle.kind, config, version: VERSION };
  const app = await buildApp(ctx, { logger: false });
  await liveRoutes(app, ctx, hub, { recheckMs: 200 });
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  const close = async (): Promise<void> => {
    await app.close();
    await hub.close();
  };
  return { app, hub, handle, origin, url: `${origin.replace(/^http/, 'ws')}/api/live`, t: { app, handle, close }, close };
}

interface LiveClient {
  frames: Frame[];
  closed: Promise<{ code: number; reason: string }>;
  send(text: string): void;
  /** The first frame (since the start) that matches, within the time limit. */
  waitFor(match: Frame, timeoutMs?: number): Promise<Frame>;
  close(): void;
}

const matches = (frame: Frame, match: Frame): boolean => Object.entries(match).every(([key, value]) => frame[key] === value);

/** Connects and waits for the hello frame; rejects with the HTTP status of a refused upgrade. */
function connect(url: string, headers: Record<string, string>): Promise<LiveClient> {
  const ws = new WebSocket(url, { headers });
  const frames: Frame[] = [];
  ws.on('message', (data: Buffer) => frames.push(JSON.parse(data.toString()) as Frame));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const client: LiveClient = {
    frames,
    closed,
    send: (text) => ws.send(text),
    async waitFor(match, timeoutMs = 1000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = frames.find((frame) => matches(frame, match));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No frame like ${JSON.stringify(match)} within ${timeoutMs} ms; got ${JSON.stringify(frames)}`);
        await sleep(5);
      }
    },
    close: () => ws.close(),
  };
  return new Promise((resolve, reject) => {
    ws.on('unexpected-response', (_request, response) => {
      reject(new Error(`refused: ${response.statusCode}`));
      ws.terminate();
    });
    ws.on('error', reject);
    ws.on('open', () => void client.waitFor({ type: 'hello' }).then(() => resolve(client), reject));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let database: DatabaseHandle;
let second: DatabaseHandle | undefined;
let a: Instance;
let b: Instance;
let dtu: number;
let dtk: number;
let nextTicket = 1000;
const clients: LiveClient[] = [];

/** A browser on instance's own page: session cookie and same-site Origin. */
async function browser(instance: Instance, username: string): Promise<LiveClient> {
  const session = await login(instance.t, username);
  const client = await connect(instance.url, { Cookie: `sapa_session=${session.cookie}`, Origin: instance.origin });
  clients.push(client);
  return client;
}

/** A new ticket's event, or another kind when the fields say so; each with its own ticket id. */
const ticketEvent = (fields: Partial<LiveEvent> = { type: 'ticket.created', status: 'new' }): LiveEvent =>
  ({ type: 'ticket.created', ticket_id: nextTicket++, team_id: null, assignee_id: null, ...fields }) as LiveEvent;

/** Publishes as the services do: inside the transaction that makes the change. */
const publishCommitted = (instance: Instance, event: LiveEvent): Promise<void> =>
  instance.handle.db.transaction().execute((trx) => publish(trx, event));

beforeAll(async () => {
  database = await createTestDatabase();
  for (const [username, role, team] of [['admin', 'admin'], ['linna', 'agent'], ['l2-dtu', 'l2', 'DTU']] as const) {
    await createUser(database.db, SYSTEM_ACTOR, { username, role, team, password: TEST_PASSWORD });
  }
  dtu = await resolveTeamId(database.db, 'DTU');
  dtk = await resolveTeamId(database.db, 'DTK');
  a = await startInstance(database);
  // On PostgreSQL the second instance has its own pool and its own LISTEN connection, as a
  // second server would; embedded PGlite is one process by design, so there it is the same.
  if (testDatabaseKind() === 'postgres') {
    if (!database.connectionString) throw new Error('the test database has no connection string');
    second = await openPostgres(database.connectionString, 3);
    b = await startInstance(second);
  } else {
    b = a;
  }
});

afterAll(async () => {
  for (const client of clients) client.close();
  if (b !== a) await b.close();
  await a.close();
  await second?.close();
  await database.close();
});

describe(`live updates (${testDatabaseKind()})`, () => {
  it('delivers an event committed on one instance to a client of the other within a second, only after the commit', async () => {
    const client = await browser(b, 'linna');
    const event = ticketEvent({ type: 'ticket.created', team_id: dtu, status: 'new' });
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (commit = resolve));
    const transaction = a.handle.db.transaction().execute(async (trx) => {
      await publish(trx, event);
      await held;
    });
    await sleep(300);
    expect(client.frames.some((frame) => frame.ticket_id === event.ticket_id)).toBe(false);
    commit();
    await transaction;
    const started = Date.now();
    expect(await client.waitFor({ ticket_id: event.ticket_id }, 1000)).toEqual(event);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('never delivers an event whose transaction rolled back', async () => {
    const client = await browser(b, 'linna');
    const rolledBack = ticketEvent();
    await expect(
      a.handle.db.transaction().execute(async (trx) => {
        await publish(trx, rolledBack);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const after = ticketEvent();
    await publishCommitted(a, after);
    // Notifications arrive in commit order: once the later one is here, the first would be too.
    await client.waitFor({ ticket_id: after.ticket_id });
    expect(client.frames.some((frame) => frame.ticket_id === rolledBack.ticket_id)).toBe(false);
  });

  it('shows a Layer 2 team only its own team\'s events; an agent sees every team\'s', async () => {
    const l2 = await browser(b, 'l2-dtu');
    const agent = await browser(b, 'linna');
    expect(l2.frames[0]).toMatchObject({ type: 'hello', user: { username: 'l2-dtu', role: 'l2', team_id: dtu } });
    const forDtk = ticketEvent({ type: 'message.created', team_id: dtk, message_id: 7, direction: 'in' });
    const unrouted = ticketEvent({ type: 'ticket.updated', team_id: null, status: 'open' });
    const forDtu = ticketEvent({ type: 'escalation.created', team_id: dtu });
    for (const event of [forDtk, unrouted, forDtu]) await publishCommitted(a, event);
    await l2.waitFor({ ticket_id: forDtu.ticket_id });
    await agent.waitFor({ ticket_id: forDtu.ticket_id });
    expect(l2.frames.filter((frame) => frame.type !== 'hello')).toEqual([forDtu]);
    expect(agent.frames.filter((frame) => frame.type !== 'hello')).toEqual([forDtk, unrouted, forDtu]);
  });

  it('sends ids and a few fields only, even when given more', async () => {
    const client = await browser(b, 'admin');
    const event = ticketEvent({ type: 'message.created', message_id: 9, direction: 'in' });
    const wholeRow = { ...event, body: 'Mohon info dana desa', subject: 'Dana desa' };
    await publishCommitted(a, wholeRow);
    expect(await client.waitFor({ ticket_id: event.ticket_id })).toEqual(event);
  });

  it('refuses a connection without a login, or with a session cookie from another site', async () => {
    await expect(connect(b.url, {})).rejects.toThrow('refused: 401');
    await expect(connect(b.url, { Authorization: 'Bearer sapa_not-a-real-token' })).rejects.toThrow('refused: 401');
    const session = await login(b.t, 'linna');
    const cookie = `sapa_session=${session.cookie}`;
    await expect(connect(b.url, { Cookie: cookie, Origin: 'https://evil.example' })).rejects.toThrow('refused: 403');
    await expect(connect(b.url, { Cookie: cookie })).rejects.toThrow('refused: 403');
    const plain = await b.app.inject({ method: 'GET', url: '/api/live', cookies: { sapa_session: session.cookie }, headers: { origin: 'http://localhost' } });
    expect(plain.statusCode).toBe(426);
  });

  it('accepts an API token without an Origin, and answers pings', async () => {
    const userId = (await database.db.selectFrom('users').select('id').where('username', '=', 'linna').executeTakeFirstOrThrow()).id;
    const { token } = await createApiToken(database.db, SYSTEM_ACTOR, userId, 'live script');
    const client = await connect(b.url, { Authorization: `Bearer ${token}` });
    clients.push(client);
    expect(client.frames[0]).toMatchObject({ type: 'hello', user: { username: 'linna', role: 'agent' } });
    client.send(JSON.stringify({ type: 'ping' }));
    await client.waitFor({ type: 'pong' });
    const event = ticketEvent();
    await publishCommitted(a, event);
    await client.waitFor({ ticket_id: event.ticket_id });
  });

  it('closes a connection whose session ended (logout) with 4401', async () => {
    const session = await login(b.t, 'linna');
    const client = await connect(b.url, { Cookie: `sapa_session=${session.cookie}`, Origin: b.origin });
    expect((await session.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect(await client.closed).toMatchObject({ code: CLOSE_REAUTHENTICATE });
  });

  it('closes its connections with 1001 when the server or the hub closes', async () => {
    for (const stop of ['server', 'hub'] as const) {
      const instance = await startInstance(database);
      const session = await login(instance.t, 'linna');
      const client = await connect(instance.url, { Cookie: `sapa_session=${session.cookie}`, Origin: instance.origin });
      if (stop === 'hub') await instance.hub.close();
      else await instance.app.close();
      expect(await client.closed).toMatchObject({ code: CLOSE_GOING_AWAY });
      await instance.close();
    }
    // The other instances still listen.
    const client = await browser(b, 'linna');
    const event = ticketEvent();
    await publishCommitted(a, event);
    await client.waitFor({ ticket_id: event.ticket_id });
  });

  it('starts listening safely while another transaction is open, and that transaction\'s rollback does not undo it', async () => {
    // On PGlite a handle with no hub yet, so that this hub's LISTEN is the first on its session.
    const fresh = testDatabaseKind() === 'pglite' ? await openPglite(undefined) : database;
    let rollback!: () => void;
    let begun!: () => void;
    const held = new Promise<void>((resolve) => (rollback = resolve));
    const inside = new Promise<void>((resolve) => (begun = resolve));
    const transaction = fresh.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      begun();
      await held;
      throw new Error('rolled back');
    });
    await inside;
    const starting = createEventHub(fresh, { log: testLog });
    await sleep(100);
    rollback();
    await expect(transaction).rejects.toThrow('rolled back');
    const hub = await starting;
    const received: LiveEvent[] = [];
    hub.subscribe((event) => received.push(event));
    const event = ticketEvent();
    await publish(fresh.db, event);
    for (let i = 0; i < 200 && !received.length; i++) await sleep(5);
    await hub.close();
    if (fresh !== database) await fresh.close();
    expect(received).toEqual([event]);
  });

  it('announces a requester\'s message that a channel stored, to a client of the other instance', async () => {
    const client = await browser(b, 'linna');
    const stored = await a.handle.db.transaction().execute((trx) =>
      receiveInbound(trx, { channel: 'whatsapp', from: { phone: '081500000001', name: 'Live' }, body: 'Halo, ada yang bisa bantu?' }),
    );
    expect(await client.waitFor({ type: 'ticket.created', ticket_id: stored.ticketId }, 1000)).toMatchObject({ status: 'open' });
    expect(await client.waitFor({ type: 'message.created', message_id: stored.messageId }, 1000)).toMatchObject({ direction: 'inbound' });
  });
});

// Only PostgreSQL has a LISTEN connection that can drop; PGlite listens in-process.
const describeOnPostgres = testDatabaseKind() === 'postgres' ? describe : () => undefined;
describeOnPostgres('live updates over a dropped connection (postgres)', () => {
  it('reconnects when the LISTEN connection drops and tells clients to resync', async () => {
    const client = await browser(b, 'linna');
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'sapa-live' and datname = current_database()`.execute(database.db);
    await client.waitFor({ type: 'resync' }, 5000);
    expect(warnings.some((message) => message.includes('lost their database connection'))).toBe(true);
    const event = ticketEvent();
    await publishCommitted(a, event);
    await client.waitFor({ ticket_id: event.ticket_id });
  });
});
