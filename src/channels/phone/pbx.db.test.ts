import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addUser, login, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { createTestDatabase, testDatabaseKind } from '../../../test/helpers/db.ts';
import { inbound, MONDAY_MORNING } from '../../../test/helpers/tickets.ts';
import type { DatabaseHandle } from '../../db/connection.ts';
import { loadConfig } from '../../platform/config.ts';
import { VERSION } from '../../platform/version.ts';
import { createEventHub, type EventHub } from '../../realtime/hub.ts';
import { buildReport } from '../../reports/report.ts';
import { buildApp } from '../../server/app.ts';

const SECRET = 'pbx-test-secret-0123456789';
type Frame = Record<string, unknown>;
type Call = { id: number; status: string; agent_id: number | null; ticket_id: number | null; duration_seconds: number | null; answered_at: string | null; ended_at: string | null; ringing_at: string | null; contact_id: number | null };

let handle: DatabaseHandle;
let hub: EventHub;
let t: TestApp;
let origin: string;
let sari: Session;
let budi: Session;
let sariId: number;
let budiId: number;
const sockets: WebSocket[] = [];

/** A console's live connection: every frame it got, and a wait for one like `match`. */
async function liveConsole(session: Session) {
  const ws = new WebSocket(`${origin.replace(/^http/, 'ws')}/api/live`, { headers: { Cookie: `sapa_session=${session.cookie}`, Origin: origin } });
  sockets.push(ws);
  const frames: Frame[] = [];
  ws.on('message', (data: Buffer) => frames.push(JSON.parse(data.toString()) as Frame));
  const waitFor = async (match: Frame): Promise<Frame> => {
    for (let i = 0; i < 400; i++) {
      const found = frames.find((f) => Object.entries(match).every(([k, v]) => f[k] === v));
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`No frame like ${JSON.stringify(match)}; got ${JSON.stringify(frames)}`);
  };
  await waitFor({ type: 'hello' });
  return { frames, waitFor };
}

const at = (time: string): string => `2025-01-06T${time}+07:00`;
/** Null sends no secret header at all. */
const pbx = (body: Record<string, unknown>, secret: string | null = SECRET) =>
  t.app.inject({ method: 'POST', url: '/webhooks/pbx', payload: body, headers: secret === null ? {} : { 'x-pbx-secret': secret } });
const ringing = (callId: string, caller = '0813-2222-3333', extension = '201') => ({ event: 'ringing', call_id: callId, caller, extension, at: at('09:00:00') });
const answered = (callId: string, extension = '201') => ({ event: 'answered', call_id: callId, caller: '0813-2222-3333', extension, at: at('09:00:10') });
const ended = (callId: string) => ({ event: 'ended', call_id: callId, caller: '0813-2222-3333', extension: '201', at: at('09:04:20') });

async function send(...events: Record<string, unknown>[]): Promise<void> {
  for (const event of events) {
    const response = await pbx(event);
    if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
  }
}

const callOf = async (pbxCallId: string): Promise<Call> => {
  const row = await handle.db.selectFrom('calls').select('id').where('pbx_call_id', '=', pbxCallId).executeTakeFirstOrThrow();
  return (await sari.request('GET', `/api/calls/${row.id}`)).json<{ call: Call }>().call;
};
const draftTicketsOf = (callId: number) =>
  handle.db.selectFrom('messages').select('ticket_id').where((eb) => eb(eb.ref('metadata', '->>').key('call_id'), '=', String(callId))).execute();

beforeAll(async () => {
  handle = await createTestDatabase();
  hub = await createEventHub(handle, { log: { info: () => undefined, warn: () => undefined, error: () => undefined } });
  const config = loadConfig({ SAPA_DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', PBX_WEBHOOK_SECRET: SECRET });
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config, version: VERSION, hub }, { logger: false });
  origin = await app.listen({ port: 0, host: '127.0.0.1' });
  t = { app, handle, close: () => Promise.resolve() };
  sariId = await addUser(t, 'sari', 'agent');
  budiId = await addUser(t, 'budi', 'agent');
  await addUser(t, 'admin', 'admin');
  const admin = await login(t, 'admin');
  [sari, budi] = await Promise.all([login(t, 'sari'), login(t, 'budi')]);
  for (const [extension, userId] of [['201', sariId], ['202', budiId]] as const) {
    expect((await admin.request('PUT', `/api/phone/extensions/${extension}`, { user_id: userId })).statusCode).toBe(200);
  }
});

afterAll(async () => {
  for (const ws of sockets) ws.close();
  await t.app.close();
  await hub.close();
  await handle.close();
});

describe(`PBX webhook (${testDatabaseKind()})`, () => {
  it('refuses a missing or wrong secret with 401 and stores nothing; is off (404) when no secret is configured', async () => {
    for (const secret of [null, '', 'wrong-secret-0123456789', `${SECRET}x`]) {
      const response = await pbx(ringing('refused-1'), secret);
      expect(response.statusCode).toBe(401);
    }
    expect(await handle.db.selectFrom('calls').select('id').execute()).toEqual([]);
    expect(await handle.db.selectFrom('call_events').select('id').execute()).toEqual([]);
    const off = await buildApp({ db: handle.db, dbKind: handle.kind, config: loadConfig({ SAPA_DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent' }), version: VERSION }, { logger: false });
    const response = await off.inject({ method: 'POST', url: '/webhooks/pbx', payload: ringing('refused-2'), headers: { 'x-pbx-secret': SECRET } });
    await off.close();
    expect(response.statusCode).toBe(404);
    expect(() => loadConfig({ PBX_WEBHOOK_SECRET: 'short' })).toThrow('at least 16 characters');
  });

  it('limits the rate per address, so that the secret cannot be guessed', async () => {
    const guess = () => t.app.inject({ method: 'POST', url: '/webhooks/pbx', payload: ringing('guess'), headers: { 'x-pbx-secret': 'guess-0123456789abcdef' }, remoteAddress: '10.66.0.1' });
    const statuses = new Set<number>();
    for (let i = 0; i <= 600; i++) statuses.add((await guess()).statusCode);
    expect([...statuses]).toEqual([401, 429]);
  });

  it('pops the caller\'s card and earlier tickets up on the agent\'s console only, and an ended call leaves one draft', async () => {
    const [sariLive, budiLive] = await Promise.all([liveConsole(sari), liveConsole(budi)]);
    const older = await inbound(handle.db, { from: { phone: '6281322223333', name: 'Pak Anwar', institution: 'Bappeda', regionCode: '32.01', userCategory: 'pemda' }, body: 'DAU tahap I?', receivedAt: MONDAY_MORNING });
    const newer = await inbound(handle.db, { channel: 'email', from: { phone: '0813 2222 3333', email: 'anwar@bogorkab.go.id' }, body: 'Surat kami', receivedAt: new Date(MONDAY_MORNING.getTime() - 86_400_000 + 172_800_000) });

    await send(ringing('avaya-1'));
    const pop = await sariLive.waitFor({ type: 'call.ringing' });
    // Ids only: the console fetches the card.
    expect(pop).toEqual({ type: 'call.ringing', call_id: expect.any(Number) as number, assignee_id: sariId, contact_id: expect.any(Number) as number, ticket_id: null, status: 'ringing' });
    const card = (await sari.request('GET', `/api/calls/${String(pop.call_id)}`)).json<{ caller: Record<string, unknown>; earlier_tickets: { id: number; channel: string }[] }>();
    expect(card.caller).toMatchObject({ id: pop.contact_id, name: 'Pak Anwar', institution: 'Bappeda', region_code: '32.01', region_name: expect.stringContaining('Bogor') as string, zone: 'WIB', user_category: 'pemda', user_category_label: 'Pemda' });
    expect(card.earlier_tickets.map((e) => [e.id, e.channel])).toEqual([[newer.ticketId, 'email'], [older.ticketId, 'whatsapp']]);

    await send(answered('avaya-1'), ended('avaya-1'));
    await sariLive.waitFor({ type: 'call.answered', call_id: pop.call_id });
    const end = await sariLive.waitFor({ type: 'call.ended', call_id: pop.call_id });
    expect(end).toMatchObject({ status: 'draft', ticket_id: expect.any(Number) as number });
    // Budi's own call arrives after Sari's on his console; Sari's never does.
    await send(ringing('avaya-2', '0857-1111-2222', '202'));
    await budiLive.waitFor({ type: 'call.ringing', assignee_id: budiId });
    expect(budiLive.frames.filter((f) => f.call_id === pop.call_id)).toEqual([]);
    expect(sariLive.frames.filter((f) => f.type === 'call.ringing' && f.assignee_id === budiId)).toEqual([]);

    const call = await callOf('avaya-1');
    expect(call).toMatchObject({ status: 'draft', agent_id: sariId, duration_seconds: 250, ticket_id: end.ticket_id });
    const draft = (await sari.request('GET', `/api/tickets/${call.ticket_id}`)).json<{ channel: string; status: string; assignee: { id: number }; requester: { id: number }; created_at: string }>();
    expect(draft).toMatchObject({ channel: 'phone', status: 'open', assignee: { id: sariId }, requester: { id: pop.contact_id }, created_at: '2025-01-06T02:00:10.000Z' });
    const mine = (await sari.request('GET', '/api/calls?status=draft&agent=me')).json<{ items: { id: number }[] }>();
    expect(mine.items.map((c) => c.id)).toEqual([call.id]);
    expect((await budi.request('GET', '/api/calls?status=draft&agent=me')).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('gives the same call whatever order the events come in, and stores repeats once', async () => {
    await send(ringing('order-0'), answered('order-0'), ended('order-0'));
    const expected = await callOf('order-0');
    const orders = [['ended', 'answered', 'ringing'], ['answered', 'ringing', 'ended'], ['ended', 'ringing', 'answered'], ['answered', 'ended', 'answered', 'ringing', 'ended', 'ringing']];
    const make = { ringing, answered, ended } as Record<string, (id: string) => Record<string, unknown>>;
    for (const [i, order] of orders.entries()) {
      const id = `order-${i + 1}`;
      for (const kind of order) await send(make[kind]!(id));
      const call = await callOf(id);
      expect({ ...call, id: 0, ticket_id: 0, ticket_number: 0 }, order.join(',')).toEqual({ ...expected, id: 0, ticket_id: 0, ticket_number: 0 });
      expect(await handle.db.selectFrom('call_events').select('kind').where('call_id', '=', call.id).execute()).toHaveLength(3);
      expect(await draftTicketsOf(call.id), order.join(',')).toHaveLength(1);
    }
    // All at once, each twice: the call's row lock puts them one after the other.
    const burst = [ringing, answered, ended, ended, answered, ringing].map((make) => pbx(make('order-burst')));
    expect((await Promise.all(burst)).map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    const call = await callOf('order-burst');
    expect({ ...call, id: 0, ticket_id: 0, ticket_number: 0 }).toEqual({ ...expected, id: 0, ticket_id: 0, ticket_number: 0 });
    expect(await draftTicketsOf(call.id)).toHaveLength(1);
    const repeat = await pbx(ended('order-1'));
    expect(repeat.json()).toMatchObject({ received: true, duplicate: true, status: 'draft' });
  });

  it('completes a draft once: summary, topics, region, resolved; counted in the report', async () => {
    const call = await callOf('avaya-1');
    const completion = { caller: { name: 'Pak Anwar' }, region: 'Kab. Bogor', topics: ['DAU'], summary: 'Jadwal penyaluran DAU tahap I dijelaskan.', settled: true };
    expect((await budi.request('POST', `/api/calls/${call.id}/complete`, completion)).statusCode).toBe(403);
    const badTopic = await sari.request('POST', `/api/calls/${call.id}/complete`, { ...completion, topics: ['NOPE'] });
    expect(badTopic.json<{ error: { details: { field: string }[] } }>().error.details[0]?.field).toBe('topics');
    const done = await sari.request('POST', `/api/calls/${call.id}/complete`, completion);
    expect(done.json()).toMatchObject({ status: 'completed', duration_seconds: 250, duration: '4:10' });
    const ticket = (await sari.request('GET', `/api/tickets/${call.ticket_id}`)).json<{ messages: { body: string }[] }>();
    expect(ticket).toMatchObject({ status: 'resolved', topics: ['DAU'], region_code: '32.01', subject: completion.summary });
    expect(ticket.messages.map((m) => m.body)).toEqual([completion.summary]);
    expect((await sari.request('POST', `/api/calls/${call.id}/complete`, completion)).statusCode).toBe(409);
    expect(await draftTicketsOf(call.id)).toHaveLength(1);

    const report = await buildReport(handle.db, '2025-01', { now: new Date('2025-02-03T02:00:00Z') });
    // avaya-1 completed and the six order-* drafts: every answered call is a consultation; avaya-2 is still ringing.
    expect(report.consultations.by_channel.phone.value).toBe(7);
    expect(report.channel_top_topics.phone).toMatchObject([{ topic: 'DAU', count: 1 }]);
  });

  it('records a missed call without a ticket; logging the call back returns it', async () => {
    await send(ended('missed-1'), ringing('missed-1'));
    const missed = await callOf('missed-1');
    expect(missed).toMatchObject({ status: 'missed', ticket_id: null, duration_seconds: null, agent_id: sariId });
    expect((await sari.request('POST', `/api/calls/${missed.id}/complete`, { topics: ['DAU'], summary: 'x', settled: true })).statusCode).toBe(409);
    const waiting = () => sari.request('GET', '/api/calls?status=missed&returned=false').then((r) => r.json<{ items: { id: number }[] }>().items.map((c) => c.id));
    expect(await waiting()).toEqual([missed.id]);
    const back = await sari.request('POST', '/api/calls', { caller: { phone: '0813-2222-3333' }, topics: ['DAU'], summary: 'Ditelepon balik.', duration: 60, direction: 'out', settled: true, missed_call_id: missed.id });
    expect(back.statusCode, back.body).toBe(201);
    expect(await waiting()).toEqual([]);
    expect((await sari.request('POST', '/api/calls', { caller: { name: 'x' }, topics: ['DAU'], summary: 'x', duration: 1, settled: true, missed_call_id: missed.id })).statusCode).toBe(409);
  });
});
