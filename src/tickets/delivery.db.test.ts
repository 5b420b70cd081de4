import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../db/schema.ts';
import { JobRegistry, Worker } from '../jobs/worker.ts';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { inbound } from '../../test/helpers/tickets.ts';
import { registerDelivery, type ChannelSender, type OutboundMessage } from './delivery.ts';

/** A channel that, like a real provider with idempotency keys, counts each key once. */
class FakeChannel {
  readonly received = new Map<string, OutboundMessage>();
  calls = 0;
  failNext = 0;
  readonly send: ChannelSender = (message) => {
    this.calls++;
    if (this.failNext > 0) {
      this.failNext--;
      return Promise.reject(new Error('503 Service Unavailable'));
    }
    this.received.set(message.idempotencyKey, message);
    return Promise.resolve({ externalId: `fake-${message.messageId}` });
  };
}

let t: TestApp;
let agent: Session;
beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'dian', 'agent');
  agent = await login(t, 'dian');
});
afterAll(() => t.close());

function workerWith(channel: FakeChannel): Worker {
  const registry = new JobRegistry();
  registerDelivery(registry, t.handle.db, new Map<Channel, ChannelSender>([['whatsapp', channel.send]]));
  return new Worker(t.handle.db, registry, { backoff: () => 0, log: { error: () => undefined } });
}

async function replyTo(body: string): Promise<number> {
  const { ticketId } = await inbound(t.handle.db, { from: { phone: '081300000001', name: 'Tono' }, body: 'tanya' });
  const reply = await agent.request('POST', `/api/tickets/${ticketId}/messages`, { body });
  return reply.json<{ id: number }>().id;
}

const statusOf = async (messageId: number) =>
  t.handle.db.selectFrom('messages').select(['delivery_status', 'external_id', 'delivery_error']).where('id', '=', messageId).executeTakeFirstOrThrow();

describe(`delivery through the outbox (${testDatabaseKind()})`, () => {
  it('delivers a reply written before a crash exactly once after the restart', async () => {
    const messageId = await replyTo('Jawaban sebelum crash');
    // No worker ran before the "crash": the reply waits in the outbox.
    expect((await statusOf(messageId)).delivery_status).toBe('queued');
    const channel = new FakeChannel();
    const restarted = workerWith(channel);
    while ((await restarted.runOnce()) > 0);
    expect(channel.calls).toBe(1);
    expect([...channel.received.values()].map((m) => [m.body, m.to.phone])).toEqual([['Jawaban sebelum crash', '+6281300000001']]);
    expect(await statusOf(messageId)).toMatchObject({ delivery_status: 'sent', external_id: `fake-${messageId}` });
    expect(await restarted.runOnce()).toBe(0);
  });

  it('runs a delivery again when the worker died mid-way, and the channel still sees it once', async () => {
    const messageId = await replyTo('Jawaban saat worker mati');
    // A worker claimed the job and died after the channel took the message, before recording it.
    await t.handle.db.updateTable('outbox').set({ status: 'running', locked_until: new Date(Date.now() - 1000), attempts: 1 }).where('type', '=', 'message.send').where('status', '=', 'pending').execute();
    const channel = new FakeChannel();
    channel.received.set(`sapa-message-${messageId}`, {} as OutboundMessage);
    const next = workerWith(channel);
    while ((await next.runOnce()) > 0);
    expect(channel.calls).toBe(1);
    expect(channel.received.size).toBe(1);
    expect((await statusOf(messageId)).delivery_status).toBe('sent');
  });

  it('retries while the channel is down and delivers when it recovers', async () => {
    const messageId = await replyTo('Jawaban saat API mati');
    const channel = new FakeChannel();
    channel.failNext = 3;
    const worker = workerWith(channel);
    for (let i = 0; i < 4; i++) await worker.runOnce();
    expect(channel.calls).toBe(4);
    expect(channel.received.size).toBe(1);
    expect((await statusOf(messageId)).delivery_status).toBe('sent');
  });

  it('marks a reply failed, with the reason, when its channel has no sender', async () => {
    const { ticketId } = await inbound(t.handle.db, { channel: 'livechat', from: { email: 'chat@x.go.id' }, body: 'halo' });
    const messageId = (await agent.request('POST', `/api/tickets/${ticketId}/messages`, { body: 'halo juga' })).json<{ id: number }>().id;
    const worker = workerWith(new FakeChannel());
    while ((await worker.runOnce()) > 0);
    expect(await statusOf(messageId)).toMatchObject({ delivery_status: 'failed', delivery_error: { message: 'No sender is configured for the livechat channel' } });
  });
});
