/**
 * The whole server for the console's browser tests: the built console, the API with its live
 * events and outbox worker, the WhatsApp channel pointed at the fake Graph API, and staff.
 */
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createJobRegistry } from '../../src/jobs/registry.ts';
import { Worker } from '../../src/jobs/worker.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { VERSION } from '../../src/platform/version.ts';
import { createEventHub } from '../../src/realtime/hub.ts';
import { buildApp } from '../../src/server/app.ts';
import type { App } from '../../src/server/context.ts';
import { SYSTEM_ACTOR } from '../../src/auth/actor.ts';
import { createUser } from '../../src/users/service.ts';
import { startFakeGraph, type FakeGraph } from '../fakes/whatsapp/fake-graph.ts';
import { buildConsole } from '../helpers/console.ts';
import { createTestDatabase } from '../helpers/db.ts';

export const PASSWORD = 'correct horse battery';
const WHATSAPP = {
  WHATSAPP_PHONE_NUMBER_ID: '106540352242922', WHATSAPP_ACCESS_TOKEN: 'EAAG-test-token', WHATSAPP_APP_SECRET: 'app-secret-for-tests',
  WHATSAPP_VERIFY_TOKEN: 'verify-me', WHATSAPP_API_VERSION: 'v21.0',
};

export interface ConsoleServer {
  app: App;
  handle: DatabaseHandle;
  fake: FakeGraph;
  /** http://127.0.0.1:<port> */
  origin: string;
  close(): Promise<void>;
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

export async function startConsoleServer(): Promise<ConsoleServer> {
  const consoleDir = await buildConsole();
  const fake = await startFakeGraph({ appSecret: WHATSAPP.WHATSAPP_APP_SECRET, accessToken: WHATSAPP.WHATSAPP_ACCESS_TOKEN, phoneNumberId: WHATSAPP.WHATSAPP_PHONE_NUMBER_ID, verifyToken: WHATSAPP.WHATSAPP_VERIFY_TOKEN });
  const handle = await createTestDatabase();
  const config = loadConfig({ ...WHATSAPP, WHATSAPP_API_URL: fake.url, SAPA_DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent' });
  const hub = await createEventHub(handle, { log: quiet });
  const worker = new Worker(handle.db, createJobRegistry(handle.db, config), { pollMs: 20, backoff: () => 150, log: { error: () => undefined } });
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config, version: VERSION, hub, pokeWorker: () => worker.poke() }, { logger: false, consoleDir });
  worker.start();
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  fake.setWebhookUrl(`${origin}/webhooks/whatsapp`);
  return {
    app, handle, fake, origin,
    async close() {
      await worker.stop();
      await app.close();
      await hub.close();
      await handle.close();
      await fake.close();
    },
  };
}

/** Staff of the browser tests, all with PASSWORD. */
export async function addStaff(server: ConsoleServer, username: string, role: 'admin' | 'supervisor' | 'agent' | 'l2', team?: string): Promise<number> {
  return (await createUser(server.handle.db, SYSTEM_ACTOR, { username, role, team, password: PASSWORD })).id;
}
