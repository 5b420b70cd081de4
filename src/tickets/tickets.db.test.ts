import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { inbound, MONDAY_MORNING, SATURDAY_NIGHT } from '../../test/helpers/tickets.ts';
import { countTickets } from './inbox.ts';

let t: TestApp;
let agent: Session;
beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'linna', 'agent');
  agent = await login(t, 'linna');
});
afterAll(() => t.close());

type Detail = {
  id: number; number: number; status: string; channel: string; zone: string | null; inside_service_hours: boolean; first_response_at: string | null;
  requester: { id: number; name: string; phone: string | null; email: string | null; phones: string[]; emails: string[] };
  messages: { direction: string; body: string; author: string | null; delivery_status: string | null }[];
  topics: string[]; assignee: { username: string } | null;
};
const detail = async (id: number) => (await agent.request('GET', `/api/tickets/${id}`)).json<Detail>();

describe(`contacts (${testDatabaseKind()})`, () => {
  it('recognises one person across WhatsApp, the help-desk form and email', async () => {
    const wa = await inbound(t.handle.db, { from: { phone: '628129990001', name: 'Sari' }, body: 'Halo, tanya DAU', externalId: 'wamid.A1' });
    // The help-desk form gives the same number typed the Indonesian way, and an email address.
    const form = await inbound(t.handle.db, { channel: 'helpdesk', from: { phone: '0812-999-0001', email: 'Sari@Bogorkab.go.id', name: 'Sari W.' }, body: 'Pertanyaan lewat formulir' });
    const mail = await inbound(t.handle.db, { channel: 'email', from: { email: 'sari@bogorkab.go.id' }, subject: 'Surat', body: 'Lewat email' });
    const contacts = await Promise.all([wa, form, mail].map(async (r) => (await detail(r.ticketId)).requester));
    expect(new Set(contacts.map((c) => c.id)).size).toBe(1);
    expect(contacts[2]).toMatchObject({ name: 'Sari', phone: '+628129990001', email: 'sari@bogorkab.go.id' });
  });

  it('lets an agent merge a duplicate contact: its tickets and addresses move over', async () => {
    const a = await inbound(t.handle.db, { from: { phone: '081377770001', name: 'Andi' }, body: 'satu' });
    const b = await inbound(t.handle.db, { channel: 'email', from: { email: 'andi@example.go.id', name: 'Andi' }, body: 'dua' });
    const keep = (await detail(a.ticketId)).requester.id;
    const duplicate = (await detail(b.ticketId)).requester.id;
    expect(keep).not.toBe(duplicate);
    const merged = await agent.request('POST', `/api/contacts/${keep}/merge`, { from: duplicate });
    expect(merged.json()).toMatchObject({ phones: ['+6281377770001'], emails: ['andi@example.go.id'] });
    expect((await detail(b.ticketId)).requester.id).toBe(keep);
    const next = await inbound(t.handle.db, { channel: 'email', from: { email: 'andi@example.go.id' }, body: 'tiga' });
    expect((await detail(next.ticketId)).requester.id).toBe(keep);
  });
});

describe('ticket lifecycle', () => {
  it('opens a ticket with zone and service hours, continues the WhatsApp conversation, and stores a redelivery once', async () => {
    const first = await inbound(t.handle.db, { from: { phone: '081100000001', name: 'Rina', regionCode: '81.71' }, body: 'Bagaimana penyaluran DAK Fisik?', externalId: 'wamid.L1', receivedAt: MONDAY_MORNING });
    const again = await inbound(t.handle.db, { from: { phone: '081100000001' }, body: 'Mohon info', externalId: 'wamid.L2', receivedAt: new Date(MONDAY_MORNING.getTime() + 60_000) });
    const duplicate = await inbound(t.handle.db, { from: { phone: '081100000001' }, body: 'Mohon info', externalId: 'wamid.L2' });
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ ticketId: first.ticketId, created: false });
    expect(duplicate).toMatchObject({ ticketId: first.ticketId, messageId: again.messageId, duplicate: true });
    const ticket = await detail(first.ticketId);
    expect(ticket).toMatchObject({ channel: 'whatsapp', status: 'open', zone: 'WIT', inside_service_hours: true });
    expect(ticket.messages.map((m) => m.body)).toEqual(['Bagaimana penyaluran DAK Fisik?', 'Mohon info']);
    const weekend = await inbound(t.handle.db, { channel: 'email', from: { email: 'x@y.go.id' }, body: 'Sabtu malam', receivedAt: SATURDAY_NIGHT });
    expect((await detail(weekend.ticketId))).toMatchObject({ inside_service_hours: false, zone: null });
  });

  it('replies through the outbox, notes internally, tags, resolves, and a new WhatsApp message then opens a new ticket', async () => {
    const { ticketId } = await inbound(t.handle.db, { from: { phone: '081100000002', name: 'Joko' }, body: 'Tanya DBH' });
    const reply = await agent.request('POST', `/api/tickets/${ticketId}/messages`, { body: 'Baik Pak, DBH disalurkan per triwulan.' });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ direction: 'outbound', delivery_status: 'queued' });
    const job = await t.handle.db.selectFrom('outbox').selectAll().where('type', '=', 'message.send').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(job.payload).toEqual({ messageId: reply.json<{ id: number }>().id });
    await agent.request('POST', `/api/tickets/${ticketId}/messages`, { body: 'cek ke DTU', internal: true });
    const tagged = await agent.request('PATCH', `/api/tickets/${ticketId}`, { topics: ['DBH', 'TRANSFER'], user_category: 'pemda', region_code: '35.75', complaint: true });
    expect(tagged.json()).toMatchObject({ topics: ['DBH', 'TRANSFER'], zone: 'WIB', complaint: true, assignee: { username: 'linna' } });
    const ticket = await detail(ticketId);
    expect(ticket.first_response_at).not.toBeNull();
    expect(ticket.messages.map((m) => [m.direction, m.author])).toEqual([['inbound', 'Joko'], ['outbound', 'linna'], ['internal', 'linna']]);
    const bad = await agent.request('PATCH', `/api/tickets/${ticketId}`, { topics: ['NOPE'] });
    expect(bad.json()).toMatchObject({ error: { code: 'validation', details: [{ field: 'topics', value: 'NOPE' }] } });
    expect((await agent.request('PATCH', `/api/tickets/${ticketId}`, { status: 'resolved' })).json()).toMatchObject({ status: 'resolved' });
    const next = await inbound(t.handle.db, { from: { phone: '081100000002' }, body: 'Terima kasih, satu lagi' });
    expect(next.created).toBe(true);
    expect(next.ticketId).not.toBe(ticketId);
    const reopened = await inbound(t.handle.db, { channel: 'email', from: { phone: '081100000002' }, body: 'balasan email', ticketId });
    expect((await detail(reopened.ticketId)).status).toBe('open');
    const audit = (await t.handle.db.selectFrom('audit_log').select(['action', 'actor']).where('entity', '=', 'ticket').where('entity_id', '=', String(ticketId)).execute());
    expect(audit.map((a) => a.action)).toEqual(['ticket.update', 'ticket.update']);
  });

  it('creates a ticket for a phone call from the API, matching the typed region, and refuses an ambiguous one', async () => {
    const created = await agent.request('POST', '/api/tickets', { channel: 'phone', requester: { name: 'Pak Harun', phone: '0274 512345', region: 'Kab. Sleman' }, body: 'Menanyakan Dana Desa', topics: ['DANA_DESA'] });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ channel: 'phone', region_code: '34.04', topics: ['DANA_DESA'], assignee: { username: 'linna' } });
    const ambiguous = await agent.request('POST', '/api/tickets', { channel: 'phone', requester: { name: 'X', region: 'Pasuruan' }, body: 'x' });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json<{ error: { details: { message: string }[] } }>().error.details[0]?.message).toContain('35.14');
    const phoneReply = await agent.request('POST', `/api/tickets/${created.json<{ id: number }>().id}/messages`, { body: 'x' });
    expect(phoneReply.statusCode).toBe(400);
  });
});

describe('inbox', () => {
  it('filters, searches in Indonesian, counts and pages by keyset', async () => {
    const base = new Date('2025-02-03T09:00:00+07:00').getTime();
    for (let i = 0; i < 7; i++) {
      await inbound(t.handle.db, { channel: i % 2 ? 'email' : 'whatsapp', from: { email: `inbox${i}@pemda.go.id`, regionCode: i < 3 ? '73.71' : '32.01' }, subject: `Inbox ${i}`, body: i === 5 ? 'Kapan penyaluran dana desa tahap dua?' : `pertanyaan nomor ${i}`, receivedAt: new Date(base + i * 60_000) });
    }
    const range = 'from=2025-02-03&to=2025-02-04';
    const list = async (query: string) => (await agent.request('GET', `/api/tickets?${range}&${query}`)).json<{ items: { subject: string; requester: { email: string } }[]; next_cursor: string | null }>();
    expect((await list('channel=email')).items.map((i) => i.subject)).toEqual(['Inbox 5', 'Inbox 3', 'Inbox 1']);
    expect((await list('zone=WITA')).items).toHaveLength(3);
    expect((await list('q=disalurkan')).items.map((i) => i.subject)).toEqual(['Inbox 5']);
    const page1 = await list('limit=3');
    expect(page1.items.map((i) => i.subject)).toEqual(['Inbox 6', 'Inbox 5', 'Inbox 4']);
    // A ticket arriving between pages does not shift the next page.
    await inbound(t.handle.db, { channel: 'email', from: { email: 'late@pemda.go.id' }, subject: 'Late', body: 'late', receivedAt: new Date(base + 3_600_000) });
    const page2 = await list(`limit=3&cursor=${page1.next_cursor}`);
    expect(page2.items.map((i) => i.subject)).toEqual(['Inbox 3', 'Inbox 2', 'Inbox 1']);
    const page3 = await list(`limit=3&cursor=${page2.next_cursor}`);
    expect(page3).toMatchObject({ items: [{ subject: 'Inbox 0' }], next_cursor: null });
    const counts = (await agent.request('GET', `/api/tickets/counts?${range}`)).json<Record<string, number>>();
    expect(counts).toEqual({ open: 8, pending: 0, escalated: 0, resolved: 0, closed: 0, total: 8, at_least: [] });
    const actor = { userId: 0, username: 'x', name: 'x', role: 'agent' as const, teamId: null, via: 'token' as const };
    const capped = await countTickets(t.handle.db, actor, { from: new Date('2025-02-03T00:00:00+07:00'), to: new Date('2025-02-04T00:00:00+07:00') }, 5);
    expect(capped).toMatchObject({ open: 5, total: 5, at_least: ['open'] });
    // A date range pages by creation; sort=activity puts the ticket with the latest message first.
    await inbound(t.handle.db, { from: { email: 'inbox0@pemda.go.id' }, body: 'susulan', receivedAt: new Date(base + 7_200_000) });
    expect((await list('limit=2')).items.map((i) => i.subject)).toEqual(['Late', 'Inbox 6']);
    expect((await list('limit=2&sort=activity')).items.map((i) => i.subject)).toEqual(['Inbox 0', 'Late']);
    const mixed = await agent.request('GET', `/api/tickets?${range}&sort=activity&cursor=${page1.next_cursor}`);
    expect(mixed.json()).toMatchObject({ error: { code: 'validation', details: [{ field: 'cursor' }] } });
    const badStatus = await agent.request('GET', '/api/tickets?status=open,weird');
    expect(badStatus.json()).toMatchObject({ error: { details: [{ field: 'status', value: 'weird' }] } });
  });

  it('answers the public contract shape', async () => {
    const { ticketId } = await inbound(t.handle.db, { from: { phone: '081100000009', name: 'Kontrak', regionCode: '19.03' }, body: 'kontrak', topics: ['DAU'] });
    const body = (await agent.request('GET', `/api/tickets?channel=whatsapp&status=open&limit=200`)).json<{ items: Record<string, unknown>[] }>();
    const item = body.items.find((i) => i.id === ticketId);
    expect(item).toMatchObject({ id: ticketId, number: expect.any(Number) as unknown, channel: 'whatsapp', status: 'open', subject: 'kontrak', created_at: expect.any(String) as unknown, requester: { name: 'Kontrak', phone: '+6281100000009', email: null, region_code: '19.03' }, topics: ['DAU'], assignee: null });
    const one = (await agent.request('GET', `/api/tickets/${ticketId}`)).json<{ messages: Record<string, unknown>[] }>();
    expect(one.messages[0]).toMatchObject({ direction: 'inbound', body: 'kontrak', created_at: expect.any(String) as unknown, author: 'Kontrak' });
  });
});
