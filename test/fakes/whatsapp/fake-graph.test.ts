import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GraphApiError, GraphClient, InvalidOutboundError, toJobError, type GraphErrorKind } from '../../../src/channels/whatsapp/client.ts';
import type { WhatsAppConfig } from '../../../src/channels/whatsapp/config.ts';
import { toGraphBody, validateOutbound, type WhatsAppOutbound } from '../../../src/channels/whatsapp/messages.ts';
import { verifySignature } from '../../../src/channels/whatsapp/signature.ts';
import { PermanentJobError, RetryJobLater } from '../../../src/jobs/worker.ts';
import { startFakeGraph, verifyWebhook, type FakeError, type FakeGraph, type FakeGraphOptions } from './fake-graph.ts';

const SECRET = 'test-app-secret';
const TOKEN = 'EAAtest-access-token';
const PHONE_ID = '109876543210';
const VERIFY = 'verify-me';
const USER = '6281234567890';

interface Received {
  raw: Buffer;
  signed: boolean;
  json: { entry: { id: string; changes: { field: string; value: Record<string, unknown> }[] }[] } & Record<string, unknown>;
}

/** A tiny webhook receiver: verifies the signature on the raw bytes, as Sapa must. */
async function startReceiver(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET') {
      const ok = url.searchParams.get('hub.mode') === 'subscribe' && url.searchParams.get('hub.verify_token') === VERIFY;
      res.writeHead(ok ? 200 : 403).end(ok ? (url.searchParams.get('hub.challenge') ?? '') : 'forbidden');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const signed = verifySignature(raw, req.headers['x-hub-signature-256'] as string | undefined, SECRET);
      received.push({ raw, signed, json: JSON.parse(raw.toString('utf8')) as Received['json'] });
      res.writeHead(signed ? 200 : 401).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/whatsapp`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const values = (r: Received): Record<string, unknown>[] => r.json.entry.flatMap((e) => e.changes.map((c) => c.value));
const messagesOf = (r: Received): Record<string, unknown>[] => values(r).flatMap((v) => (v.messages as Record<string, unknown>[] | undefined) ?? []);
const statusesOf = (r: Received): Record<string, unknown>[] => values(r).flatMap((v) => (v.statuses as Record<string, unknown>[] | undefined) ?? []);

let fake: FakeGraph;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let config: WhatsAppConfig;
let client: GraphClient;

async function start(extra: Partial<FakeGraphOptions> = {}): Promise<void> {
  fake = await startFakeGraph({ appSecret: SECRET, accessToken: TOKEN, phoneNumberId: PHONE_ID, webhookUrl: receiver.url, verifyToken: VERIFY, ...extra });
  config = { apiUrl: fake.url, apiVersion: 'v21.0', phoneNumberId: PHONE_ID, accessToken: TOKEN, appSecret: SECRET, verifyToken: VERIFY, ratePerSecond: 80 };
  client = new GraphClient(config, fetch, { timeoutMs: 2000 });
}

async function restart(extra: Partial<FakeGraphOptions> = {}): Promise<void> {
  await fake.close();
  await start(extra);
}

beforeEach(async () => {
  receiver = await startReceiver();
  await start();
});

afterEach(async () => {
  await fake.close();
  await receiver.close();
});

async function sendError(message: WhatsAppOutbound = { type: 'text', body: 'Halo' }, c: GraphClient = client): Promise<GraphApiError> {
  const error = await c.send(USER, message).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphApiError);
  return error as GraphApiError;
}

async function rawPost(body: unknown, path = `/v21.0/${PHONE_ID}/messages`, token = TOKEN): Promise<{ status: number; json: { error?: { code: number; error_subcode?: number; error_data?: { details: string } } } }> {
  const answer = await fetch(fake.url + path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: answer.status, json: (await answer.json()) as { error?: { code: number; error_data?: { details: string } } } };
}

const LIST: WhatsAppOutbound = {
  type: 'list',
  header: 'Layanan DJPK',
  body: 'Pilih topik pertanyaan Anda 🙏',
  footer: 'Balas dengan memilih menu',
  button: 'Lihat menu',
  sections: [
    { title: 'Transfer ke Daerah', rows: [{ id: 'dau', title: 'DAU', description: 'Dana Alokasi Umum' }, { id: 'dak', title: 'DAK Fisik' }] },
    { title: 'Lainnya', rows: [{ id: 'lain', title: 'Pertanyaan lain' }] },
  ],
};

describe('sending through the fake with the real GraphClient', () => {
  beforeEach(async () => {
    await fake.sendUserMessage(USER, { text: 'Halo' });
  });

  it.each<[string, WhatsAppOutbound]>([
    ['text', { type: 'text', body: 'Terima kasih, pertanyaan Anda kami terima. https://djpk.kemenkeu.go.id', previewUrl: true }],
    ['list', LIST],
    ['buttons', { type: 'buttons', body: 'Apakah jawaban ini membantu?', buttons: [{ id: 'ya', title: 'Ya' }, { id: 'tidak', title: 'Tidak' }] }],
    ['template', { type: 'template', name: 'tiket_diperbarui', language: 'id', components: [{ type: 'body', parameters: [{ type: 'text', text: '#1234' }] }] }],
  ])('round-trips a %s message exactly as toGraphBody wrote it', async (_name, message) => {
    const { wamid } = await client.send('+' + USER, message);
    expect(wamid).toMatch(/^wamid\./);
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({ wamid, to: USER, body: toGraphBody(USER, message) });
  });

  it('marks a received message read, and refuses an id it never received', async () => {
    const { wamid } = await fake.sendUserMessage(USER, { text: 'Apakah ada yang bisa dibantu?' });
    await client.markRead(wamid);
    expect(fake.readReceipts.map((r) => r.messageId)).toEqual([wamid]);
    const error = await client.markRead('wamid.unknown').catch((e: unknown) => e as GraphApiError);
    expect(error).toMatchObject({ status: 400, code: 100, kind: 'permanent' });
  });

  it('waits for a send with waitForSent', async () => {
    const waiting = fake.waitForSent((m) => m.type === 'interactive', 2000);
    await client.send(USER, { type: 'text', body: 'satu' });
    await client.send(USER, LIST);
    expect((await waiting).type).toBe('interactive');
    await expect(fake.waitForSent((m) => m.to === '620000', 50)).rejects.toThrow(/no matching message/);
  });
});

describe('errors', () => {
  beforeEach(async () => {
    await restart({ enforceWindow: false });
  });

  it.each<[FakeError, GraphErrorKind]>([
    [{ status: 429, code: 130429 }, 'rate_limited'],
    [{ status: 400, code: 131056 }, 'rate_limited'],
    [{ status: 400, code: 131047 }, 'outside_window'],
    [{ status: 400, code: 131026 }, 'undeliverable'],
    [{ status: 400, code: 132000 }, 'template'],
    [{ status: 404, code: 132001 }, 'template'],
    [{ status: 401, code: 190 }, 'auth'],
    [{ status: 500, code: 1 }, 'transient'],
    [{ status: 503, code: 2 }, 'transient'],
    [{ status: 503 }, 'transient'],
    [{ status: 400, code: 100, details: 'to: bad' }, 'permanent'],
  ])('classifies %j as %s', async (failure, kind) => {
    fake.failNext(1, failure);
    const error = await sendError();
    expect(error).toMatchObject({ status: failure.status, code: failure.code, kind });
    if (failure.code !== undefined) expect(error.fbtraceId).toMatch(/^A/);
    // The failure was used up: the next send goes through.
    await expect(client.send(USER, { type: 'text', body: 'lagi' })).resolves.toHaveProperty('wamid');
  });

  it('maps kinds to the outbox: wait, retry with backoff, or give up naming the code', async () => {
    fake.failNext(1, { status: 429, code: 130429, retryAfterSeconds: 7 });
    fake.failNext(1, { status: 400, code: 130429 });
    fake.failNext(1, { status: 400, code: 131056 });
    fake.failNext(1, { status: 400, code: 131047 });
    fake.failNext(1, { status: 500, code: 1 });
    fake.failNext(1, { status: 400, code: 132001, details: 'template name (x) does not exist in id' });
    const jobErrors = [];
    for (let i = 0; i < 6; i++) jobErrors.push(toJobError(await sendError()));
    const [retryAfter, throughput, pair, window, server, template] = jobErrors;
    expect(retryAfter).toBeInstanceOf(RetryJobLater);
    expect((retryAfter as RetryJobLater).delayMs).toBe(7000);
    expect((throughput as RetryJobLater).delayMs).toBe(1000);
    expect((pair as RetryJobLater).delayMs).toBe(6000);
    expect(window).toBeInstanceOf(PermanentJobError);
    expect(window!.message).toMatch(/^131047: outside the 24-hour window — send a template/);
    expect(server).toBeInstanceOf(GraphApiError);
    expect(server).not.toBeInstanceOf(PermanentJobError);
    expect(template).toBeInstanceOf(PermanentJobError);
    expect(template!.message).toMatch(/^132001: .*does not exist in id/);
  });

  it('answers a wrong token with 401 code 190 (OAuthException)', async () => {
    const error = await sendError(undefined, new GraphClient({ ...config, accessToken: 'expired' }));
    expect(error).toMatchObject({ status: 401, code: 190, kind: 'auth' });
    expect(toJobError(error)).toBe(error);
    const raw = await rawPost({ messaging_product: 'whatsapp', to: USER, type: 'text', text: { body: 'x' } }, undefined, 'nope');
    expect(raw.json.error).toMatchObject({ code: 190, type: 'OAuthException' });
    expect(fake.sent).toHaveLength(0);
  });

  it('answers an unknown phone number id with 400 code 100 subcode 33', async () => {
    const error = await sendError(undefined, new GraphClient({ ...config, phoneNumberId: '999' }));
    expect(error).toMatchObject({ status: 400, code: 100, subcode: 33, kind: 'permanent' });
  });

  it('fails every request with 503 during an outage, then recovers', async () => {
    fake.outage(true);
    const error = await sendError();
    expect(error).toMatchObject({ status: 503, code: 2, kind: 'transient' });
    await expect(client.getMediaInfo(fake.addMedia(Buffer.from('x'), 'text/plain'))).rejects.toMatchObject({ status: 503 });
    fake.outage(false);
    await expect(client.send(USER, { type: 'text', body: 'pulih' })).resolves.toHaveProperty('wamid');
  });

  it('times a slow request out as transient, while the fake still sends it (so retries can duplicate)', async () => {
    fake.stallNext(1, 400);
    const slow = new GraphClient(config, fetch, { timeoutMs: 100 });
    const error = await sendError({ type: 'text', body: 'lambat' }, slow);
    expect(error).toMatchObject({ status: 0, kind: 'transient' });
    expect(error.message).toMatch(/timed out after 100 ms/);
    await expect(fake.waitForSent((m) => (m.body.text as { body: string }).body === 'lambat', 2000)).resolves.toBeDefined();
  });

  it('reports a refused connection as transient', async () => {
    await fake.close();
    const error = await sendError();
    expect(error).toMatchObject({ status: 0, kind: 'transient' });
    fake = await startFakeGraph({ appSecret: SECRET, accessToken: TOKEN, phoneNumberId: PHONE_ID });
  });
});

describe('body validation, as Meta does it', () => {
  const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to: USER };

  it('names the field of a value over the limit (131009, error_data.details)', async () => {
    const body = toGraphBody(USER, { ...LIST, sections: [{ title: 'A', rows: [{ id: 'a', title: 'x'.repeat(25) }] }] });
    const { status, json } = await rawPost(body);
    expect(status).toBe(400);
    expect(json.error?.code).toBe(131009);
    expect(json.error?.error_data?.details).toMatch(/^interactive\.action\.sections\[0\]\.rows\[0\]\.title: length 25/);
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    ['no messaging_product', { to: USER, type: 'text', text: { body: 'x' } }, 100, 'messaging_product'],
    ['another messaging_product', { ...base, messaging_product: 'sms', type: 'text', text: { body: 'x' } }, 131009, 'messaging_product'],
    ['a plus in to', { ...base, to: '+' + USER, type: 'text', text: { body: 'x' } }, 131009, 'to'],
    ['an unknown type', { ...base, type: 'sticker', sticker: {} }, 131009, 'type'],
    ['no text body', { ...base, type: 'text', text: {} }, 100, 'text.body'],
    ['a reply button without type', { ...base, type: 'interactive', interactive: { type: 'button', body: { text: 'x' }, action: { buttons: [{ reply: { id: 'a', title: 'A' } }] } } }, 131009, 'interactive.action.buttons[0].type'],
    ['a template without language', { ...base, type: 'template', template: { name: 'x' } }, 100, 'template.language'],
  ])('rejects %s', async (_name, body, code, field) => {
    const { status, json } = await rawPost(body);
    expect(status).toBe(400);
    expect(json.error?.code).toBe(code);
    expect(json.error?.error_data?.details.startsWith(field)).toBe(true);
    expect(fake.sent).toHaveLength(0);
  });

  const rows = (n: number): { id: string; title: string }[] => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, title: `Baris ${i}` }));
  const list = (change: Partial<Extract<WhatsAppOutbound, { type: 'list' }>>): WhatsAppOutbound => ({ ...LIST, ...change });
  const buttons = (b: { id: string; title: string }[]): WhatsAppOutbound => ({ type: 'buttons', body: 'Pilih', buttons: b });

  // validateOutbound and the fake are written separately: they must agree on every limit.
  it.each<[string, WhatsAppOutbound, string]>([
    ['text over 4096', { type: 'text', body: 'a'.repeat(4097) }, 'text.body'],
    ['empty text', { type: 'text', body: '' }, 'text.body'],
    ['list header over 60', list({ header: 'h'.repeat(61) }), 'interactive.header.text'],
    ['list body over 4096', list({ body: 'b'.repeat(4097) }), 'interactive.body.text'],
    ['list footer over 60', list({ footer: 'f'.repeat(61) }), 'interactive.footer.text'],
    ['list button over 20', list({ button: 'b'.repeat(21) }), 'interactive.action.button'],
    ['11 sections', list({ sections: Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, rows: [{ id: `r${i}`, title: 'x' }] })) }), 'interactive.action.sections'],
    ['section title over 24', list({ sections: [{ title: 's'.repeat(25), rows: rows(1) }] }), 'interactive.action.sections[0].title'],
    ['11 rows in all', list({ sections: [{ title: 'A', rows: rows(6) }, { title: 'B', rows: rows(5).map((r) => ({ ...r, id: r.id + 'b' })) }] }), 'interactive.action.sections'],
    ['row id over 200', list({ sections: [{ title: 'A', rows: [{ id: 'i'.repeat(201), title: 'x' }] }] }), 'interactive.action.sections[0].rows[0].id'],
    ['row title over 24', list({ sections: [{ title: 'A', rows: [{ id: 'a', title: 't'.repeat(25) }] }] }), 'interactive.action.sections[0].rows[0].title'],
    ['description over 72', list({ sections: [{ title: 'A', rows: [{ id: 'a', title: 'x', description: 'd'.repeat(73) }] }] }), 'interactive.action.sections[0].rows[0].description'],
    ['duplicate row ids', list({ sections: [{ title: 'A', rows: [{ id: 'a', title: 'x' }, { id: 'a', title: 'y' }] }] }), 'interactive.action.sections[0].rows[1].id'],
    ['a section without rows', list({ sections: [{ title: 'A', rows: [] }] }), 'interactive.action.sections[0].rows'],
    ['no buttons', buttons([]), 'interactive.action.buttons'],
    ['4 buttons', buttons(rows(4)), 'interactive.action.buttons'],
    ['button title over 20', buttons([{ id: 'a', title: 't'.repeat(21) }]), 'interactive.action.buttons[0].reply.title'],
    ['button id over 256', buttons([{ id: 'i'.repeat(257), title: 'x' }]), 'interactive.action.buttons[0].reply.id'],
    ['duplicate button titles', buttons([{ id: 'a', title: 'Ya' }, { id: 'b', title: 'Ya' }]), 'interactive.action.buttons[1].reply.title'],
  ])('agrees with validateOutbound on %s', async (_name, message, field) => {
    const problems = validateOutbound(message);
    expect(problems.map((p) => p.field)).toContain(field);
    const { status, json } = await rawPost(toGraphBody(USER, message));
    expect(status).toBe(400);
    expect(json.error?.error_data?.details.startsWith(field)).toBe(true);
  });

  it('counts an emoji as one character on both sides', async () => {
    await fake.sendUserMessage(USER, { text: 'Halo' });
    const message = buttons([{ id: 'a', title: '👍'.repeat(20) }]);
    expect(validateOutbound(message)).toEqual([]);
    await expect(client.send(USER, message)).resolves.toHaveProperty('wamid');
  });

  it('has GraphClient refuse an invalid message before calling the API', async () => {
    const error = await client.send(USER, buttons(rows(4))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOutboundError);
    expect(toJobError(error)).toBeInstanceOf(PermanentJobError);
    await expect(client.send('0812-not-a-number', { type: 'text', body: 'x' })).rejects.toBeInstanceOf(InvalidOutboundError);
    expect(fake.sent).toHaveLength(0);
  });
});

describe('media', () => {
  const bytes = Buffer.from('%PDF-1.4 laporan APBD 2024 🧾');

  it('serves a file a user sent: info, then the bytes with the bearer token', async () => {
    await fake.sendUserMessage(USER, { document: { bytes, mime: 'application/pdf', filename: 'laporan.pdf', caption: 'Mohon dicek' } });
    const document = messagesOf(receiver.received[0]!)[0]!.document as { id: string; sha256: string; filename: string; mime_type: string };
    expect(document).toMatchObject({ filename: 'laporan.pdf', mime_type: 'application/pdf', caption: 'Mohon dicek' });
    const info = await client.getMediaInfo(document.id);
    expect(info).toMatchObject({ mime_type: 'application/pdf', file_size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(info.url.startsWith(`${fake.url}/media-files/${document.id}`)).toBe(true);
    expect((await client.downloadMedia(info.url)).equals(bytes)).toBe(true);
  });

  it('refuses the download without the token, and after the url expires', async () => {
    const id = fake.addMedia(bytes, 'image/jpeg');
    const { url } = await client.getMediaInfo(id);
    expect((await fetch(url)).status).toBe(401);
    await expect(new GraphClient({ ...config, accessToken: 'wrong' }).downloadMedia(url)).rejects.toMatchObject({ kind: 'auth' });
    fake.advanceTime(6 * 60_000);
    await expect(client.downloadMedia(url)).rejects.toMatchObject({ status: 404 });
  });

  it('answers an unknown media id like an unknown object', async () => {
    await expect(client.getMediaInfo('123')).rejects.toMatchObject({ status: 400, code: 100, subcode: 33 });
  });
});

describe('the 24-hour window', () => {
  it('refuses free-form messages to a user who never wrote, but not templates', async () => {
    const error = await sendError();
    expect(error).toMatchObject({ code: 131047, kind: 'outside_window' });
    await expect(client.send(USER, { type: 'template', name: 'tiket_diperbarui', language: 'id' })).resolves.toHaveProperty('wamid');
  });

  it('opens with a user message and closes 24 hours later', async () => {
    await fake.sendUserMessage(USER, { text: 'Halo' });
    fake.advanceTime(23 * 3600_000);
    await expect(client.send(USER, { type: 'text', body: 'masih di dalam' })).resolves.toHaveProperty('wamid');
    fake.advanceTime(3600_000);
    expect((await sendError()).kind).toBe('outside_window');
  });

  it('can be switched off', async () => {
    await restart({ enforceWindow: false });
    await expect(client.send(USER, { type: 'text', body: 'bebas' })).resolves.toHaveProperty('wamid');
  });

  it('can report 131047 as a failed status webhook after accepting the send', async () => {
    await restart({ windowError: 'status-webhook' });
    const { wamid } = await client.send(USER, { type: 'text', body: 'terlambat' });
    await expect.poll(() => receiver.received.length).toBe(1);
    expect(statusesOf(receiver.received[0]!)[0]).toMatchObject({ id: wamid, status: 'failed', errors: [{ code: 131047 }] });
    expect(fake.sent[0]?.failedWith).toBe(131047);
  });

  it('refuses unknown template names when given a list', async () => {
    await restart({ templates: ['tiket_diperbarui'] });
    await expect(client.send(USER, { type: 'template', name: 'tiket_diperbarui', language: 'id' })).resolves.toHaveProperty('wamid');
    const error = await sendError({ type: 'template', name: 'tidak_ada', language: 'id' });
    expect(error).toMatchObject({ code: 132001, kind: 'template' });
  });

  it('checks the number of body parameters of a template when told it', async () => {
    await restart({ templateParameters: { undangan_bimtek: 2 } });
    const body = (texts: string[]) => [{ type: 'body', parameters: texts.map((text) => ({ type: 'text', text })) }];
    await expect(client.send(USER, { type: 'template', name: 'undangan_bimtek', language: 'id', components: body(['Budi', '20 Januari']) })).resolves.toHaveProperty('wamid');
    const error = await sendError({ type: 'template', name: 'undangan_bimtek', language: 'id', components: body(['Budi']) });
    expect(error).toMatchObject({ code: 132000, kind: 'template' });
  });
});

describe('recipients that cannot receive', () => {
  it('refuses every send to a rejected number and logs each request with its answer', async () => {
    const other = '6281299990000';
    fake.rejectRecipients([`+${other}`], { status: 400, code: 131026 });
    const template: WhatsAppOutbound = { type: 'template', name: 'tiket_diperbarui', language: 'id' };
    await expect(client.send(USER, template)).resolves.toHaveProperty('wamid');
    for (let i = 0; i < 2; i++) await expect(client.send(other, template)).rejects.toMatchObject({ code: 131026, kind: 'undeliverable' });
    expect(fake.requests.map((r) => [r.to, r.status, r.code])).toEqual([[USER, 200, undefined], [other, 400, 131026], [other, 400, 131026]]);
    expect(fake.sent.map((m) => m.to)).toEqual([USER]);
  });
});

describe('webhooks to Sapa', () => {
  it('posts a signed envelope over the exact bytes, with emoji escaped as Meta does', async () => {
    const { status, wamid } = await fake.sendUserMessage(USER, { text: 'Terima kasih 🙏 https://djpk.go.id', profileName: 'Bu Sari' });
    expect(status).toBe(200);
    const hook = receiver.received[0]!;
    expect(hook.signed).toBe(true);
    expect(hook.raw.toString()).toContain('\\ud83d\\ude4f');
    expect(hook.raw.toString()).toContain('https:\\/\\/djpk.go.id');
    const reserialised = Buffer.from(JSON.stringify(hook.json));
    expect(verifySignature(reserialised, fake.lastWebhook!.signature, SECRET)).toBe(false);
    expect(hook.json).toMatchObject({
      object: 'whatsapp_business_account',
      entry: [{ changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: PHONE_ID }, contacts: [{ profile: { name: 'Bu Sari' }, wa_id: USER }] } }] }],
    });
    const message = messagesOf(hook)[0]!;
    expect(message).toMatchObject({ from: USER, id: wamid, type: 'text', text: { body: 'Terima kasih 🙏 https://djpk.go.id' } });
    expect(message.timestamp).toMatch(/^\d{10}$/);
  });

  it('shapes every kind of user message as channels.md describes', async () => {
    await fake.sendUserMessage(USER, { interactive: { type: 'list_reply', id: 'dau', title: 'DAU', description: 'Dana Alokasi Umum' } });
    await fake.sendUserMessage(USER, { interactive: { type: 'button_reply', id: 'ya', title: 'Ya' }, replyTo: 'wamid.asked' });
    await fake.sendUserMessage(USER, { image: { bytes: Buffer.from('jpg'), mime: 'image/jpeg', caption: 'foto' } });
    await fake.sendUserMessage(USER, { location: { latitude: -6.17, longitude: 106.82, name: 'Kemenkeu' } });
    await fake.sendUserMessage(USER, { unknownType: 'unsupported' });
    await fake.sendUserMessage(USER, { unknownType: 'reaction', unknownPayload: { message_id: 'wamid.x', emoji: '👍' } });
    const [list, button, image, location, unsupported, reaction] = receiver.received.map((r) => messagesOf(r)[0]!);
    expect(list).toMatchObject({ type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'dau', title: 'DAU', description: 'Dana Alokasi Umum' } } });
    expect(button).toMatchObject({ interactive: { type: 'button_reply', button_reply: { id: 'ya', title: 'Ya' } }, context: { id: 'wamid.asked' } });
    expect(image).toMatchObject({ type: 'image', image: { mime_type: 'image/jpeg', caption: 'foto' } });
    expect(location).toMatchObject({ type: 'location', location: { latitude: -6.17, name: 'Kemenkeu' } });
    expect(unsupported).toMatchObject({ type: 'unsupported', errors: [{ code: 131051 }] });
    expect(reaction).toMatchObject({ type: 'reaction', reaction: { emoji: '👍' } });
    expect(receiver.received.every((r) => r.signed)).toBe(true);
    await expect(fake.sendUserMessage(USER, { text: 'a', location: { latitude: 0, longitude: 0 } })).rejects.toThrow(/exactly one/);
  });

  it('delivers statuses shuffled, with timestamps in the real order', async () => {
    await fake.sendUserMessage(USER, { text: 'Halo' });
    const { wamid } = await client.send(USER, { type: 'text', body: 'Jawaban' });
    const { order } = await fake.deliverStatuses(wamid, ['sent', 'delivered', 'read'], 'shuffled');
    const got = receiver.received.slice(1).map((r) => statusesOf(r)[0]!);
    expect(got.map((s) => s.status)).toEqual(order);
    expect(order).not.toEqual(['sent', 'delivered', 'read']);
    expect(got.every((s) => s.id === wamid && s.recipient_id === USER)).toBe(true);
    const byTime = [...got].sort((a, b) => Number(a.timestamp) - Number(b.timestamp)).map((s) => s.status);
    expect(byTime).toEqual(['sent', 'delivered', 'read']);
    expect(receiver.received.every((r) => r.signed)).toBe(true);
  });

  it('can skip delivered and report a failure with its error', async () => {
    const fakeOff = await startFakeGraph({ appSecret: SECRET, accessToken: TOKEN, phoneNumberId: PHONE_ID, webhookUrl: receiver.url, enforceWindow: false });
    try {
      const { wamid } = await new GraphClient({ ...config, apiUrl: fakeOff.url }).send(USER, { type: 'text', body: 'x' });
      await fakeOff.deliverStatuses(wamid, ['sent', { status: 'failed', code: 131026, title: 'Message undeliverable', details: 'Recipient is not on WhatsApp' }]);
      const [sent, failed] = receiver.received.map((r) => statusesOf(r)[0]!);
      expect(sent).toMatchObject({ status: 'sent', pricing: { category: 'service' } });
      expect(failed).toMatchObject({ status: 'failed', errors: [{ code: 131026, title: 'Message undeliverable', message: 'Message undeliverable', error_data: { details: 'Recipient is not on WhatsApp' } }] });
    } finally {
      await fakeOff.close();
    }
  });

  it('redelivers the same bytes (duplicate delivery)', async () => {
    await fake.sendUserMessage(USER, { text: 'dua kali' });
    expect(await fake.redeliver()).toBe(200);
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]!.raw.equals(receiver.received[0]!.raw)).toBe(true);
  });

  it('batches messages in one envelope over two entries', async () => {
    const { wamids } = await fake.sendUserMessages([
      { from: USER, message: { text: 'satu' } },
      { from: '6289876543210', message: { text: 'dua', profileName: 'Pak Budi' } },
      { from: USER, message: { text: 'tiga' } },
    ]);
    const hook = receiver.received[0]!;
    expect(hook.json.entry).toHaveLength(2);
    expect(messagesOf(hook).map((m) => m.id).sort()).toEqual([...wamids].sort());
    expect(messagesOf(hook).map((m) => (m.text as { body: string }).body)).toEqual(['satu', 'tiga', 'dua']);
  });

  it('does the verification handshake', async () => {
    await expect(fake.verifyWebhook()).resolves.toMatchObject({ ok: true, status: 200 });
    await expect(verifyWebhook(receiver.url, 'wrong')).resolves.toMatchObject({ ok: false, status: 403 });
  });
});
