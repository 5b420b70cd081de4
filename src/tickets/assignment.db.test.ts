import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { inbound } from '../../test/helpers/tickets.ts';

let t: TestApp;
let sessions: Record<string, Session>;
beforeAll(async () => {
  t = await createTestApp();
  for (const name of ['ronald', 'horas', 'dian']) await addUser(t, name, 'agent');
  await addUser(t, 'supervisor', 'supervisor');
  sessions = Object.fromEntries(await Promise.all(['ronald', 'horas', 'dian', 'supervisor'].map(async (n) => [n, await login(t, n)] as const)));
});
afterAll(() => t.close());

const assigneeOf = async (phone: string) => {
  const { ticketId } = await inbound(t.handle.db, { from: { phone }, body: 'baru' });
  const ticket = await t.handle.db.selectFrom('tickets').innerJoin('users', 'users.id', 'tickets.assignee_id').select('users.username').where('tickets.id', '=', ticketId).executeTakeFirst();
  return ticket?.username ?? null;
};

describe(`round-robin assignment (${testDatabaseKind()})`, () => {
  it('leaves tickets unassigned while nobody is available', async () => {
    expect(await assigneeOf('081400000001')).toBeNull();
  });

  it('takes turns among available agents only, and stops when switched off', async () => {
    await sessions.ronald!.request('PUT', '/api/me/presence', { available: true });
    await sessions.horas!.request('PUT', '/api/me/presence', { available: true });
    const turns = [];
    for (let i = 2; i <= 5; i++) turns.push(await assigneeOf(`08140000000${i}`));
    expect(turns).toEqual(['ronald', 'horas', 'ronald', 'horas']);
    await sessions.horas!.request('PUT', '/api/me/presence', { available: false });
    await sessions.dian!.request('PUT', '/api/me/presence', { available: true });
    expect([await assigneeOf('081400000006'), await assigneeOf('081400000007')]).toEqual(['dian', 'ronald']);
    expect((await sessions.dian!.request('PUT', '/api/settings/assignment', { auto: false })).statusCode).toBe(403);
    expect((await sessions.supervisor!.request('PUT', '/api/settings/assignment', { auto: false })).statusCode).toBe(200);
    expect(await assigneeOf('081400000008')).toBeNull();
  });

  it('lets a supervisor reassign by hand, but not to a Layer 2 account', async () => {
    const { ticketId } = await inbound(t.handle.db, { from: { phone: '081400000009' }, body: 'manual' });
    const horasId = (await sessions.horas!.request('GET', '/api/me')).json<{ user: { id: number } }>().user.id;
    const moved = await sessions.supervisor!.request('PATCH', `/api/tickets/${ticketId}`, { assignee_id: horasId });
    expect(moved.json()).toMatchObject({ assignee: { username: 'horas' } });
    const l2 = await addUser(t, 'l2-p2d', 'l2', 'P2D');
    const wrong = await sessions.supervisor!.request('PATCH', `/api/tickets/${ticketId}`, { assignee_id: l2 });
    expect(wrong.json()).toMatchObject({ error: { details: [{ field: 'assignee_id' }] } });
  });
});
