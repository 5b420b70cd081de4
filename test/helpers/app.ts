import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { App } from '../../src/server/context.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { VERSION } from '../../src/platform/version.ts';
import { SYSTEM_ACTOR } from '../../src/auth/actor.ts';
import type { Role } from '../../src/db/schema.ts';
import { createUser } from '../../src/users/service.ts';
import { createTestDatabase } from './db.ts';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestApp {
  app: App;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const handle = await createTestDatabase();
  const config = loadConfig({ SAPA_DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config, version: VERSION }, { logger: false });
  await app.ready();
  return {
    app,
    handle,
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

export async function addUser(t: TestApp, username: string, role: Role, team?: string): Promise<number> {
  const user = await createUser(t.handle.db, SYSTEM_ACTOR, { username, role, team, password: TEST_PASSWORD });
  return user.id;
}

/** A logged-in browser: keeps the session cookie and sends the CSRF header on writes. */
export interface Session {
  cookie: string;
  csrf: string;
  request(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

/** Each test login comes from its own address, as different browsers would, so that the login rate limit does not interfere. */
const randomAddress = (): string => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

export async function login(t: TestApp, username: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: randomAddress() });
  if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'sapa_session');
  if (!cookie) throw new Error('no session cookie');
  const csrf = response.json<{ csrf_token: string }>().csrf_token;
  return {
    cookie: cookie.value,
    csrf,
    request: (method, url, payload) =>
      t.app.inject({
        method,
        url,
        cookies: { sapa_session: cookie.value },
        headers: method === 'GET' ? {} : { 'x-csrf-token': csrf },
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      }),
  };
}
