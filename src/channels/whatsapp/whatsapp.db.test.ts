import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGraph, type FakeGraph, type FakeSentMessage } from '../../../test/fakes/whatsapp/fake-graph.ts';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { testDatabaseKind } from '../../../test/helpers/db.ts';
import { until } from '../../../test/helpers/until.ts';
import { loadConfig } from '../../platform/config.ts';
import { createJobRegistry } from '../../jobs/registry.ts';
import { Worker } from '../../jobs/worker.ts';
import { chatbotMonthSummary, closeIdleSessions } from '../../chatbot/engine.ts';
import { DEFAULT_FLOW } from '../../chatbot/default-flow.ts';
import { signPayload } from './signature.ts';

// End to end over HTTP: the fake Graph API posts signed webhooks to the real server, the
// real worker processes them and sends through the real client to the fake.
const env = {
  WHATSAPP_PHONE_NUMBER_ID: '106540352242922', WHATSAPP_ACCESS_TOKEN: 'EAAG-test-token', WHATSAPP_APP_SECRET: 'app-secret-for-tests',
  WHATSAPP_VERIFY_TOKEN: 'verify-me', WHATSAPP_API_VERSION: 'v21.0',
};
let fake: FakeGraph;
let t: TestApp;
let worker: Worker;
let agent: Session;
let webhookUrl: string;

beforeAll(async () => {
  fake = await startFakeGraph({ appSecret: env.WHATSAPP_APP_SECRET, accessToken: env.WHATSAPP_ACCESS_TOKEN, phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID, verifyToken: env.WHATSAPP_VERIFY_TOKEN });
  const fullEnv = { ...env, WHATSAPP_API_URL: fake.url };
  t = await createTestApp(fullEnv);
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  webhookUrl = `${address}/webhooks/whatsapp`;
  fake.setWebhookUrl(webhookUrl);
  const config = loadConfig({ ...fullEnv, SAPA_DATA_DIR: '/nonexistent' });
  worker = new Worker(t.handle.db, createJobRegistry(t.handle.db, config), { pollMs: 20, backoff: () => 150, log: { error: () => undefined } });
  worker.start();
  await addUser(t, 'linna', 'agent');
  agent = await login(t, 'linna');
});
afterAll(async () => {
  await worker.stop();
  await t.close();
  await fake.close();
});

const textOf = (m: FakeSentMessage): string => {
  const body = m.body as { text?: { body?: string }; interactive?: { body?: { text?: string } } };
  return body.text?.body ?? body.interactive?.body?.text ?? '';
};
const rowsOf = (m: FakeSentMessage) =>
  ((m.body as { interactive?: { action?: { sections?: { rows: { id: string; title: string }[] }[] } } }).interactive?.action?.sections ?? []).flatMap((s) => s.rows);
const to = (user: string, predicate: (m: FakeSentMessage) => boolean) => fake.waitForSent((m) => m.to === user && predicate(m), 8000);


const ticketOf = (phone: string) =>
  until(async () => {
    const list = (await agent.request('GET', '/api/tickets?channel=whatsapp&limit=200')).json<{ items: { id: number; status: string; requester: { phone: string } }[] }>();
    return list.items.find((i) => i.requester.phone === phone && i.status !== 'resolved');
  });

type Detail = { messages: { id: number; direction: string; body: string; kind: string; delivery_status: string | null; delivery_error: { message?: string } | null; attachments: { url: string; filename: string }[] }[]; requester: Record<string, unknown>; topics: string[]; reply_window_expires_at: string | null };
const detail = async (id: number) => (await agent.request('GET', `/api/tickets/${id}`)).json<Detail>();

/** Opens a ticket the way a requester does: registration, then Chat Agent. */
async function registeredTicket(user: string, name: string): Promise<number> {
  await fake.sendUserMessage(user, { text: 'Halo', profileName: name });
  await to(user, (m) => textOf(m).includes('Pertanyaan:'));
  await fake.sendUserMessage(user, { text: `Nama: ${name}\nDaerah: Kota Pasuruan\nInstansi/SKPD: Bapenda Kota Pasuruan\nEmail: ${name.toLowerCase()}@pasuruankota.go.id\nPertanyaan: Bagaimana opsen pajak?` });
  await to(user, (m) => rowsOf(m).length === 9);
  await fake.sendUserMessage(user, { text: '9' });
  return (await ticketOf(`+${user}`)).id;
}

describe(`WhatsApp end to end (${testDatabaseKind()})`, () => {
  it('answers Meta\'s verification handshake only with the right token', async () => {
    expect(await fake.verifyWebhook()).toMatchObject({ status: 200 });
    expect(await fake.verifyWebhook('wrong')).toMatchObject({ status: 403 });
  });

  it('walks a requester from "Halo" through registration, menu and Chat Agent, to an agent\'s reply and back to the bot', async () => {
    const user = '628111500001';
    await fake.sendUserMessage(user, { text: 'Halo', profileName: 'Budi' });
    await to(user, (m) => textOf(m) === DEFAULT_FLOW.greeting);
    await to(user, (m) => textOf(m).includes('Nama: \nDaerah: \nInstansi/SKPD: \nEmail: \nPertanyaan: '));

    await fake.sendUserMessage(user, { text: 'Nama: Budi Santoso\nDaerah: Kab. Antah Berantah\nInstansi/SKPD: BPKAD Kab. Bogor\nEmail: budi@\nPertanyaan: Kapan DAU tahap 2 disalurkan?' });
    const askedAgain = await to(user, (m) => textOf(m).includes('Antah Berantah'));
    expect(textOf(askedAgain)).toContain('"budi@"');
    expect(textOf(askedAgain)).not.toContain('Nama:');

    await fake.sendUserMessage(user, { text: 'Daerah: Kab. Bogor\nEmail: budi@bogorkab.go.id' });
    const menu = await to(user, (m) => rowsOf(m).length === 9);
    expect(rowsOf(menu).map((r) => r.id)).toEqual(DEFAULT_FLOW.menu.map((n) => n.id));

    await fake.sendUserMessage(user, { interactive: { type: 'list_reply', id: 'tkd', title: 'Info Anggaran TKD' } });
    await to(user, (m) => rowsOf(m).some((r) => r.id === 'tkd-dau'));
    await fake.sendUserMessage(user, { interactive: { type: 'list_reply', id: 'tkd-dau', title: 'Dana Alokasi Umum' } });
    await to(user, (m) => textOf(m) === DEFAULT_FLOW.menu[0]!.children![2]!.answer);
    await fake.sendUserMessage(user, { text: '0' });
    await to(user, (m) => rowsOf(m).length === 9 && m.at > menu.at);
    await fake.sendUserMessage(user, { text: '9' });
    await to(user, (m) => textOf(m) === DEFAULT_FLOW.handoffMessage);

    const { id } = await ticketOf(`+${user}`);
    const ticket = await detail(id);
    expect(ticket.requester).toMatchObject({ name: 'Budi Santoso', email: 'budi@bogorkab.go.id', institution: 'BPKAD Kab. Bogor', region_code: '32.01', user_category: 'pemda' });
    expect(ticket.messages.map((m) => m.body)).toEqual(['Kapan DAU tahap 2 disalurkan?']);

    // While the ticket is open the bot is silent: the requester's messages go to the ticket.
    const sentBefore = fake.sent.length;
    await fake.sendUserMessage(user, { text: 'Tambahan: untuk tahun anggaran 2025' });
    await until(async () => ((await detail(id)).messages.length === 2 ? true : undefined));
    expect(fake.sent.length).toBe(sentBefore);

    const reply = await agent.request('POST', `/api/tickets/${id}/messages`, { body: 'DAU tahap 2 disalurkan pada bulan April.' });
    const replyId = reply.json<{ id: number }>().id;
    const delivered = await to(user, (m) => textOf(m) === 'DAU tahap 2 disalurkan pada bulan April.');
    await until(async () => ((await detail(id)).messages.find((m) => m.id === replyId)?.delivery_status === 'sent' ? true : undefined));
    await fake.deliverStatuses(delivered.wamid, ['sent', 'delivered', 'read'], 'shuffled');
    await until(async () => ((await detail(id)).messages.find((m) => m.id === replyId)?.delivery_status === 'read' ? true : undefined));
    expect(fake.readReceipts.length).toBeGreaterThanOrEqual(8);

    await agent.request('PATCH', `/api/tickets/${id}`, { status: 'resolved' });
    await fake.sendUserMessage(user, { text: 'Halo lagi' });
    const welcomeBack = await to(user, (m) => (m.body as { interactive?: { type?: string } }).interactive?.type === 'button');
    expect(textOf(welcomeBack)).toContain('Budi Santoso');
  });

  it('refuses a webhook with a bad signature and stores nothing', async () => {
    const count = async () => (await t.handle.db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const before = await count();
    const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [] });
    const forged = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signPayload(body, 'not-the-secret') }, body });
    expect(forged.status).toBe(401);
    const unsigned = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    expect(await count()).toBe(before);
  });

  it('stores a message Meta delivers twice only once, and keeps unknown types and media', async () => {
    const user = '628111500002';
    const id = await registeredTicket(user, 'Rina');
    await fake.sendUserMessage(user, { text: 'Pesan yang dikirim dua kali' });
    expect(await fake.redeliver()).toBe(200);
    const photo = Buffer.from('89504e470d0a1a0a-fake-png-bytes');
    await fake.sendUserMessage(user, { image: { bytes: photo, mime: 'image/png', caption: 'Bukti setor' } });
    await fake.sendUserMessage(user, { unknownType: 'order', unknownPayload: { catalog_id: '1' } });
    const ticket = await until(async () => {
      const d = await detail(id);
      return d.messages.length === 4 && d.messages[2]!.attachments.length ? d : undefined;
    });
    expect(ticket.messages.map((m) => m.body)).toEqual(['Bagaimana opsen pajak?', 'Pesan yang dikirim dua kali', 'Bukti setor', '[pesan order tidak didukung]']);
    const file = await until(async () => {
      const response = await agent.request('GET', ticket.messages[2]!.attachments[0]!.url);
      return response.statusCode === 200 ? response : undefined;
    });
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(photo)).toBe(true);
  });

  it('delivers every reply once, in order, after the Graph API was down for a while', async () => {
    const user = '628111500003';
    const id = await registeredTicket(user, 'Sari');
    fake.outage(true);
    for (const n of [1, 2, 3]) await agent.request('POST', `/api/tickets/${id}/messages`, { body: `Balasan ${n}` });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(fake.sent.filter((m) => m.to === user && textOf(m).startsWith('Balasan'))).toEqual([]);
    fake.outage(false);
    await until(() => Promise.resolve(fake.sent.filter((m) => m.to === user && textOf(m).startsWith('Balasan')).length === 3 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.sent.filter((m) => m.to === user && textOf(m).startsWith('Balasan')).map(textOf)).toEqual(['Balasan 1', 'Balasan 2', 'Balasan 3']);
    const statuses = (await detail(id)).messages.filter((m) => m.direction === 'outbound').map((m) => m.delivery_status);
    expect(statuses).toEqual(['sent', 'sent', 'sent']);
  });

  it('marks a reply outside the 24-hour window failed with the reason, and shows when the window closed', async () => {
    const user = '628111500004';
    const id = await registeredTicket(user, 'Joko');
    fake.advanceTime(25 * 3_600_000);
    const late = (await agent.request('POST', `/api/tickets/${id}/messages`, { body: 'Balasan terlambat' })).json<{ id: number }>();
    const message = await until(async () => (await detail(id)).messages.find((m) => m.id === late.id && m.delivery_status === 'failed'));
    expect(message.delivery_error?.message).toContain('131047');
    const window = (await agent.request('GET', `/api/tickets/${id}`)).json<{ last_inbound_at: string; reply_window_expires_at: string }>();
    expect(Date.parse(window.reply_window_expires_at) - Date.parse(window.last_inbound_at)).toBe(24 * 3_600_000);
    // The way out: an approved template, which WhatsApp accepts outside the window.
    const template = await agent.request('POST', `/api/tickets/${id}/messages`, { template: { name: 'tindak_lanjut_konsultasi', language: 'id', parameters: ['Joko', 'opsen pajak'] } });
    expect(template.json()).toMatchObject({ kind: 'template', body: '[Template tindak_lanjut_konsultasi: Joko | opsen pajak]' });
    const sent = await to(user, (m) => m.type === 'template');
    expect(sent.body).toMatchObject({ template: { name: 'tindak_lanjut_konsultasi', language: { code: 'id' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Joko' }, { type: 'text', text: 'opsen pajak' }] }] } });
    await until(async () => ((await detail(id)).messages.find((m) => m.kind === 'template')?.delivery_status === 'sent' ? true : undefined));
  });

  it('counts a session abandoned before the menu as "Tidak Dilanjutkan"', async () => {
    const user = '628111500005';
    await fake.sendUserMessage(user, { text: 'Halo' });
    await to(user, (m) => textOf(m).includes('Pertanyaan:'));
    const session = await t.handle.db.selectFrom('chatbot_sessions').select(['started_at']).where('contact_key', '=', `+${user}`).executeTakeFirstOrThrow();
    await closeIdleSessions(t.handle.db, new Date(session.started_at.getTime() + 31 * 60_000));
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).format(session.started_at);
    const summary = await chatbotMonthSummary(t.handle.db, month);
    expect(summary.by_menu.find((m) => m.menu === 'Tidak Dilanjutkan')?.count).toBeGreaterThanOrEqual(1);
  });
});
