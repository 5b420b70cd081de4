import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../db/schema.ts';
import { JobRegistry, Worker } from '../../jobs/worker.ts';
import { registerDelivery, type ChannelSender } from '../../tickets/delivery.ts';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { testDatabaseKind } from '../../../test/helpers/db.ts';
import { startSmtpSink, type SmtpSink } from '../../../test/helpers/smtp-sink.ts';
import { inbound } from '../../../test/helpers/tickets.ts';
import { createEmailChannel, describeServiceHours, queueAcknowledgement } from './channel.ts';
import { createEmailSender, replySubject } from './sender.ts';

const FROM = 'Contact Center DJPK <callcenter.djpk@kemenkeu.go.id>';

let t: TestApp;
let agent: Session;
let sink: SmtpSink;
beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'rina', 'agent');
  agent = await login(t, 'rina');
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await t.close();
});

/** A worker that delivers email replies and acknowledgements through the relay at url, retrying at once. */
function workerFor(url: string): Worker {
  const registry = new JobRegistry();
  const smtp = { url, from: FROM };
  createEmailChannel(t.handle.db, { smtp, acknowledge: true }).register(registry);
  registerDelivery(registry, t.handle.db, new Map<Channel, ChannelSender>([['email', createEmailSender(t.handle.db, smtp)]]));
  return new Worker(t.handle.db, registry, { backoff: () => 0, log: { error: () => undefined } });
}

async function drain(worker: Worker, rounds = 5): Promise<void> {
  for (let i = 0; i < rounds && (await worker.runOnce()) > 0; i++);
}

let seq = 0;
/** A requester's email, stored the way the inbound side stores it; returns the ticket and the Message-ID. */
async function emailTicket(o: { subject?: string; email?: string | null } = {}) {
  const n = ++seq;
  const messageId = `${n}.${Date.now()}@pemda.go.id`;
  const references = [`root-${n}@pemda.go.id`, `sapa-old-${n}@kemenkeu.go.id`];
  const { ticketId } = await inbound(t.handle.db, {
    channel: 'email',
    from: o.email === null ? { phone: `08130000${String(n).padStart(4, '0')}`, name: 'Tanpa Email' } : { email: o.email ?? `bendahara${n}@pemda.go.id`, name: 'Sri Wahyuni' },
    subject: o.subject ?? 'Pertanyaan penyaluran DAU',
    body: 'Mohon informasi jadwal penyaluran DAU tahap II.',
    externalId: `mail:${messageId}`,
    metadata: { message_id: messageId, references, in_reply_to: references[1] },
  });
  const ticket = await t.handle.db.selectFrom('tickets').select(['number']).where('id', '=', ticketId).executeTakeFirstOrThrow();
  return { ticketId, number: ticket.number, messageId, references, email: o.email ?? `bendahara${n}@pemda.go.id` };
}

async function reply(ticketId: number, body: string): Promise<number> {
  const response = await agent.request('POST', `/api/tickets/${ticketId}/messages`, { body });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: number }>().id;
}

const messageRow = (id: number) =>
  t.handle.db.selectFrom('messages').select(['delivery_status', 'delivery_error', 'external_id', 'metadata']).where('id', '=', id).executeTakeFirstOrThrow();
const outboxOf = (type: string, key: string) =>
  t.handle.db.selectFrom('outbox').select(['status', 'attempts', 'last_error']).where('type', '=', type).where('dedupe_key', '=', key).executeTakeFirstOrThrow();
const mailsOfTicket = (number: number) => sink.messages.filter((m) => m.header('x-sapa-ticket') === String(number));

/** A loopback port with nothing listening on it (a relay that is down). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('reply subjects', () => {
  it('adds Re: and the token once', () => {
    expect(replySubject('Pertanyaan DAU', 12)).toBe('Re: Pertanyaan DAU [#12]');
    expect(replySubject('RE: Re[2]: Pertanyaan DAU [#12]', 12)).toBe('Re: Pertanyaan DAU [#12]');
    expect(replySubject('Balas: [#12] Pertanyaan   DAU', 12)).toBe('Re: Pertanyaan DAU [#12]');
    expect(replySubject('', 7)).toBe('Re: Konsultasi DJPK [#7]');
  });

  it('describes the service hours in Indonesian', () => {
    const day = { open: '08:00', close: '17:00' };
    expect(describeServiceHours({ 0: null, 1: day, 2: day, 3: day, 4: day, 5: day, 6: null })).toBe('Senin–Jumat 08.00–17.00 WIB');
    expect(describeServiceHours({ 1: day, 2: day, 6: { open: '08:00', close: '12:00' } })).toBe('Senin–Selasa 08.00–17.00 WIB; Sabtu 08.00–12.00 WIB');
  });
});

describe(`outbound email over SMTP (${testDatabaseKind()})`, () => {
  it("sends an agent's reply threaded to the requester's mail and records its Message-ID", async () => {
    const ticket = await emailTicket({ subject: 'Re: Pertanyaan penyaluran DAU' });
    const messageId = await reply(ticket.ticketId, 'Baik Ibu,\nDana <DAU> tahap II disalurkan & tercatat bulan ini.');
    await drain(workerFor(sink.url));

    const mail = await sink.waitFor((m) => m.header('x-sapa-ticket') === String(ticket.number));
    expect(mail.envelope).toEqual({ mailFrom: 'callcenter.djpk@kemenkeu.go.id', rcptTo: [ticket.email] });
    expect(mail.parsed.from).toMatchObject({ name: 'Contact Center DJPK', address: 'callcenter.djpk@kemenkeu.go.id' });
    expect(mail.parsed.to).toEqual([expect.objectContaining({ address: ticket.email, name: 'Sri Wahyuni' })]);
    expect(mail.parsed.subject).toBe(`Re: Pertanyaan penyaluran DAU [#${ticket.number}]`);
    expect(mail.parsed.inReplyTo).toBe(`<${ticket.messageId}>`);
    expect(mail.parsed.references?.split(/\s+/)).toEqual([...ticket.references, ticket.messageId].map((id) => `<${id}>`));
    expect(mail.header('auto-submitted')).toBeUndefined();
    expect(mail.parsed.text?.trim()).toBe('Baik Ibu,\nDana <DAU> tahap II disalurkan & tercatat bulan ini.');
    expect(mail.parsed.html).toContain('Baik Ibu,<br>');
    expect(mail.parsed.html).toContain('Dana &lt;DAU&gt; tahap II disalurkan &amp; tercatat');

    const ownId = mail.parsed.messageId!.replace(/^<|>$/g, '');
    expect(ownId).toMatch(new RegExp(`^sapa-${messageId}-[0-9a-f]{12}@kemenkeu\\.go\\.id$`));
    expect(await messageRow(messageId)).toMatchObject({ delivery_status: 'sent', delivery_error: null, external_id: `mail:${ownId}`, metadata: { message_id: ownId } });
  });

  it('retries while the relay is down (connection refused) and delivers once when it is back', async () => {
    const ticket = await emailTicket();
    const messageId = await reply(ticket.ticketId, 'Jawaban saat relay mati');
    const port = await freePort();
    const worker = workerFor(`smtp://127.0.0.1:${port}`);

    await worker.runOnce();
    await worker.runOnce();
    expect((await messageRow(messageId)).delivery_status).toBe('queued');
    const job = await outboxOf('message.send', `message:${messageId}`);
    expect(job).toMatchObject({ status: 'pending', attempts: 2 });
    expect(job.last_error).toMatch(/ECONNREFUSED/);

    const relay = await startSmtpSink({ port });
    try {
      await drain(worker);
      const mail = await relay.waitFor((m) => m.header('x-sapa-ticket') === String(ticket.number));
      expect(relay.messages).toHaveLength(1);
      const row = await messageRow(messageId);
      expect(row).toMatchObject({ delivery_status: 'sent', external_id: `mail:${mail.parsed.messageId!.replace(/^<|>$/g, '')}` });
      // Every attempt offered the same Message-ID (stored before the first try).
      expect((row.metadata as { message_id: string }).message_id).toBe(mail.parsed.messageId!.replace(/^<|>$/g, ''));
      expect(await worker.runOnce()).toBe(0);
    } finally {
      await relay.close();
    }
  });

  it('retries on a 421 from the relay and delivers exactly once after it recovers', async () => {
    const ticket = await emailTicket();
    const messageId = await reply(ticket.ticketId, 'Jawaban saat relay sibuk');
    const worker = workerFor(sink.url);
    sink.setFailure({ code: 421, message: '4.3.2 Service not available, try again later' });
    try {
      await worker.runOnce();
      sink.setFailure({ code: 421, message: '4.3.2 Service not available, try again later', at: 'data' });
      await worker.runOnce();
    } finally {
      sink.setFailure(undefined);
    }
    expect((await messageRow(messageId)).delivery_status).toBe('queued');
    expect((await outboxOf('message.send', `message:${messageId}`)).last_error).toContain('421 4.3.2 Service not available');

    await drain(worker);
    expect(mailsOfTicket(ticket.number)).toHaveLength(1);
    expect((await messageRow(messageId)).delivery_status).toBe('sent');
    expect(await worker.runOnce()).toBe(0);
  });

  it("marks the reply failed with the server's words on a permanent 550", async () => {
    const ticket = await emailTicket();
    const messageId = await reply(ticket.ticketId, 'Jawaban ke kotak surat yang tidak ada');
    const worker = workerFor(sink.url);
    sink.setFailure({ code: 550, message: '5.1.1 Mailbox unavailable' });
    try {
      await worker.runOnce();
    } finally {
      sink.setFailure(undefined);
    }
    const row = await messageRow(messageId);
    expect(row.delivery_status).toBe('failed');
    expect((row.delivery_error as { message: string }).message).toContain('550 5.1.1 Mailbox unavailable');
    expect(await outboxOf('message.send', `message:${messageId}`)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(mailsOfTicket(ticket.number)).toHaveLength(0);
  });

  it('fails a reply to a requester without an email address', async () => {
    const ticket = await emailTicket({ email: null });
    const messageId = await reply(ticket.ticketId, 'Halo');
    await drain(workerFor(sink.url));
    expect(await messageRow(messageId)).toMatchObject({ delivery_status: 'failed', delivery_error: { message: 'The requester has no email address' } });
  });

  it('sends the acknowledgement of receipt once, marked as an automatic reply, even when queued twice', async () => {
    const ticket = await emailTicket({ subject: 'Pertanyaan DAK Fisik' });
    await t.handle.db.transaction().execute((trx) => queueAcknowledgement(trx, ticket.ticketId));
    await queueAcknowledgement(t.handle.db, ticket.ticketId);
    const worker = workerFor(sink.url);
    await drain(worker);

    const ack = await sink.waitFor((m) => m.header('x-sapa-ticket') === String(ticket.number));
    expect(mailsOfTicket(ticket.number)).toHaveLength(1);
    expect(ack.header('auto-submitted')).toBe('auto-replied');
    expect(ack.header('x-auto-response-suppress')).toBe('All');
    expect(ack.parsed.subject).toBe(`[#${ticket.number}] Konsultasi Anda telah kami terima: Pertanyaan DAK Fisik`);
    expect(ack.parsed.inReplyTo).toBe(`<${ticket.messageId}>`);
    expect(ack.envelope.rcptTo).toEqual([ticket.email]);
    expect(ack.parsed.text).toContain(`nomor tiket #${ticket.number}`);
    expect(ack.parsed.text).toContain('Senin–Jumat 08.00–17.00 WIB');
    expect(await outboxOf('email.ack', `ack:${ticket.ticketId}`)).toMatchObject({ status: 'done', attempts: 1 });
    expect(await worker.runOnce()).toBe(0);
  });
});
