import { ImapFlow } from 'imapflow';
import type { Db } from '../../db/connection.ts';
import { json } from '../../db/sql.ts';

/**
 * Takes mail from an IMAP mailbox (IMAP_URL) and hands each message's raw source to `store`.
 *
 * What was taken is remembered by UID in the `settings` table (key `imap:<host>/<user>/<mailbox>`):
 * the mailbox's UIDVALIDITY and the highest UID taken. Every message above that UID is taken,
 * whether or not someone already read it in a mail client; on the first start, and when
 * UIDVALIDITY changes, the messages already in the mailbox are taken only if they are not \Seen.
 * Messages are fetched with BODY.PEEK[] (reading does not set \Seen), one at a time in UID order;
 * only after `store` succeeded is that message marked \Seen and the UID advanced. A failing
 * `store` stops the round: the message stays unseen and is tried again by the next poll, and
 * the messages after it wait, so that mail is taken in order. Taking a message twice (a crash
 * between store and the UID update) is harmless because `store` is idempotent by Message-ID.
 */

export interface ImapPollerLog {
  error(obj: object, msg: string): void;
  warn?(obj: object, msg: string): void;
  info?(obj: object, msg: string): void;
}

export interface ImapPollerOptions {
  log?: ImapPollerLog | undefined;
  /** Wake on new mail while idle (IMAP IDLE, or NOOP polling where the server lacks it). Default true. */
  idle?: boolean | undefined;
  /** First reconnect delay after a lost connection, doubled per failure up to 60 s. Default 1000 ms. */
  reconnectMs?: number | undefined;
}

export interface ImapPoller {
  /** Takes the messages waiting now; resolves with how many were taken. Rejects when the server cannot be reached. */
  pollNow(): Promise<number>;
  /** Stops polling and logs out. */
  close(): Promise<void>;
}

export interface ImapTarget {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  mailbox: string;
}

/** Reads imap://user:password@host:143/INBOX or imaps://… (port 993 by default, mailbox INBOX). */
export function parseImapUrl(url: string): ImapTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('IMAP_URL is not a valid URL (imaps://user:password@host:993/INBOX)');
  }
  const secure = parsed.protocol === 'imaps:';
  if (!secure && parsed.protocol !== 'imap:') throw new Error(`IMAP_URL must start with imap:// or imaps://, not ${parsed.protocol}//`);
  if (!parsed.hostname || !parsed.username) throw new Error('IMAP_URL must name the host and the user (imaps://user:password@host:993/INBOX)');
  const mailbox = decodeURIComponent(parsed.pathname.replace(/^\/+/, '')) || 'INBOX';
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port ? Number(parsed.port) : secure ? 993 : 143,
    secure,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    mailbox,
  };
}

interface PollState {
  /** The mailbox's UIDVALIDITY (a 32-bit number, kept as text as imapflow gives a bigint). */
  uidValidity: string;
  /** The highest UID taken. */
  uid: number;
  /** Messages up to this UID were in the mailbox when Sapa started on it: taken only if not \Seen. */
  unseenOnlyUpTo: number;
}

const MAX_RECONNECT_MS = 60_000;

export function startImapPoller(db: Db, config: { url: string; pollSeconds: number }, store: (raw: Buffer) => Promise<unknown>, options: ImapPollerOptions = {}): ImapPoller {
  const target = parseImapUrl(config.url);
  const stateKey = `imap:${target.host}/${target.user}/${target.mailbox}`;
  const where = { mailbox: stateKey };
  const log: ImapPollerLog = options.log ?? { error: (obj, msg) => console.error(msg, obj), warn: (obj, msg) => console.warn(msg, obj) };
  const idle = options.idle ?? true;
  const reconnectMs = options.reconnectMs ?? 1000;
  const pollMs = Math.max(1, config.pollSeconds) * 1000;

  let closed = false;
  let client: ImapFlow | undefined;
  let connecting: Promise<ImapFlow> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let timerDue = 0;
  let failures = 0;
  let current: Promise<number> | undefined;
  let queued: Promise<number> | undefined;

  async function loadState(): Promise<PollState | undefined> {
    const row = await db.selectFrom('settings').select('value').where('key', '=', stateKey).executeTakeFirst();
    const value = row?.value as Partial<PollState> | undefined;
    if (!value || typeof value.uidValidity !== 'string' || typeof value.uid !== 'number') return undefined;
    return { uidValidity: value.uidValidity, uid: value.uid, unseenOnlyUpTo: value.unseenOnlyUpTo ?? 0 };
  }

  async function saveState(state: PollState): Promise<void> {
    await db
      .insertInto('settings')
      .values({ key: stateKey, value: json(state) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json(state), updated_at: new Date() }))
      .execute();
  }

  async function open(): Promise<ImapFlow> {
    const connection = new ImapFlow({
      host: target.host,
      port: target.port,
      secure: target.secure,
      auth: { user: target.user, pass: target.password },
      logger: false,
      disableAutoIdle: !idle,
      // Start IDLE soon after a poll, so that new mail is noticed at once.
      autoIdleDelay: 1000,
      // Restart IDLE now and then: a connection that silently died is found within minutes.
      maxIdleTime: 5 * 60_000,
    });
    connection.on('error', (error: unknown) => log.warn?.({ err: error, ...where }, 'IMAP connection error'));
    connection.on('exists', (data: { count: number; prevCount: number }) => {
      // Straight to pollNow: if a poll is running, one more follows it (this mail may have come after it looked).
      if (data.count > data.prevCount) pollNow().catch(() => undefined);
    });
    connection.on('close', () => {
      if (client !== connection) return;
      client = undefined;
      if (closed) return;
      log.warn?.({ ...where }, 'IMAP connection closed; reconnecting');
      schedule(backoff());
    });
    try {
      await connection.connect();
      // Select the mailbox now, so that IDLE watches it from the start.
      await connection.mailboxOpen(target.mailbox);
    } catch (error) {
      connection.close();
      throw error;
    }
    if (closed) {
      await connection.logout().catch(() => connection.close());
      throw new Error('IMAP poller closed');
    }
    client = connection;
    return connection;
  }

  async function connection(): Promise<ImapFlow> {
    if (client?.usable) return client;
    connecting ??= open().finally(() => (connecting = undefined));
    return connecting;
  }

  /** UIDs from `query` at or above `from` (a range n:* also matches the last message below n). */
  async function uids(imap: ImapFlow, range: string, from: number, unseenOnly: boolean): Promise<number[]> {
    const found = await imap.search(unseenOnly ? { uid: range, seen: false } : { uid: range }, { uid: true });
    return (found || []).filter((uid) => uid >= from);
  }

  async function pollOnce(): Promise<number> {
    const imap = await connection();
    const lock = await imap.getMailboxLock(target.mailbox);
    try {
      // A server reports new mail only between commands: NOOP makes it look before we search.
      await imap.noop();
      const mailbox = imap.mailbox;
      if (!mailbox) throw new Error(`IMAP mailbox ${target.mailbox} is not selected`);
      const uidValidity = String(mailbox.uidValidity);
      let state = await loadState();
      if (!state || state.uidValidity !== uidValidity) {
        if (state) log.warn?.({ ...where, before: state.uidValidity, now: uidValidity }, 'IMAP UIDVALIDITY changed: taking the unseen messages again');
        state = { uidValidity, uid: 0, unseenOnlyUpTo: Math.max(0, (mailbox.uidNext || 1) - 1) };
        await saveState(state);
      }
      const candidates = new Set<number>();
      if (state.uid < state.unseenOnlyUpTo) {
        for (const uid of await uids(imap, `${state.uid + 1}:${state.unseenOnlyUpTo}`, state.uid + 1, true)) candidates.add(uid);
      }
      const from = Math.max(state.uid, state.unseenOnlyUpTo) + 1;
      for (const uid of await uids(imap, `${from}:*`, from, false)) candidates.add(uid);

      let taken = 0;
      for (const uid of [...candidates].sort((a, b) => a - b)) {
        if (closed) break;
        const message = await imap.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
        if (message && message.source) {
          try {
            await store(message.source);
          } catch (error) {
            log.error({ err: error, ...where, uid }, 'Could not store an email from IMAP; it stays unseen and is tried again at the next poll');
            break;
          }
          await imap.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
          taken++;
        }
        // Taken, or expunged in the meantime: either way nothing is left to take at this UID.
        state = { ...state, uid };
        await saveState(state);
      }
      return taken;
    } finally {
      lock.release();
    }
  }

  function pollNow(): Promise<number> {
    if (closed) return Promise.resolve(0);
    if (queued) return queued;
    const run = (): Promise<number> => {
      const promise = pollOnce()
        .then(
          (taken) => {
            failures = 0;
            return taken;
          },
          (error: unknown) => {
            if (!closed) retryAfter(error);
            throw error;
          },
        )
        .finally(() => {
          if (current === promise) current = undefined;
        });
      current = promise;
      return promise;
    };
    if (!current) return run();
    // A poll is running: mail may have come after it looked, so one more follows it.
    const next = current
      .catch(() => 0)
      .then(() => {
        queued = undefined;
        return closed ? 0 : run();
      });
    queued = next;
    return next;
  }

  function backoff(): number {
    return Math.min(MAX_RECONNECT_MS, reconnectMs * 2 ** Math.min(failures, 16));
  }

  /** Runs the next poll in ms, unless one is already due sooner (a reconnect must not wait for the regular poll). */
  function schedule(ms: number): void {
    if (closed) return;
    const due = Date.now() + ms;
    if (timer && timerDue <= due) return;
    if (timer) clearTimeout(timer);
    timerDue = due;
    timer = setTimeout(() => void tick(), ms);
    timer.unref();
  }

  /** After a failed poll: drop the connection (it may be half-broken) and try again with backoff. */
  function retryAfter(error: unknown): void {
    const delay = backoff();
    failures++;
    log.error({ err: error, ...where, retryInMs: delay }, 'IMAP poll failed; retrying');
    const broken = client;
    client = undefined;
    broken?.close();
    schedule(delay);
  }

  async function tick(): Promise<void> {
    timer = undefined;
    try {
      await pollNow();
      schedule(pollMs);
    } catch {
      // Logged, and the retry scheduled, by the poll itself.
    }
  }

  schedule(0);

  return {
    pollNow,
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await Promise.allSettled([queued, current, connecting]);
      const open = client;
      client = undefined;
      if (open) await open.logout().catch(() => open.close());
    },
  };
}
