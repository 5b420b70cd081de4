import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGraph, type FakeGraph, type FakeSentMessage } from '../../test/fakes/whatsapp/fake-graph.ts';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { until } from '../../test/helpers/until.ts';
import { loadConfig } from '../platform/config.ts';
import { createJobRegistry } from '../jobs/registry.ts';
import { Worker } from '../jobs/worker.ts';

// End to end: the agent resolves over HTTP, the real worker sends the survey through the real
// Graph client to the fake, and the requester's answers come back as signed webhooks.
const env = {
  WHATSAPP_PHONE_NUMBER_ID: '106540352242922', WHATSAPP_ACCESS_TOKEN: 'EAAG-test-token', WHATSAPP_APP_SECRET: 'app-secret-for-tests',
  WHATSAPP_VERIFY_TOKEN: 'verify-me', WHATSAPP_API_VERSION: 'v21.0',
};
let fake: FakeGraph;
let t: TestApp;
let worker: Worker;
let agent: Session;
let linnaId: number;

beforeAll(async () => {
  fake = await startFakeGraph({ appSecret: env.WHATSAPP_APP_SECRET, accessToken: env.WHATSAPP_ACCESS_TOKEN, phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID, verifyToken: env.WHATSAPP_VERIFY_TOKEN });
  const fullEnv = { ...env, WHATSAPP_API_URL: fake.url };
  t = await createTestApp(fullEnv);
  fake.setWebhookUrl(`${await t.app.listen({ port: 0, host: '127.0.0.1' })}/webhooks/whatsapp`);
  const config = loadConfig({ ...fullEnv, SAPA_DATA_DIR: '/nonexistent' });
  worker = new Worker(t.handle.db, createJobRegistry(t.handle.db, config), { pollMs: 20, backoff: () => 150, log: { error: () => undefined } });
  worker.start();
  linnaId = await addUser(t, 'linna', 'agent');
  agent = await login(t, 'linna');
});
afterAll(async () => {
  await worker.stop();
  await t.close();
  await fake.close();
});

type List = { interactive?: { type?: string; body?: { text?: string }; action?: { sections?: { title: string; rows: { id: string; title: string }[] }[] } } };
const textOf = (m: FakeSentMessage): string => (m.body as { text?: { body?: string } }).text?.body ?? (m.body as List).interactive?.body?.text ?? '';
const sectionOf = (m: FakeSentMessage) => (m.body as List).interactive?.action?.sections?.[0];
const rowsOf = (m: FakeSentMessage) => sectionOf(m)?.rows ?? [];
const isQuestion = (label: string) => (m: FakeSentMessage) => sectionOf(m)?.title === label;
const sentTo = (user: string, after: number, predicate: (m: FakeSentMessage) => boolean) =>
  fake.waitForSent((m) => m.to === user && m.at.getTime() >= after && predicate(m), 8000);
const rowId = (m: FakeSentMessage, score: number): string => {
  const row = rowsOf(m)[score - 1];
  if (!row) throw new Error(`no row for ${score}`);
  return row.id;
};

/** Nothing is waiting in the outbox: every reply to what was received has been sent. */
const settled = () =>
  until(async () => {
    const busy = await t.handle.db.selectFrom('outbox').select('id').where('status', 'in', ['pending', 'running']).where('type', '<>', 'whatsapp.read').executeTakeFirst();
    return busy ? undefined : true;
  });

/** A ticket opened through the bot (registration, then Chat Agent), answered by linna and still open. */
async function answeredTicket(user: string, name: string): Promise<number> {
  const started = Date.now();
  await fake.sendUserMessage(user, { text: 'Halo', profileName: name });
  await sentTo(user, started, (m) => textOf(m).includes('Pertanyaan:'));
  await fake.sendUserMessage(user, { text: `Nama: ${name}\nDaerah: Kota Pasuruan\nInstansi/SKPD: Bapenda Kota Pasuruan\nEmail: ${name.toLowerCase()}@pasuruankota.go.id\nPertanyaan: Bagaimana opsen pajak?` });
  await sentTo(user, started, (m) => rowsOf(m).length === 9);
  await fake.sendUserMessage(user, { text: '9' });
  const ticket = await until(() => t.handle.db.selectFrom('tickets').innerJoin('contact_identities', 'contact_identities.contact_id', 'tickets.contact_id')
    .select('tickets.id').where('contact_identities.value', '=', `+${user}`).where('tickets.status', '=', 'open').executeTakeFirst());
  expect((await agent.request('PATCH', `/api/tickets/${ticket.id}`, { assignee_id: linnaId })).statusCode).toBe(200);
  await agent.request('POST', `/api/tickets/${ticket.id}/messages`, { body: 'Opsen pajak diatur dalam UU HKPD.' });
  await sentTo(user, started, (m) => textOf(m) === 'Opsen pajak diatur dalam UU HKPD.');
  return ticket.id;
}

async function resolve(ticketId: number): Promise<void> {
  expect((await agent.request('PATCH', `/api/tickets/${ticketId}`, { status: 'resolved' })).statusCode).toBe(200);
}

const ratingOf = (ticketId: number) => t.handle.db.selectFrom('csat_ratings').selectAll().where('ticket_id', '=', ticketId).executeTakeFirst();
const ticketState = async (ticketId: number) => {
  const ticket = await t.handle.db.selectFrom('tickets').select(['status', 'contact_id']).where('id', '=', ticketId).executeTakeFirstOrThrow();
  const messages = await t.handle.db.selectFrom('messages').select('id').where('ticket_id', '=', ticketId).execute();
  const sessions = await t.handle.db.selectFrom('chatbot_sessions').select('id').where('contact_id', '=', ticket.contact_id).execute();
  return { status: ticket.status, contactId: ticket.contact_id, messages: messages.length, sessions: sessions.length };
};

describe(`satisfaction survey over WhatsApp (${testDatabaseKind()})`, () => {
  it('asks both questions as lists after the resolution, records the rating for the agent, takes a comment, and leaves the bot and the ticket alone', async () => {
    const user = '628111700001';
    const ticketId = await answeredTicket(user, 'Budi');
    const resolvedAt = Date.now();
    await resolve(ticketId);
    const q1 = await sentTo(user, resolvedAt, isQuestion('Kepuasan Layanan'));
    expect(rowsOf(q1).map((r) => r.title)).toEqual(['1 - Sangat tidak puas', '2 - Tidak puas', '3 - Cukup puas', '4 - Puas', '5 - Sangat puas']);
    const before = await ticketState(ticketId);

    await fake.sendUserMessage(user, { interactive: { type: 'list_reply', id: rowId(q1, 4), title: '4 - Puas' } });
    const q2 = await sentTo(user, resolvedAt, isQuestion('Substansi Jawaban'));
    expect(await ratingOf(ticketId)).toBeUndefined();
    await fake.sendUserMessage(user, { interactive: { type: 'list_reply', id: rowId(q2, 5), title: '5 - Sangat puas' } });
    await sentTo(user, resolvedAt, (m) => textOf(m).includes('saran atau komentar'));
    expect(await ratingOf(ticketId)).toMatchObject({ service: 4, substance: 5, comment: null, agent_id: linnaId });

    await fake.sendUserMessage(user, { text: 'Penjelasannya jelas, terima kasih.' });
    await sentTo(user, resolvedAt, (m) => textOf(m).startsWith('Terima kasih, masukan Anda'));
    await settled();

    const rating = await ratingOf(ticketId);
    expect(rating).toMatchObject({ agent_id: linnaId, contact_id: before.contactId, service: 4, substance: 5, comment: 'Penjelasannya jelas, terima kasih.', source: 'live' });
    expect(Math.abs(new Date(rating?.rated_at ?? 0).getTime() - Date.now())).toBeLessThan(60_000);
    // Only the survey spoke: question 1, question 2, the comment prompt and the thanks.
    expect(fake.sent.slice(fake.sent.indexOf(q1)).filter((m) => m.to === user).map((m) => sectionOf(m)?.title ?? textOf(m).slice(0, 20)))
      .toEqual(['Kepuasan Layanan', 'Substansi Jawaban', 'Terima kasih atas pe', 'Terima kasih, masuka']);
    // The answers neither reopened the ticket, nor became its messages, nor started a bot session.
    expect(await ticketState(ticketId)).toEqual(before);
    expect(before.status).toBe('resolved');
  });

  it('takes typed digits, lets the requester talk to the bot meanwhile, and still takes the list afterwards', async () => {
    const user = '628111700002';
    const ticketId = await answeredTicket(user, 'Sari');
    const resolvedAt = Date.now();
    await resolve(ticketId);
    await sentTo(user, resolvedAt, isQuestion('Kepuasan Layanan'));
    await fake.sendUserMessage(user, { text: '2' });
    const q2 = await sentTo(user, resolvedAt, isQuestion('Substansi Jawaban'));

    // Not an answer: the chatbot greets her again (she is known), the survey waits.
    await fake.sendUserMessage(user, { text: 'Halo, saya mau bertanya lagi' });
    await sentTo(user, resolvedAt, (m) => textOf(m).includes('Sari'));
    await settled();
    expect(await ratingOf(ticketId)).toBeUndefined();

    await fake.sendUserMessage(user, { interactive: { type: 'list_reply', id: rowId(q2, 3), title: '3 - Cukup puas' } });
    await sentTo(user, resolvedAt, (m) => textOf(m).includes('saran atau komentar'));
    expect(await ratingOf(ticketId)).toMatchObject({ service: 2, substance: 3, agent_id: linnaId });
    await fake.sendUserMessage(user, { text: 'lewati' });
    await sentTo(user, resolvedAt, (m) => textOf(m).startsWith('Terima kasih, masukan Anda'));
    expect((await ratingOf(ticketId))?.comment).toBeNull();
  });

  it('ends the survey when Meta refuses it for the closed 24-hour window (131047)', async () => {
    const user = '628111700003';
    const ticketId = await answeredTicket(user, 'Rudi');
    fake.advanceTime(25 * 3_600_000);
    await resolve(ticketId);
    const survey = await until(async () => {
      const row = await t.handle.db.selectFrom('survey_requests').selectAll().where('ticket_id', '=', ticketId).executeTakeFirst();
      return row?.delivery === 'failed' ? row : undefined;
    });
    expect(survey.delivery_error).toContain('131047');
    expect(new Date(survey.expires_at).getTime()).toBeLessThanOrEqual(Date.now());
    const shown = (await agent.request('GET', `/api/tickets/${ticketId}/survey`)).json<{ delivery: string }>();
    expect(shown.delivery).toBe('failed');
    // A digit now is an ordinary message again (to the chatbot), not a score.
    await fake.sendUserMessage(user, { text: '5' });
    await settled();
    expect(await ratingOf(ticketId)).toBeUndefined();
  });
});
