import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle, Db } from '../../db/connection.ts';
import { createTestDatabase } from '../../../test/helpers/db.ts';
import { startDovecot, type Dovecot } from '../../../test/helpers/dovecot.ts';
import { parseImapUrl, startImapPoller, type ImapPoller, type ImapPollerOptions } from './imap-poller.ts';
import { receiveEmail, type ReceiveResult } from './receive.ts';

let handle: DatabaseHandle;
let db: Db;
let dovecot: Dovecot;
const pollers: ImapPoller[] = [];

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());
beforeEach(async () => {
  await db.deleteFrom('settings').where('key', 'like', 'imap:%').execute();
  dovecot = await startDovecot();
});
afterEach(async () => {
  for (const poller of pollers.splice(0)) await poller.close();
  await dovecot.stop();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A citizen's email with Message-ID <id@warga.example>. */
const mail = (id: string) =>
  [
    'From: Sri Wahyuni <sri@warga.example>',
    'To: callcenter.djpk@kemenkeu.go.id',
    `Subject: Pertanyaan ${id}`,
    `Message-ID: <${id}@warga.example>`,
    'Date: Mon, 2 Jun 2025 09:00:00 +0700',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Mohon informasi penyaluran DAU (${id}).`,
    '',
  ].join('\r\n');

/** A store function that records the Message-IDs it was given, and throws for the ones in `fail`. */
function recorder() {
  const got: string[] = [];
  const fail = new Set<string>();
  return {
    got,
    fail,
    store: async (raw: Buffer): Promise<void> => {
      await pause(1);
      const id = /^Message-ID: <([^@>]+)@/im.exec(raw.toString('utf8'))?.[1] ?? '?';
      if (fail.has(id)) throw new Error(`database is down for ${id}`);
      got.push(id);
    },
  };
}

const quietLog = () => ({ error: vi.fn(), warn: vi.fn(), info: vi.fn() });

function poller(store: (raw: Buffer) => Promise<unknown>, options: ImapPollerOptions & { pollSeconds?: number } = {}): ImapPoller {
  const p = startImapPoller(db, { url: dovecot.url, pollSeconds: options.pollSeconds ?? 3600 }, store, { log: quietLog(), ...options });
  pollers.push(p);
  return p;
}

/** The INBOX as [id, seen] pairs in UID order. */
async function inbox(): Promise<[string, boolean][]> {
  return (await dovecot.messages()).map((m) => [/^<([^@>]+)@/.exec(m.messageId ?? '')?.[1] ?? '?', m.seen]);
}

describe('parseImapUrl', () => {
  it('reads the scheme, credentials, port and mailbox', () => {
    expect(parseImapUrl('imaps://cc%40djpk:p%40ss@mail.kemenkeu.go.id/Arsip%20Masuk')).toEqual({
      host: 'mail.kemenkeu.go.id',
      port: 993,
      secure: true,
      user: 'cc@djpk',
      password: 'p@ss',
      mailbox: 'Arsip Masuk',
    });
    expect(parseImapUrl('imap://u:p@127.0.0.1:1143')).toMatchObject({ port: 1143, secure: false, mailbox: 'INBOX' });
    expect(() => parseImapUrl('http://u:p@host/INBOX')).toThrow(/imap:\/\/ or imaps:\/\//);
  });
});

describe('IMAP poller against Dovecot', () => {
  it('takes each message once, in order, with BODY.PEEK, and marks it \\Seen only after storing it', async () => {
    await dovecot.deliver(mail('a'));
    await dovecot.deliver(mail('b'));
    const r = recorder();
    const p = poller(r.store, { idle: false });
    await vi.waitFor(() => expect(r.got).toEqual(['a', 'b']), { timeout: 5000 });
    expect(await p.pollNow()).toBe(0);
    expect(await inbox()).toEqual([
      ['a', true],
      ['b', true],
    ]);

    await dovecot.deliver(mail('c'));
    await dovecot.deliver(mail('d'));
    expect(await p.pollNow()).toBe(2);
    expect(await p.pollNow()).toBe(0);
    expect(r.got).toEqual(['a', 'b', 'c', 'd']);
    expect((await inbox()).every(([, seen]) => seen)).toBe(true);
  });

  it('takes by UID: mail read in a mail client after Sapa started is still taken, mail read before is not', async () => {
    await dovecot.deliver(mail('old-read'), ['\\Seen']);
    await dovecot.deliver(mail('old-unread'));
    const r = recorder();
    const p = poller(r.store, { idle: false });
    await vi.waitFor(() => expect(r.got).toEqual(['old-unread']), { timeout: 5000 });
    expect(await p.pollNow()).toBe(0);

    await dovecot.deliver(mail('read-by-someone'), ['\\Seen']);
    expect(await p.pollNow()).toBe(1);
    expect(await p.pollNow()).toBe(0);
    expect(r.got).toEqual(['old-unread', 'read-by-someone']);
  });

  it('leaves a message whose store failed unseen, and takes it (and what follows) at the next poll', async () => {
    const r = recorder();
    const log = quietLog();
    const p = poller(r.store, { idle: false, log });
    expect(await p.pollNow()).toBe(0);
    r.fail.add('x');
    await dovecot.deliver(mail('x'));
    await dovecot.deliver(mail('y'));
    expect(await p.pollNow()).toBe(0);
    expect(r.got).toEqual([]);
    expect(await inbox()).toEqual([
      ['x', false],
      ['y', false],
    ]);
    expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ uid: 1 }), expect.stringContaining('stays unseen'));

    r.fail.clear();
    expect(await p.pollNow()).toBe(2);
    expect(r.got).toEqual(['x', 'y']);
    expect(await inbox()).toEqual([
      ['x', true],
      ['y', true],
    ]);
  });

  it('a restarted poller on the same database takes only the new messages', async () => {
    await dovecot.deliver(mail('before'));
    const first = recorder();
    const p1 = poller(first.store, { idle: false });
    await vi.waitFor(() => expect(first.got).toEqual(['before']), { timeout: 5000 });
    await p1.close();

    await dovecot.deliver(mail('after'));
    const second = recorder();
    const p2 = poller(second.store, { idle: false });
    await vi.waitFor(() => expect(second.got).toEqual(['after']), { timeout: 5000 });
    expect(await p2.pollNow()).toBe(0);
    expect(second.got).toEqual(['after']);
  });

  it('wakes on new mail while IDLE, long before pollSeconds', async () => {
    const r = recorder();
    const p = poller(r.store, { pollSeconds: 3600 });
    expect(await p.pollNow()).toBe(0);
    await pause(1500); // the connection is idling now
    const sent = Date.now();
    await dovecot.deliver(mail('idle'));
    await vi.waitFor(() => expect(r.got).toEqual(['idle']), { timeout: 5000, interval: 20 });
    expect(Date.now() - sent).toBeLessThan(2500);
  });

  it('notices mail that came between a poll and the start of IDLE', async () => {
    const r = recorder();
    const p = poller(r.store, { pollSeconds: 3600 });
    expect(await p.pollNow()).toBe(0);
    const sent = Date.now();
    await dovecot.deliver(mail('gap'));
    await vi.waitFor(() => expect(r.got).toEqual(['gap']), { timeout: 5000, interval: 20 });
    expect(Date.now() - sent).toBeLessThan(2500);
  });

  it('reconnects after the server restarts and goes on taking mail', async () => {
    const r = recorder();
    const log = quietLog();
    const p = poller(r.store, { pollSeconds: 3600, reconnectMs: 100, log });
    await dovecot.deliver(mail('one'));
    await vi.waitFor(() => expect(r.got).toEqual(['one']), { timeout: 5000 });

    await dovecot.restart();
    await dovecot.deliver(mail('two'));
    await vi.waitFor(() => expect(r.got).toEqual(['one', 'two']), { timeout: 10_000, interval: 50 });
    expect(log.warn).toHaveBeenCalledWith(expect.anything(), expect.stringContaining('reconnecting'));
    expect(await p.pollNow()).toBe(0);
  });

  it('keeps retrying while the server is down, without crashing, and resumes when it is back', async () => {
    const r = recorder();
    const log = quietLog();
    const p = poller(r.store, { idle: false, reconnectMs: 100, log });
    expect(await p.pollNow()).toBe(0);
    // Waiting in the mailbox (no IDLE here): taken by the first poll that gets through after the outage.
    await dovecot.deliver(mail('back'));
    await dovecot.halt();
    await expect(p.pollNow()).rejects.toThrow();
    // The background reconnects fail meanwhile, logged, not thrown.
    await vi.waitFor(() => expect(log.error.mock.calls.length).toBeGreaterThanOrEqual(3), { timeout: 5000, interval: 50 });
    expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ retryInMs: expect.any(Number) as unknown }), expect.stringContaining('retrying'));
    expect(r.got).toEqual([]);
    await dovecot.start();
    // Reconnects back off (doubling from reconnectMs), so on a loaded machine this may take several seconds.
    await vi.waitFor(() => expect(r.got).toEqual(['back']), { timeout: 20_000, interval: 50 });
  });

  it('stores real mail through receiveEmail, once per Message-ID', async () => {
    const results: ReceiveResult[] = [];
    const p = poller(async (raw) => results.push(await receiveEmail(db, raw, { source: 'imap' })), { idle: false });
    expect(await p.pollNow()).toBe(0);
    await dovecot.deliver(mail(`real-${Date.now()}`));
    expect(await p.pollNow()).toBe(1);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ duplicate: false, created: true });
    const ticket = await db.selectFrom('tickets').select(['id', 'channel']).where('id', '=', results[0]!.ticketId).executeTakeFirstOrThrow();
    expect(ticket.channel).toBe('email');

    // The same message again (a copy in the mailbox under a new UID) is recognised by Message-ID.
    const [first] = await dovecot.messages();
    await dovecot.deliver(mail(first!.messageId!.replace(/^<([^@>]+)@.*$/, '$1')));
    expect(await p.pollNow()).toBe(1);
    expect(results[1]).toMatchObject({ duplicate: true, ticketId: results[0]!.ticketId });
    expect((await inbox()).map(([, seen]) => seen)).toEqual([true, true]);
  });
});
