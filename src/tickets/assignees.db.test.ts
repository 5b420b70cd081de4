import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { inbound } from '../../test/helpers/tickets.ts';

let t: TestApp;
let agent: Session;
let l2: Session;
beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'ronald', 'agent');
  await addUser(t, 'horas', 'agent');
  await addUser(t, 'supervisor', 'supervisor');
  await addUser(t, 'l2-p2d', 'l2', 'P2D');
  const gone = await addUser(t, 'gone', 'agent');
  await t.handle.db.updateTable('users').set({ active: false }).where('id', '=', gone).execute();
  agent = await login(t, 'ronald');
  l2 = await login(t, 'l2-p2d');
});
afterAll(() => t.close());

describe(`GET /api/assignees (${testDatabaseKind()})`, () => {
  it('lists active Layer 1 people, agents first, with their availability', async () => {
    await agent.request('PUT', '/api/me/presence', { available: true });
    const response = await agent.request('GET', '/api/assignees');
    expect(response.statusCode).toBe(200);
    const people = response.json<{ username: string; role: string; available: boolean }[]>();
    expect(people.map((p) => p.username)).toEqual(['horas', 'ronald', 'supervisor']);
    expect(people.find((p) => p.username === 'ronald')).toMatchObject({ role: 'agent', available: true });
    expect(people.find((p) => p.username === 'horas')).toMatchObject({ available: false });
  });

  it('is not for Layer 2 teams', async () => {
    expect((await l2.request('GET', '/api/assignees')).statusCode).toBe(403);
  });
});

describe(`clearing a ticket's tags and assignee with null (${testDatabaseKind()})`, () => {
  it('stores null, not "" or 0 (Ajv coerceTypes must not turn null into a string or number)', async () => {
    const { ticketId } = await inbound(t.handle.db, { from: { phone: '081400000077' }, body: 'tolong' });
    const set = await agent.request('PATCH', `/api/tickets/${ticketId}`, { user_category: 'pemda', region_code: '32.01', assignee_id: (await agent.request('GET', '/api/me')).json<{ user: { id: number } }>().user.id });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ user_category: 'pemda', region_code: '32.01', zone: 'WIB', assignee: { username: 'ronald' } });
    const cleared = await agent.request('PATCH', `/api/tickets/${ticketId}`, { user_category: null, region_code: null, assignee_id: null });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ user_category: null, region_code: null, zone: null, assignee: null });
  });

  it('creates a canned response without a topic, and clears a contact\'s region', async () => {
    const canned = await agent.request('POST', '/api/canned-responses', { title: 'Salam', body: 'Selamat pagi', topic_code: null });
    expect(canned.statusCode).toBe(201);
    expect(canned.json()).toMatchObject({ topic_code: null });
    const unknownTopic = await agent.request('POST', '/api/canned-responses', { title: 'Salam', body: 'Selamat pagi', topic_code: 'TIDAK_ADA' });
    expect(unknownTopic.statusCode).toBe(400);
    expect(unknownTopic.json()).toMatchObject({ error: { code: 'validation', details: [{ field: 'topic_code', message: 'Unknown topics "TIDAK_ADA" in topic_code' }] } });
    const { ticketId } = await inbound(t.handle.db, { from: { phone: '081400000078' }, body: 'halo' });
    const contactId = (await agent.request('GET', `/api/tickets/${ticketId}`)).json<{ requester: { id: number } }>().requester.id;
    expect((await agent.request('PATCH', `/api/contacts/${contactId}`, { region_code: '32.01' })).json()).toMatchObject({ region_code: '32.01' });
    expect((await agent.request('PATCH', `/api/contacts/${contactId}`, { region_code: null })).json()).toMatchObject({ region_code: null });
  });
});
