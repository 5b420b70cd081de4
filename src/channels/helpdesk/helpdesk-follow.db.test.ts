import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { testDatabaseKind } from '../../../test/helpers/db.ts';
import { startSmtpSink, type SmtpSink } from '../../../test/helpers/smtp-sink.ts';
import { until } from '../../../test/helpers/until.ts';
import { loadConfig } from '../../platform/config.ts';
import { createJobRegistry } from '../../jobs/registry.ts';
import { Worker } from '../../jobs/worker.ts';
import { surveyLinkFor } from '../../surveys/token.ts';
import { helpdeskFollowUrl } from './link.ts';

// A requester submits the form, the real worker mails the link to an SMTP sink, an agent
// answers through the API, and the requester follows and replies on the private page.
const PUBLIC_URL = 'https://sapa.djpk.example.go.id';
const ENV = { SMTP_URL: '', MAIL_FROM: 'Contact Center DJPK <callcenter.djpk@kemenkeu.go.id>', SAPA_PUBLIC_URL: PUBLIC_URL };
let sink: SmtpSink;
let t: TestApp;
let worker: Worker;
let agent: Session;
let agentId: number;

beforeAll(async () => {
  sink = await startSmtpSink();
  const env = { ...ENV, SMTP_URL: sink.url };
  t = await createTestApp(env);
  worker = new Worker(t.handle.db, createJobRegistry(t.handle.db, loadConfig({ ...env, SAPA_DATA_DIR: '/nonexistent' })), { pollMs: 20, backoff: () => 100, log: { error: () => undefined } });
  worker.start();
  agentId = await addUser(t, 'hanna', 'agent');
  agent = await login(t, 'hanna');
});
afterAll(async () => {
  await worker.stop();
  await t.close();
  await sink.close();
});

const db = () => t.handle.db;
const PDF = Buffer.from('%PDF-1.4\n% bukti transfer\n');
const FORM = {
  nama: 'Rudi Hartono', kategori: 'pemda', instansi: 'Bappeda Kota Ambon', daerah: 'Kota Ambon',
  topik: 'DAU', pertanyaan: 'Mohon penjelasan alokasi DAU 2025 untuk Kota Ambon.',
};

let address = 0;
function postForm(url: string, fields: Record<string, string>, files: { name: string; content: Buffer }[] = []) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const f of files) form.append('lampiran', new Blob([f.content]), f.name);
  return t.app.inject({ method: 'POST', url, payload: form, remoteAddress: `10.8.0.${++address}` });
}
const open = (url: string) => t.app.inject({ method: 'GET', url, remoteAddress: `10.8.1.${++address}` });

async function submit(fields: Record<string, string>): Promise<{ ticketId: number; number: number; path: string }> {
  const response = await postForm('/bantuan', fields);
  expect(response.statusCode).toBe(200);
  const link = /href="([^"]+\/bantuan\/tiket\/[^"]+)"/.exec(response.body)?.[1] ?? '';
  expect(link.startsWith(`${PUBLIC_URL}/bantuan/tiket/`)).toBe(true);
  const ticket = await db().selectFrom('tickets').select(['id', 'number']).orderBy('id', 'desc').executeTakeFirstOrThrow();
  expect(link).toBe(await helpdeskFollowUrl(db(), loadConfig({ ...ENV, SAPA_DATA_DIR: '/nonexistent' }), ticket.id));
  return { ticketId: ticket.id, number: ticket.number, path: link.slice(PUBLIC_URL.length) };
}

describe(`help-desk follow page and mails (${testDatabaseKind()})`, () => {
  let ticket: { ticketId: number; number: number; path: string };

  it('mails the ticket number and private link to the email given on the form', async () => {
    ticket = await submit({ ...FORM, email: 'rudi@bappeda.ambon.go.id' });
    const mail = await sink.waitFor((m) => m.parsed.subject === `[#${ticket.number}] Konsultasi Anda telah kami terima`);
    expect(mail.envelope.rcptTo).toEqual(['rudi@bappeda.ambon.go.id']);
    expect(mail.parsed.text).toContain(`${PUBLIC_URL}${ticket.path}`);
    expect(mail.parsed.text).toContain(`nomor tiket #${ticket.number}`);
    const page = await open(ticket.path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).toContain(`Konsultasi #${ticket.number}`);
    expect(page.body).toContain('Sedang diproses');
    expect(page.body).toContain('Mohon penjelasan alokasi DAU 2025 untuk Kota Ambon.');
  });

  it('shows the agent\'s reply (marked sent, announced by mail) and never an internal note', async () => {
    const note = await agent.request('POST', `/api/tickets/${ticket.ticketId}/messages`, { body: 'Catatan internal: cek data alokasi di SIKD', internal: true });
    expect(note.statusCode).toBe(201);
    const reply = await agent.request('POST', `/api/tickets/${ticket.ticketId}/messages`, { body: 'Alokasi DAU 2025 Kota Ambon tercantum dalam\nPerpres rincian APBN 2025.' });
    expect(reply.statusCode).toBe(201);
    const replyId = reply.json<{ id: number }>().id;
    const mail = await sink.waitFor((m) => m.parsed.subject === `[#${ticket.number}] Jawaban atas konsultasi Anda`);
    expect(mail.envelope.rcptTo).toEqual(['rudi@bappeda.ambon.go.id']);
    expect(mail.parsed.text).toContain('Perpres rincian APBN 2025.');
    expect(mail.parsed.text).toContain(`${PUBLIC_URL}${ticket.path}`);
    expect(await until(async () => {
      const m = await db().selectFrom('messages').select('delivery_status').where('id', '=', replyId).executeTakeFirstOrThrow();
      return m.delivery_status === 'sent' ? m.delivery_status : undefined;
    })).toBe('sent');
    const page = await open(ticket.path);
    expect(page.body).toContain('Petugas Contact Center DJPK');
    expect(page.body).toContain('Alokasi DAU 2025 Kota Ambon tercantum dalam\nPerpres rincian APBN 2025.');
    expect(page.body).not.toContain('Catatan internal');
    expect(page.body).not.toContain('SIKD');
  });

  it('takes the requester\'s reply with an attachment onto the same ticket, and refuses a bad one storing nothing', async () => {
    const refused = await postForm(ticket.path, { pesan: 'Berikut buktinya', kirim_id: 'reply-bbbbbbbbbbbbbbbb' }, [{ name: 'virus.exe', content: Buffer.from('MZ') }]);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Jenis berkas &quot;virus.exe&quot; tidak diterima.');
    expect(refused.body).toContain('>Berikut buktinya</textarea>');
    const empty = await postForm(ticket.path, { pesan: '  ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Tanggapan wajib diisi.');
    const countInbound = async () => (await db().selectFrom('messages').select('id').where('ticket_id', '=', ticket.ticketId).where('direction', '=', 'inbound').execute()).length;
    expect(await countInbound()).toBe(1);

    const sent = await postForm(ticket.path, { pesan: 'Terima kasih. Berikut bukti transfernya.', kirim_id: 'reply-bbbbbbbbbbbbbbbb' }, [{ name: 'bukti.pdf', content: PDF }]);
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`${ticket.path}?terkirim=1`);
    const inbound = await db().selectFrom('messages').selectAll().where('ticket_id', '=', ticket.ticketId).where('direction', '=', 'inbound').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(inbound.body).toBe('Terima kasih. Berikut bukti transfernya.');
    const file = await db().selectFrom('attachments').selectAll().where('message_id', '=', inbound.id).executeTakeFirstOrThrow();
    expect(file).toMatchObject({ filename: 'bukti.pdf', mime_type: 'application/pdf', size_bytes: PDF.length });
    const page = await open(`${ticket.path}?terkirim=1`);
    expect(page.body).toContain('Tanggapan Anda telah terkirim.');
    expect(page.body).toContain('Terima kasih. Berikut bukti transfernya.');
    const download = /href="([^"]+\/lampiran\/\d+)">bukti\.pdf<\/a>/.exec(page.body)?.[1] ?? '';
    const bytes = await open(download);
    expect(bytes.statusCode).toBe(200);
    expect(bytes.headers['content-type']).toBe('application/pdf');
    expect(bytes.rawPayload.equals(PDF)).toBe(true);
    // Posted twice (reload, double click): stored once.
    await postForm(ticket.path, { pesan: 'Terima kasih. Berikut bukti transfernya.', kirim_id: 'reply-bbbbbbbbbbbbbbbb' }, [{ name: 'bukti.pdf', content: PDF }]);
    expect(await countInbound()).toBe(2);
  });

  it('offers the satisfaction survey once resolved, and a reply reopens the ticket', async () => {
    expect((await agent.request('PATCH', `/api/tickets/${ticket.ticketId}`, { assignee_id: agentId, status: 'resolved' })).statusCode).toBe(200);
    const survey = await surveyLinkFor(db(), ticket.ticketId, PUBLIC_URL);
    expect(survey).not.toBeNull();
    const page = await open(ticket.path);
    expect(page.body).toContain('Selesai');
    expect(page.body).toContain(`href="${survey ?? ''}"`);
    expect((await postForm(ticket.path, { pesan: 'Satu pertanyaan lagi: kapan tahap 2?' })).statusCode).toBe(303);
    const status = await db().selectFrom('tickets').select('status').where('id', '=', ticket.ticketId).executeTakeFirstOrThrow();
    expect(status.status).toBe('open');
    expect((await open(ticket.path)).body).not.toContain('isi survei kepuasan');
  });

  it('answers 404 to forged and malformed tokens, and to attachments of another ticket', async () => {
    const other = await submit({ ...FORM, telepon: '0813-4400-1122' });
    const [id, signature = ''] = ticket.path.slice('/bantuan/tiket/'.length).split('.');
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    for (const forged of [`/bantuan/tiket/${id}.${flipped}`, `/bantuan/tiket/${other.ticketId}.${signature}`, '/bantuan/tiket/abc', '/bantuan/tiket/1.x']) {
      const page = await open(forged);
      expect(page.statusCode).toBe(404);
      expect(page.body).toContain('Tautan tiket ini tidak dikenal');
      expect((await postForm(forged, { pesan: 'halo' })).statusCode).toBe(404);
    }
    const attachment = await db().selectFrom('attachments').innerJoin('messages', 'messages.id', 'attachments.message_id')
      .select('attachments.id').where('messages.ticket_id', '=', ticket.ticketId).executeTakeFirstOrThrow();
    expect((await open(`${other.path}/lampiran/${attachment.id}`)).statusCode).toBe(404);
    expect((await open(`${ticket.path}/lampiran/${attachment.id}`)).statusCode).toBe(200);
  });

  it('without an email, queues no mail: the agent\'s reply is still delivered to the follow page', async () => {
    const phoneOnly = await submit({ ...FORM, telepon: '0811-2233-4455' });
    const reply = await agent.request('POST', `/api/tickets/${phoneOnly.ticketId}/messages`, { body: 'Silakan cek Perpres rincian APBN.' });
    const replyId = reply.json<{ id: number }>().id;
    await until(async () => {
      const m = await db().selectFrom('messages').select('delivery_status').where('id', '=', replyId).executeTakeFirstOrThrow();
      return m.delivery_status === 'sent' ? true : undefined;
    });
    const jobs = await db().selectFrom('outbox').select('payload').where('type', '=', 'helpdesk.email').execute();
    expect(jobs.map((j) => (j.payload as { ticketId: number }).ticketId)).not.toContain(phoneOnly.ticketId);
    expect((await open(phoneOnly.path)).body).toContain('Silakan cek Perpres rincian APBN.');
  });
});
