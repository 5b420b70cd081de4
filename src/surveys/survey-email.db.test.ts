import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { inbound } from '../../test/helpers/tickets.ts';
import { startSmtpSink, type SinkMessage, type SmtpSink } from '../../test/helpers/smtp-sink.ts';
import { loadConfig } from '../platform/config.ts';
import { createJobRegistry } from '../jobs/registry.ts';
import { Worker } from '../jobs/worker.ts';
import { surveyLinkFor } from './token.ts';

// Resolve over HTTP, the real worker mails the survey to an SMTP sink, and the requester's
// browser opens the link and posts the form to the real server.
const PUBLIC_URL = 'https://sapa.djpk.example.go.id';
let sink: SmtpSink;
let t: TestApp;
let worker: Worker;
let agent: Session;
let hannaId: number;

beforeAll(async () => {
  sink = await startSmtpSink();
  const env = { SMTP_URL: sink.url, MAIL_FROM: 'Contact Center DJPK <callcenter.djpk@kemenkeu.go.id>', SAPA_PUBLIC_URL: PUBLIC_URL };
  t = await createTestApp(env);
  worker = new Worker(t.handle.db, createJobRegistry(t.handle.db, loadConfig({ ...env, SAPA_DATA_DIR: '/nonexistent' })), { pollMs: 20, backoff: () => 100, log: { error: () => undefined } });
  worker.start();
  hannaId = await addUser(t, 'hanna', 'agent');
  agent = await login(t, 'hanna');
});
afterAll(async () => {
  await worker.stop();
  await t.close();
  await sink.close();
});

const db = () => t.handle.db;
const ratings = () => db().selectFrom('csat_ratings').selectAll().execute();

async function resolve(ticketId: number): Promise<void> {
  expect((await agent.request('PATCH', `/api/tickets/${ticketId}`, { assignee_id: hannaId, status: 'resolved' })).statusCode).toBe(200);
}

/** The five one-click links of a survey email: path (no host) and the score each chooses. */
function linksOf(mail: SinkMessage): { path: string; score: number }[] {
  const found = [...(mail.parsed.text ?? '').matchAll(/(https:\/\/\S+?)\?layanan=([1-5])/g)];
  return found.map((m) => {
    expect(m[1]?.startsWith(`${PUBLIC_URL}/survei/`)).toBe(true);
    return { path: (m[1] ?? '').slice(PUBLIC_URL.length), score: Number(m[2]) };
  });
}

const open = (url: string) => t.app.inject({ method: 'GET', url });
const post = (path: string, form: string, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: path, payload: form, headers: { 'content-type': 'application/x-www-form-urlencoded' }, remoteAddress });

describe(`satisfaction survey by email (${testDatabaseKind()})`, () => {
  let ticketId: number;
  let path: string;

  it('mails one link per score; opening a link shows the page with that score chosen and records nothing', async () => {
    ticketId = (await inbound(db(), { channel: 'email', from: { email: 'wati@bpkad.bantulkab.go.id', name: 'Wati' }, subject: 'Jadwal DAK Fisik', body: 'Kapan DAK Fisik tahap 1 disalurkan?' })).ticketId;
    await resolve(ticketId);
    const mail = await sink.waitFor((m) => m.parsed.subject?.includes('Survei kepuasan') === true);
    const number = (await db().selectFrom('tickets').select('number').where('id', '=', ticketId).executeTakeFirstOrThrow()).number;
    expect(mail.envelope.rcptTo).toEqual(['wati@bpkad.bantulkab.go.id']);
    expect(mail.parsed.subject).toContain(`[#${number}]`);
    expect(mail.header('auto-submitted')).toBe('auto-generated');
    const links = linksOf(mail);
    expect(links.map((l) => l.score)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(links.map((l) => l.path)).size).toBe(1);
    path = links[0]?.path ?? '';
    expect(`${PUBLIC_URL}${path}`).toBe(await surveyLinkFor(db(), ticketId, PUBLIC_URL));

    // A mail scanner (or the requester) opens every link: nothing is recorded.
    for (const score of [1, 4]) {
      const page = await open(`${path}?layanan=${score}`);
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain(`tiket #${number}`);
      expect(page.body).toContain(`name="layanan" value="${score}" required checked`);
      expect(page.body).not.toMatch(/name="substansi" value="\d" required checked/);
    }
    expect(await ratings()).toEqual([]);
  });

  it('records the form\'s answer for the agent who resolved, and a second answer before closing replaces it', async () => {
    const first = await post(path, 'layanan=4&substansi=5&komentar=Sangat+membantu%2C+terima+kasih');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Penilaian Anda telah kami terima');
    const contact = await db().selectFrom('tickets').select('contact_id').where('id', '=', ticketId).executeTakeFirstOrThrow();
    expect(await ratings()).toMatchObject([{ ticket_id: ticketId, agent_id: hannaId, contact_id: contact.contact_id, service: 4, substance: 5, comment: 'Sangat membantu, terima kasih', source: 'live' }]);

    // The page now shows what was answered.
    expect((await open(path)).body).toContain('name="substansi" value="5" required checked');
    const again = await post(path, 'layanan=2&substansi=3&komentar=');
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('diperbarui');
    expect(await ratings()).toMatchObject([{ ticket_id: ticketId, service: 2, substance: 3, comment: null }]);

    const incomplete = await post(path, 'layanan=5');
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.body).toContain('kedua pertanyaan');
    expect(await ratings()).toMatchObject([{ service: 2, substance: 3 }]);
  });

  it('refuses forged tokens and answers after the survey closed', async () => {
    const [id, signature = ''] = path.slice('/survei/'.length).split('.');
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    for (const forged of [`/survei/${id}.${flipped}`, `/survei/${Number(id) + 1}.${signature}`, '/survei/abc', '/survei/1.x']) {
      expect((await open(forged)).statusCode).toBe(404);
      expect((await post(forged, 'layanan=1&substansi=1')).statusCode).toBe(404);
    }
    // An over-long field is refused by the schema, through the application's error handler.
    expect((await open(`${path}?layanan=${'9'.repeat(4001)}`)).json()).toMatchObject({ error: { code: 'validation' } });
    await db().updateTable('survey_requests').set({ expires_at: new Date(Date.now() - 1000) }).where('ticket_id', '=', ticketId).execute();
    const late = await post(path, 'layanan=5&substansi=5');
    expect(late.statusCode).toBe(410);
    expect(late.body).toContain('Survei sudah ditutup');
    expect((await open(path)).statusCode).toBe(410);
    expect(await ratings()).toMatchObject([{ service: 2, substance: 3 }]);
  });

  it('sends a new survey when a reopened ticket is resolved again: the old link stops working and the new answer replaces the rating', async () => {
    await inbound(db(), { channel: 'email', ticketId, from: { email: 'wati@bpkad.bantulkab.go.id' }, body: 'Maaf, satu pertanyaan lagi.' });
    expect((await db().selectFrom('tickets').select('status').where('id', '=', ticketId).executeTakeFirstOrThrow()).status).toBe('open');
    const mailsBefore = sink.messages.length;
    await resolve(ticketId);
    const second = await sink.waitFor((m) => sink.messages.indexOf(m) >= mailsBefore && m.parsed.subject?.includes('Survei kepuasan') === true);
    const newPath = linksOf(second)[0]?.path ?? '';
    expect(newPath).not.toBe(path);
    expect((await post(path, 'layanan=1&substansi=1')).statusCode).toBe(404);
    expect((await post(newPath, 'layanan=5&substansi=4&komentar=Lengkap')).statusCode).toBe(200);
    expect(await ratings()).toMatchObject([{ ticket_id: ticketId, service: 5, substance: 4, comment: 'Lengkap' }]);
  });

  it('slows down an address that posts too often', async () => {
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await post('/survei/1.x', 'layanan=1&substansi=1', '10.9.8.7'));
    expect(answers.slice(0, 10).map((a) => a.statusCode)).toEqual(Array(10).fill(404));
    expect(answers[10]?.statusCode).toBe(429);
    expect(answers[10]?.body).toContain('Terlalu banyak percobaan');
    // Another address is not slowed down.
    expect((await post('/survei/1.x', 'layanan=1&substansi=1', '10.9.8.8')).statusCode).toBe(404);
  });

  it('keeps new surveys open as long as an admin set', async () => {
    await addUser(t, 'admin', 'admin');
    const admin = await login(t, 'admin');
    expect((await agent.request('PUT', '/api/surveys/settings', { expiry_days: 3 })).statusCode).toBe(403);
    expect((await admin.request('PUT', '/api/surveys/settings', { expiry_days: 3 })).json()).toEqual({ expiry_days: 3 });
    const ticket = (await inbound(db(), { channel: 'email', from: { email: 'andi@bappeda.slemankab.go.id' }, body: 'Pertanyaan DBH' })).ticketId;
    await resolve(ticket);
    const survey = (await agent.request('GET', `/api/tickets/${ticket}/survey`)).json<{ expires_at: string; link: string }>();
    const days = (new Date(survey.expires_at).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.99);
    expect(days).toBeLessThanOrEqual(3);
    expect(survey.link).toBe(await surveyLinkFor(db(), ticket, PUBLIC_URL));
  });

  it('sends no survey for spam', async () => {
    const spam = (await inbound(db(), { channel: 'email', from: { email: 'promo@iklan.example.com' }, body: 'Diskon besar!' })).ticketId;
    await agent.request('PATCH', `/api/tickets/${spam}`, { spam: true });
    await resolve(spam);
    expect(await surveyLinkFor(db(), spam)).toBeNull();
  });
});
