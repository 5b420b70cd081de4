/**
 * Test support for the live chat (used by its db and browser tests, never by the server): a
 * real server listening on a free port with its event hub and outbox worker, a clock inside or
 * outside the service hours, and a visitor's WebSocket client.
 */
import WebSocket from 'ws';
import type { DatabaseHandle } from '../../db/connection.ts';
import type { Db } from '../../db/connection.ts';
import { createJobRegistry } from '../../jobs/registry.ts';
import { Worker } from '../../jobs/worker.ts';
import { loadConfig, type Config } from '../../platform/config.ts';
import { VERSION } from '../../platform/version.ts';
import { createEventHub, type EventHub } from '../../realtime/hub.ts';
import { buildApp } from '../../server/app.ts';
import type { App } from '../../server/context.ts';
import { setPresence } from '../../tickets/assignment.ts';
import { createTestDatabase } from '../../../test/helpers/db.ts';
import { MONDAY_MORNING, SATURDAY_NIGHT } from '../../../test/helpers/tickets.ts';
import { livechatClock } from './availability.ts';
import { solveChallenge } from './challenge.ts';

export interface LivechatServer {
  app: App;
  handle: DatabaseHandle;
  db: Db;
  config: Config;
  hub: EventHub;
  /** http://127.0.0.1:<port> */
  origin: string;
  close(): Promise<void>;
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** `consoleDir`: a built console to serve beside the API (the browser test's agent answers there). */
export async function startLivechatServer(env: Record<string, string> = {}, consoleDir?: string): Promise<LivechatServer> {
  const handle = await createTestDatabase();
  const config = loadConfig({ SAPA_DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', LIVECHAT_CHALLENGE_BITS: '8', ...env });
  const hub = await createEventHub(handle, { log: quiet });
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config, version: VERSION, hub, pokeWorker: () => worker.poke() }, { logger: false, consoleDir, serveConsole: consoleDir !== undefined });
  const worker = new Worker(handle.db, createJobRegistry(handle.db, config), { pollMs: 20, backoff: () => 100, log: { error: () => undefined } });
  worker.start();
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app, handle, db: handle.db, config, hub, origin,
    async close() {
      await worker.stop();
      await app.close();
      await hub.close();
      await handle.close();
    },
  };
}

/** Agents answer: a Monday morning (inside the default service hours), with one agent marked available. */
export async function openHours(db: Db, agentId: number): Promise<void> {
  livechatClock.now = () => MONDAY_MORNING;
  await setPresence(db, agentId, true);
}

/** A Saturday night: outside the service hours. */
export function closedHours(): void {
  livechatClock.now = () => SATURDAY_NIGHT;
}

export type Frame = Record<string, unknown> & { type: string };

/** A visitor's widget as a plain WebSocket client. */
export interface VisitorClient {
  frames: Frame[];
  send(frame: object): void;
  waitFor(match: (frame: Frame) => boolean, timeoutMs?: number): Promise<Frame>;
  close(): Promise<void>;
}

export function connectVisitor(server: LivechatServer, origin: string, hello?: { token: string; after?: number }): Promise<VisitorClient> {
  const ws = new WebSocket(`${server.origin.replace(/^http/, 'ws')}/livechat/ws`, { headers: { Origin: origin } });
  const frames: Frame[] = [];
  ws.on('message', (data: Buffer) => frames.push(JSON.parse(data.toString()) as Frame));
  const closed = new Promise<void>((resolve) => ws.on('close', () => resolve()));
  const client: VisitorClient = {
    frames,
    send: (frame) => ws.send(JSON.stringify(frame)),
    async waitFor(match, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = frames.find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No matching frame within ${timeoutMs} ms; got ${JSON.stringify(frames)}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async close() {
      ws.close();
      await closed;
    },
  };
  return new Promise((resolve, reject) => {
    ws.on('unexpected-response', (_request, response) => {
      reject(new Error(`refused: ${response.statusCode}`));
      ws.terminate();
    });
    ws.on('error', reject);
    ws.on('open', () => {
      if (!hello) return resolve(client);
      client.send({ type: 'hello', ...hello });
      client.waitFor((f) => f.type === 'ready').then(() => resolve(client), reject);
    });
  });
}

/** Fetches a challenge and answers it, as the widget does. */
export async function answeredChallenge(server: LivechatServer, origin: string): Promise<{ challenge: string; answer: string }> {
  const response = await fetch(`${server.origin}/livechat/challenge`, { headers: { Origin: origin } });
  const issued = (await response.json()) as { token: string; bits: number };
  return { challenge: issued.token, answer: solveChallenge(issued.token, issued.bits) };
}
