import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, TEST_PASSWORD, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SAPA_LOGIN_RATE_LIMIT: '5' });
  await addUser(t, 'admin', 'admin');
  await addUser(t, 'linna', 'agent');
  await addUser(t, 'l2-dtu', 'l2', 'DTU');
});
afterAll(() => t.close());

describe(`login and sessions (${testDatabaseKind()})`, () => {
  it('logs in with a session cookie that scripts cannot read and other sites do not send on POST', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'linna', password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'sapa_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(response.json()).toMatchObject({ user: { username: 'linna', role: 'agent', team: null } });
    expect(response.json<{ csrf_token: string }>().csrf_token).toMatch(/^[\w-]{40,}$/);
  });

  it('accepts the username in any case but rejects a wrong password without saying which part was wrong', async () => {
    const good = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'LINNA', password: TEST_PASSWORD } });
    expect(good.statusCode).toBe(200);
    for (const payload of [{ username: 'linna', password: 'wrong password' }, { username: 'nobody', password: TEST_PASSWORD }]) {
      const bad = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload, remoteAddress: '10.9.9.9' });
      expect(bad.statusCode).toBe(401);
      expect(bad.json()).toEqual({ error: { code: 'unauthenticated', message: 'Wrong username or password' } });
    }
  });

  it('stores passwords as argon2id hashes only', async () => {
    const row = await t.handle.db.selectFrom('users').select('password_hash').where('username', '=', 'linna').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
  });

  it('answers /api/me for a session and 401 without one; logout ends the session', async () => {
    const session = await login(t, 'linna');
    const me = await session.request('GET', '/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { username: 'linna' }, csrf_token: session.csrf });
    expect((await t.app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    expect((await session.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await session.request('GET', '/api/me')).statusCode).toBe(401);
  });

  it('rate-limits login attempts for one account from one address', async () => {
    const attempt = () =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'linna', password: 'guess guess' }, remoteAddress: '10.1.2.3' });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await attempt()).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes.slice(5)).toEqual([429, 429]);
    const otherAddress = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'linna', password: TEST_PASSWORD }, remoteAddress: '10.1.2.4' });
    expect(otherAddress.statusCode).toBe(200);
    const otherUserSameAddress = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: TEST_PASSWORD }, remoteAddress: '10.1.2.3' });
    expect(otherUserSameAddress.statusCode).toBe(200);
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated write without the CSRF header, or with a wrong one', async () => {
    const admin = await login(t, 'admin');
    const body = { username: 'csrf-victim', role: 'agent' };
    const withoutHeader = await t.app.inject({ method: 'POST', url: '/api/users', cookies: { sapa_session: admin.cookie }, payload: body });
    expect(withoutHeader.statusCode).toBe(403);
    expect(withoutHeader.json()).toMatchObject({ error: { code: 'csrf' } });
    const wrongHeader = await t.app.inject({ method: 'POST', url: '/api/users', cookies: { sapa_session: admin.cookie }, headers: { 'x-csrf-token': 'x'.repeat(43) }, payload: body });
    expect(wrongHeader.statusCode).toBe(403);
    expect(await t.handle.db.selectFrom('users').select('id').where('username', '=', 'csrf-victim').executeTakeFirst()).toBeUndefined();
    const withHeader = await admin.request('POST', '/api/users', body);
    expect(withHeader.statusCode).toBe(201);
  });

  it('ignores a staff session outside the API, so that a logged-in staff member can use the public forms', async () => {
    const admin = await login(t, 'admin');
    // A survey form post from the same browser: no CSRF header, and not refused for it (the token is just unknown).
    const publicForm = await t.app.inject({ method: 'POST', url: '/survei/1.xyz', cookies: { sapa_session: admin.cookie }, payload: 'layanan=5', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(publicForm.statusCode).toBe(404);
    const apiWrite = await t.app.inject({ method: 'POST', url: '/api/users', cookies: { sapa_session: admin.cookie }, payload: { username: 'x-victim', role: 'agent' } });
    expect(apiWrite.statusCode).toBe(403);
  });

  it('does not ask bearer-token requests for a CSRF token', async () => {
    const admin = await login(t, 'admin');
    const { token } = (await admin.request('POST', '/api/tokens', { name: 'script' })).json<{ token: string }>();
    const response = await t.app.inject({ method: 'POST', url: '/api/users', headers: { authorization: `Bearer ${token}` }, payload: { username: 'via-token', role: 'agent' } });
    expect(response.statusCode).toBe(201);
  });
});

describe('roles', () => {
  it('lets only admins manage users', async () => {
    const agent = await login(t, 'linna');
    expect((await agent.request('POST', '/api/users', { username: 'sneaky', role: 'admin' })).statusCode).toBe(403);
    expect((await agent.request('GET', '/api/users')).statusCode).toBe(403);
    const l2 = await login(t, 'l2-dtu');
    expect((await l2.request('PATCH', '/api/users/1', { role: 'admin' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });

  it('requires a team for a Layer 2 account and names the field that is wrong', async () => {
    const admin = await login(t, 'admin');
    const noTeam = await admin.request('POST', '/api/users', { username: 'l2-x', role: 'l2' });
    expect(noTeam.statusCode).toBe(400);
    expect(noTeam.json()).toMatchObject({ error: { code: 'validation', details: [{ field: 'team' }] } });
    const unknownTeam = await admin.request('POST', '/api/users', { username: 'l2-x', role: 'l2', team: 'NOPE' });
    expect(unknownTeam.json()).toMatchObject({ error: { details: [{ field: 'team', value: 'NOPE' }] } });
    const ok = await admin.request('POST', '/api/users', { username: 'l2-sipt', role: 'l2', team: 'sipt', password: 'a long password' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ role: 'l2', team: { code: 'SIPT' }, can_login: true });
  });

  it('rejects a duplicate username and a short password', async () => {
    const admin = await login(t, 'admin');
    expect((await admin.request('POST', '/api/users', { username: 'Linna', role: 'agent' })).statusCode).toBe(409);
    const short = await admin.request('POST', '/api/users', { username: 'shorty', role: 'agent', password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ error: { details: [{ field: 'password' }] } });
  });

  it('ends every session of a deactivated user and keeps at least one admin', async () => {
    const admin = await login(t, 'admin');
    const id = await addUser(t, 'leaving', 'agent');
    const session = await login(t, 'leaving');
    expect((await admin.request('PATCH', `/api/users/${id}`, { active: false })).statusCode).toBe(200);
    expect((await session.request('GET', '/api/me')).statusCode).toBe(401);
    const adminId = (await admin.request('GET', '/api/me')).json<{ user: { id: number } }>().user.id;
    const demote = await admin.request('PATCH', `/api/users/${adminId}`, { role: 'agent' });
    expect(demote.statusCode).toBe(409);
  });
});

describe('API tokens', () => {
  it('authenticates scripts with a bearer token until it is revoked', async () => {
    const agent = await login(t, 'linna');
    const created = await agent.request('POST', '/api/tokens', { name: 'laporan harian' });
    expect(created.statusCode).toBe(201);
    const { id, token, prefix } = created.json<{ id: number; token: string; prefix: string }>();
    expect(token.startsWith(prefix)).toBe(true);
    const stored = await t.handle.db.selectFrom('api_tokens').select('token_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ user: { username: 'linna' }, csrf_token: null });
    expect((await agent.request('DELETE', `/api/tokens/${id}`)).statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
  });

  it('does not let one user revoke or create another user\'s token, unless admin', async () => {
    const admin = await login(t, 'admin');
    const linnaId = (await (await login(t, 'linna')).request('GET', '/api/me')).json<{ user: { id: number } }>().user.id;
    const forLinna = await admin.request('POST', '/api/tokens', { name: 'for linna', user_id: linnaId });
    expect(forLinna.statusCode).toBe(201);
    const l2 = await login(t, 'l2-dtu');
    expect((await l2.request('DELETE', `/api/tokens/${forLinna.json<{ id: number }>().id}`)).statusCode).toBe(404);
    expect((await l2.request('POST', '/api/tokens', { name: 'x', user_id: linnaId })).statusCode).toBe(403);
  });
});

describe('audit log', () => {
  it('records who changed a user, with before and after, and never the password', async () => {
    const admin = await login(t, 'admin');
    const created = await admin.request('POST', '/api/users', { username: 'hanna', role: 'agent', name: 'Hanna', password: 'first password!' });
    const id = created.json<{ id: number }>().id;
    await admin.request('PATCH', `/api/users/${id}`, { role: 'supervisor', password: 'second password!' });
    const log = await admin.request('GET', `/api/audit?entity=user&entity_id=${id}`);
    expect(log.statusCode).toBe(200);
    const rows = log.json<{ action: string; actor: string; before: Record<string, unknown> | null; after: Record<string, unknown> }[]>();
    expect(rows.map((r) => r.action)).toEqual(['user.update', 'user.create']);
    expect(rows[0]).toMatchObject({ actor: 'admin', before: { role: 'agent' }, after: { role: 'supervisor', password: '[redacted]' } });
    expect(JSON.stringify(rows)).not.toContain('password!');
    expect((await (await login(t, 'linna')).request('GET', '/api/audit')).statusCode).toBe(403);
  });
});
