import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { login, type Session } from '../../../test/helpers/app.ts';
import { testDatabaseKind } from '../../../test/helpers/db.ts';
import { startSmtpSink, type SmtpSink } from '../../../test/helpers/smtp-sink.ts';
import { until } from '../../../test/helpers/until.ts';
import { SYSTEM_ACTOR } from '../../auth/actor.ts';
import { surveyLinkFor } from '../../surveys/token.ts';
import { createUser } from '../../users/service.ts';
import { helpdeskFollowUrl } from '../helpdesk/link.ts';
import { issueChallenge, leadingZeroBits } from './challenge.ts';
import { answeredChallenge, closedHours, connectVisitor, openHours, startLivechatServer, type Frame, type LivechatServer, type VisitorClient } from './test-server.ts';

// The widget's protocol against a real listening server: its HTTP endpoints with fetch, its
// WebSocket with a real client, agents through the HTTP API, mail through an SMTP sink.
const SITE = 'https://contact-djpk.example.go.id';
const FORM = { name: 'Sri Wahyuni', region_code: '34.02', institution: 'BPKAD Kabupaten Bantul', email: 'sri@bantulkab.go.id' };
let server: LivechatServer;
let sink: SmtpSink;
let agent: Session;
let agentId: number;
const clients: VisitorClient[] = [];

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startLivechatServer({
    SMTP_URL: sink.url, MAIL_FROM: 'Contact Center DJPK <callcenter.djpk@kemenkeu.go.id>',
    LIVECHAT_ALLOWED_ORIGINS: SITE, LIVECHAT_RATE_LIMIT: '20',
  });
  agentId = (await createUser(server.db, SYSTEM_ACTOR, { username: 'dewi', role: 'agent', password: 'correct horse battery' })).id;
  agent = await login({ app: server.app, handle: server.handle, close: () => server.close() }, 'dewi');
  await openHours(server.db, agentId);
});
afterAll(async () => {
  for (const client of clients) await client.close();
  await server.close();
  await sink.close();
});

const post = (path: string, body: unknown, origin = SITE) =>
  fetch(`${server.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', Origin: origin }, body: JSON.stringify(body) });

async function startVisitor(form: Partial<typeof FORM> = {}): Promise<string> {
  const response = await post('/livechat/start', { ...FORM, ...form, ...(await answeredChallenge(server, SITE)) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

async function visitor(token: string, after = 0): Promise<VisitorClient> {
  const client = await connectVisitor(server, SITE, { token, after });
  clients.push(client);
  return client;
}

const isAck = (clientId: string) => (f: Frame) => f.type === 'ack' && f.clientId === clientId;
const lineOf = (f: Frame) => f.message as { id: number; from: string; body: string; clientId?: string };
const messagesWith = (externalId: string) => server.db.selectFrom('messages').selectAll().where('external_id', '=', externalId).execute();
const reply = (ticketId: number, body: string, internal = false) => agent.request('POST', `/api/tickets/${ticketId}/messages`, { body, internal });

describe(`live chat widget protocol (${testDatabaseKind()})`, () => {
  let token: string;
  let ticketId: number;
  let visitorId: string;

  it('starts a chat only with a valid, unexpired, unused challenge and a complete form', async () => {
    const answered = await answeredChallenge(server, SITE);
    const first = await post('/livechat/start', { ...FORM, ...answered });
    expect(first.status).toBe(201);
    expect(first.headers.get('access-control-allow-origin')).toBe(SITE);
    token = ((await first.json()) as { token: string }).token;
    visitorId = token.split('.')[0] ?? '';

    const reused = await post('/livechat/start', { ...FORM, ...answered });
    expect(reused.status).toBe(403);
    expect(await reused.text()).toContain('sudah dipakai');

    const fresh = await answeredChallenge(server, SITE);
    let wrong = 0;
    while (leadingZeroBits(createHash('sha256').update(`${fresh.challenge}:${wrong}`).digest()) >= 8) wrong++;
    expect((await post('/livechat/start', { ...FORM, challenge: fresh.challenge, answer: String(wrong) })).status).toBe(403);

    const old = await issueChallenge(server.db, 8, Date.now() - 31 * 60_000);
    const expired = await post('/livechat/start', { ...FORM, challenge: old.token, answer: '0' });
    expect(expired.status).toBe(403);

    const bad = await post('/livechat/start', { ...FORM, email: 'bukan-email', region_code: '99.99', ...(await answeredChallenge(server, SITE)) });
    expect(bad.status).toBe(400);
    const details = ((await bad.json()) as { error: { details: { field: string; message: string }[] } }).error.details;
    expect(details.map((d) => d.field).sort()).toEqual(['email', 'region_code']);
    expect(details.find((d) => d.field === 'email')?.message).toContain('Alamat email tidak valid');
    expect(await server.db.selectFrom('livechat_visitors').select('id').execute()).toEqual([{ id: visitorId }]);
  });

  it('stores a message before acknowledging it; the agent sees the livechat ticket, and the reply reaches the widget', async () => {
    const client = await visitor(token);
    expect(client.frames[0]).toMatchObject({ type: 'ready', online: true, ticket: null, transcript: true });
    client.send({ type: 'message', clientId: 'client-msg-0001', body: 'Kapan DAU bulan Februari disalurkan?' });
    const ack = await client.waitFor(isAck('client-msg-0001'));
    // Stored by the time it is acknowledged.
    const [stored] = await messagesWith(`livechat:${visitorId}:client-msg-0001`);
    expect(stored).toMatchObject({ id: ack.id, direction: 'inbound', body: 'Kapan DAU bulan Februari disalurkan?' });
    expect(ack.ticket).toMatchObject({ channel: 'livechat', ended: false });
    ticketId = stored?.ticket_id ?? 0;

    const inbox = (await agent.request('GET', '/api/tickets?channel=livechat')).json<{ items: { id: number; requester: { name: string; email: string; region_code: string } }[] }>();
    expect(inbox.items).toMatchObject([{ id: ticketId, requester: { name: 'Sri Wahyuni', email: 'sri@bantulkab.go.id', region_code: '34.02', institution: 'BPKAD Kabupaten Bantul' } }]);

    expect((await reply(ticketId, 'Mohon tunggu, kami cek jadwalnya.')).statusCode).toBe(201);
    expect((await reply(ticketId, 'Catatan internal kedua', true)).statusCode).toBe(201);
    const answer = (await reply(ticketId, 'DAU Februari disalurkan minggu depan.')).json<{ id: number }>();
    const pushed = await client.waitFor((f) => f.type === 'message' && lineOf(f).id === answer.id);
    expect(lineOf(pushed)).toMatchObject({ from: 'agent', body: 'DAU Februari disalurkan minggu depan.' });
    expect(JSON.stringify(client.frames)).not.toContain('Catatan internal kedua');
    client.send({ type: 'seen', upTo: answer.id });
    await until(async () => {
      const row = await server.db.selectFrom('messages').select('delivery_status').where('id', '=', answer.id).executeTakeFirstOrThrow();
      return row.delivery_status === 'delivered' ? true : undefined;
    });
    await client.close();
  });

  it('stores a message resent after a reconnect once, and replays what the visitor missed', async () => {
    const first = await visitor(token, 1_000_000);
    first.send({ type: 'message', clientId: 'client-msg-0002', body: 'Apakah ada surat edarannya?' });
    const ack = await first.waitFor(isAck('client-msg-0002'));
    await first.close();
    // While the widget is away the agent answers twice.
    const missed = [(await reply(ticketId, 'Ada, SE terbit kemarin.')).json<{ id: number }>().id, (await reply(ticketId, 'Tautannya di situs DJPK.')).json<{ id: number }>().id];

    // The acknowledgement was lost: the widget sends the same message again after reconnecting.
    const second = await visitor(token, Number(ack.id));
    second.send({ type: 'message', clientId: 'client-msg-0002', body: 'Apakah ada surat edarannya?' });
    expect(await second.waitFor(isAck('client-msg-0002'))).toMatchObject({ id: ack.id, duplicate: true });
    expect(await messagesWith(`livechat:${visitorId}:client-msg-0002`)).toHaveLength(1);
    const replayed = second.frames.filter((f) => f.type === 'message').map(lineOf);
    expect(replayed.map((l) => l.id)).toEqual(missed);
    expect(replayed.map((l) => l.body)).toEqual(['Ada, SE terbit kemarin.', 'Tautannya di situs DJPK.']);
    await second.close();

    // A reloaded page (after = 0) gets the whole conversation, its own messages with their client ids.
    const reloaded = await visitor(token);
    await reloaded.waitFor((f) => f.type === 'message' && lineOf(f).id === missed[1]);
    const all = reloaded.frames.filter((f) => f.type === 'message').map(lineOf);
    expect(all.map((l) => l.from)).toEqual(['visitor', 'agent', 'agent', 'visitor', 'agent', 'agent']);
    expect(all[3]).toMatchObject({ clientId: 'client-msg-0002' });
    await reloaded.close();
  });

  it('emails the whole conversation to the visitor on request', async () => {
    const response = await post('/livechat/transcript', { token });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ email: 'sri@bantulkab.go.id' });
    const mail = await sink.waitFor((m) => m.parsed.subject?.startsWith('Transkrip live chat') === true);
    expect(mail.envelope.rcptTo).toEqual(['sri@bantulkab.go.id']);
    const text = mail.parsed.text ?? '';
    const order = ['Kapan DAU bulan Februari disalurkan?', 'DAU Februari disalurkan minggu depan.', 'Apakah ada surat edarannya?', 'Tautannya di situs DJPK.'].map((t) => text.indexOf(t));
    expect(order.every((at, i) => at > (order[i - 1] ?? -1))).toBe(true);
    expect(text).toContain('Sri Wahyuni:');
    expect(text).not.toContain('Catatan internal');
  });

  it('shows the end of the chat with the survey link when the agent resolves it; a new message opens a new conversation', async () => {
    const client = await visitor(token, 1_000_000);
    const resolved = await agent.request('PATCH', `/api/tickets/${ticketId}`, { status: 'resolved' });
    expect(resolved.statusCode, resolved.body).toBe(200);
    const ended = await client.waitFor((f) => f.type === 'ended');
    const survey = await surveyLinkFor(server.db, ticketId, server.config.publicUrl);
    expect(survey).toBeTruthy();
    expect(ended.ticket).toMatchObject({ ended: true, surveyUrl: survey });

    client.send({ type: 'message', clientId: 'client-msg-0003', body: 'Satu pertanyaan lagi.' });
    const ack = await client.waitFor(isAck('client-msg-0003'));
    const [stored] = await messagesWith(`livechat:${visitorId}:client-msg-0003`);
    expect(stored?.ticket_id).not.toBe(ticketId);
    expect(ack.ticket).toMatchObject({ channel: 'livechat', ended: false });
    await client.close();
  });

  it('gives a visitor who types the email of someone already chatting a conversation of their own', async () => {
    const other = await visitor(await startVisitor({ name: 'Orang Lain' }));
    other.send({ type: 'message', clientId: 'client-msg-0004', body: 'Halo' });
    await other.waitFor(isAck('client-msg-0004'));
    const [theirs] = await server.db.selectFrom('livechat_visitors').select('ticket_id').where('name', '=', 'Orang Lain').execute();
    const [sri] = await server.db.selectFrom('livechat_visitors').select('ticket_id').where('id', '=', visitorId).execute();
    expect(theirs?.ticket_id).not.toBe(sri?.ticket_id);
    expect(other.frames.some((f) => f.type === 'message' && lineOf(f).body === 'Satu pertanyaan lagi.')).toBe(false);
  });

  it('turns a chat outside the service hours into a help-desk ticket with its number and follow link', async () => {
    closedHours();
    try {
      const client = await visitor(await startVisitor({ email: 'budi@kemenkeu.go.id', name: 'Budi' }));
      expect(client.frames[0]).toMatchObject({ type: 'ready', online: false, reason: 'outside_hours', ticket: null });
      client.send({ type: 'message', clientId: 'client-msg-0005', body: 'Mohon info format laporan DBH.' });
      const ack = await client.waitFor(isAck('client-msg-0005'));
      const ticket = await server.db.selectFrom('tickets').select(['id', 'number', 'channel']).where('id', '=', (await messagesWith(`livechat:${(await server.db.selectFrom('livechat_visitors').select('id').where('name', '=', 'Budi').executeTakeFirstOrThrow()).id}:client-msg-0005`))[0]?.ticket_id ?? 0).executeTakeFirstOrThrow();
      expect(ticket.channel).toBe('helpdesk');
      expect(ack.ticket).toEqual({ number: ticket.number, channel: 'helpdesk', ended: false, followUrl: await helpdeskFollowUrl(server.db, server.config, ticket.id) });
    } finally {
      await openHours(server.db, agentId);
    }
  });

  it('refuses pages of sites not allowed, and answers CORS preflights of allowed ones', async () => {
    const evil = await fetch(`${server.origin}/livechat/config`, { headers: { Origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect((await post('/livechat/start', FORM, 'https://evil.example')).status).toBe(403);
    await expect(connectVisitor(server, 'https://evil.example')).rejects.toThrow('refused: 403');

    const preflight = await fetch(`${server.origin}/livechat/start`, { method: 'OPTIONS', headers: { Origin: SITE, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
    const config = await fetch(`${server.origin}/livechat/config`, { headers: { Origin: SITE } });
    expect(config.status).toBe(200);
    expect(((await config.json()) as { regions: { code: string }[]; hours: string }).regions.some((r) => r.code === '34.02')).toBe(true);

    const script = await fetch(`${server.origin}/widget.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('livechat/ws');
  });

  it('limits chat starts per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const response = await server.app.inject({ method: 'POST', url: '/livechat/start', remoteAddress: '10.9.8.7', headers: { origin: SITE }, payload: { ...FORM, challenge: 'x', answer: '1' } });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 403)).toBe(true);
    expect(statuses[20]).toBe(429);
    // Another address is not affected.
    expect((await server.app.inject({ method: 'POST', url: '/livechat/start', remoteAddress: '10.9.8.8', headers: { origin: SITE }, payload: { ...FORM, challenge: 'x', answer: '1' } })).statusCode).toBe(403);
  });
});
