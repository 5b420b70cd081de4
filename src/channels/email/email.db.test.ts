import nodemailer, { type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { testDatabaseKind } from '../../../test/helpers/db.ts';
import { until } from '../../../test/helpers/until.ts';
import { startSmtpSink, type SmtpSink } from '../../../test/helpers/smtp-sink.ts';
import { loadConfig } from '../../platform/config.ts';
import { createJobRegistry } from '../../jobs/registry.ts';
import { Worker } from '../../jobs/worker.ts';
import { startEmailChannel } from './runtime.ts';

// The whole email channel as configured from the environment: mail in through Sapa's SMTP
// listener, an agent's reply out through the relay, and the requester's answer threaded back.
const CENTER = 'callcenter.djpk@kemenkeu.go.id';
let sink: SmtpSink;
let t: TestApp;
let worker: Worker;
let email: Awaited<ReturnType<typeof startEmailChannel>>;
let client: Transporter;
let agent: Session;

beforeAll(async () => {
  sink = await startSmtpSink();
  const env = { SMTP_LISTEN_PORT: '0', SMTP_ACCEPT_DOMAINS: 'kemenkeu.go.id', SMTP_URL: sink.url, MAIL_FROM: `Contact Center DJPK <${CENTER}>`, MAIL_ACKNOWLEDGE: 'true' };
  t = await createTestApp(env);
  const config = loadConfig({ ...env, SAPA_DATA_DIR: '/nonexistent' });
  worker = new Worker(t.handle.db, createJobRegistry(t.handle.db, config), { pollMs: 20, backoff: () => 100, log: { error: () => undefined } });
  worker.start();
  email = await startEmailChannel(t.handle.db, config.email, () => worker.poke());
  client = nodemailer.createTransport({ host: '127.0.0.1', port: email.smtpPort, secure: false, ignoreTLS: true });
  await addUser(t, 'hanna', 'agent');
  agent = await login(t, 'hanna');
});
afterAll(async () => {
  client.close();
  await email.close();
  await worker.stop();
  await t.close();
  await sink.close();
});

type Detail = { id: number; number: number; status: string; messages: { id: number; direction: string; body: string; delivery_status: string | null }[] };


describe(`email channel end to end (${testDatabaseKind()})`, () => {
  it('opens a ticket from mail, acknowledges it, sends the agent\'s reply threaded, and files the requester\'s answer on the same ticket', async () => {
    await client.sendMail({ from: 'Wati <wati@bpkad.bantulkab.go.id>', to: CENTER, subject: 'Penyaluran DAK Fisik 2025', text: 'Mohon informasi jadwal penyaluran DAK Fisik tahap 1.', messageId: '<q1@bpkad.bantulkab.go.id>' });
    const list = await until(async () => (await agent.request('GET', '/api/tickets?channel=email')).json<{ items: { id: number }[] }>().items[0]);
    const acknowledgement = await sink.waitFor((m) => m.header('auto-submitted') === 'auto-replied');
    expect(acknowledgement.envelope.rcptTo).toEqual(['wati@bpkad.bantulkab.go.id']);

    await agent.request('POST', `/api/tickets/${list.id}/messages`, { body: 'Tahap 1 disalurkan paling cepat bulan Februari.' });
    const reply = await sink.waitFor((m) => m.parsed.subject?.startsWith('Re: Penyaluran DAK Fisik 2025') === true);
    const ticket = (await agent.request('GET', `/api/tickets/${list.id}`)).json<Detail>();
    expect(reply.parsed.subject).toBe(`Re: Penyaluran DAK Fisik 2025 [#${ticket.number}]`);
    expect(reply.header('in-reply-to')).toBe('<q1@bpkad.bantulkab.go.id>');
    expect(reply.header('auto-submitted')).toBeUndefined();

    // The requester answers Sapa's mail: threaded by In-Reply-To to Sapa's own Message-ID.
    await client.sendMail({ from: 'wati@bpkad.bantulkab.go.id', to: CENTER, subject: 'Re: jadwal', text: 'Terima kasih, sudah jelas.', inReplyTo: reply.header('message-id'), references: [reply.header('message-id') ?? ''] });
    const threaded = await until(async () => {
      const detail = (await agent.request('GET', `/api/tickets/${list.id}`)).json<Detail>();
      return detail.messages.length === 3 ? detail : undefined;
    });
    expect(threaded.messages.map((m) => [m.direction, m.body])).toEqual([
      ['inbound', 'Mohon informasi jadwal penyaluran DAK Fisik tahap 1.'],
      ['outbound', 'Tahap 1 disalurkan paling cepat bulan Februari.'],
      ['inbound', 'Terima kasih, sudah jelas.'],
    ]);
    expect(threaded.messages[1]?.delivery_status).toBe('sent');
    // One acknowledgement only: the answer continued a ticket, it did not open one.
    expect(sink.messages.filter((m) => m.header('auto-submitted') === 'auto-replied')).toHaveLength(1);
  });

  it('never acknowledges an automatic reply', async () => {
    await client.sendMail({ from: 'ooo@pemda.go.id', to: CENTER, subject: 'Out of office', text: 'Saya sedang cuti.', headers: { 'Auto-Submitted': 'auto-replied' } });
    await until(async () => (await agent.request('GET', '/api/tickets?channel=email&q=cuti')).json<{ items: unknown[] }>().items[0]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.messages.filter((m) => m.envelope.rcptTo.includes('ooo@pemda.go.id'))).toEqual([]);
  });
});
