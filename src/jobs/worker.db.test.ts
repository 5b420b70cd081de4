import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPglite, openPostgres, type DatabaseHandle, type Db } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';
import { enqueue } from './outbox.ts';
import { JobRegistry, PermanentJobError, RetryJobLater, Worker, defaultBackoff, type JobInfo, type WorkerOptions } from './worker.ts';

const kind = testDatabaseKind();
let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());
beforeEach(async () => {
  await db.deleteFrom('outbox').execute();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function signal<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A worker whose log is captured instead of printed. */
function worker(registry: JobRegistry, options: WorkerOptions = {}, on: Db = db): Worker {
  return new Worker(on, registry, { log: { error: vi.fn() }, ...options });
}

/** A job's row, with how many milliseconds until it is due by the database clock. */
function jobRow(id: number | null) {
  return db
    .selectFrom('outbox')
    .selectAll()
    .select(sql<number>`extract(epoch from run_at - now()) * 1000`.as('due_in_ms'))
    .where('id', '=', id ?? -1)
    .executeTakeFirstOrThrow();
}

/** A channel that, like a real one given an idempotency key, delivers each job id once. */
function fakeChannel() {
  const delivered = new Map<number, unknown>();
  let sends = 0;
  return {
    delivered,
    get sends() {
      return sends;
    },
    send(job: JobInfo, payload: unknown): void {
      sends++;
      if (!delivered.has(job.id)) delivered.set(job.id, payload);
    },
  };
}

describe(`the outbox on ${kind}`, () => {
  it('never runs a job whose transaction rolled back', async () => {
    const handler = vi.fn(() => Promise.resolve());
    const failed = db.transaction().execute(async (trx) => {
      await enqueue(trx, { type: 'send', payload: { to: 'x' } });
      throw new Error('the ticket change failed');
    });
    await expect(failed).rejects.toThrow('the ticket change failed');
    expect(await worker(new JobRegistry([['send', handler]])).runOnce()).toBe(0);
    expect(handler).not.toHaveBeenCalled();
    expect(await db.selectFrom('outbox').select('id').execute()).toEqual([]);
  });

  it('runs an enqueued job once with its payload and marks it done', async () => {
    const handler = vi.fn((_payload: unknown, _job: JobInfo) => Promise.resolve());
    const id = await db.transaction().execute((trx) => enqueue(trx, { type: 'send', payload: { to: '+628111', text: 'Halo' } }));
    const w = worker(new JobRegistry([['send', handler]]), { id: 'w1' });
    expect(await w.runOnce()).toBe(1);
    expect(await w.runOnce()).toBe(0);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler).toHaveBeenCalledWith({ to: '+628111', text: 'Halo' }, { id, attempts: 1, type: 'send' });
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: 'done', attempts: 1, locked_by: null, locked_until: null, last_error: null });
    expect(row.finished_at).toBeInstanceOf(Date);
  });

  it('waits for runAt', async () => {
    const handler = vi.fn(() => Promise.resolve());
    const id = await enqueue(db, { type: 'send', payload: null, runAt: new Date(Date.now() + 60_000) });
    expect(await worker(new JobRegistry([['send', handler]])).runOnce()).toBe(0);
    expect((await jobRow(id)).due_in_ms).toBeGreaterThan(55_000);
  });

  it('retries a failed job after the backoff, without counting the wait as a run', async () => {
    let calls = 0;
    const handler = vi.fn(() => (++calls === 1 ? Promise.reject(new Error('timeout')) : Promise.resolve()));
    const backoff = vi.fn(() => 150);
    const w = worker(new JobRegistry([['send', handler]]), { backoff });
    const id = await enqueue(db, { type: 'send', payload: {} });
    expect(await w.runOnce()).toBe(1);
    const retrying = await jobRow(id);
    expect(retrying).toMatchObject({ status: 'pending', attempts: 1, last_error: 'timeout', locked_by: null, finished_at: null });
    expect(retrying.due_in_ms).toBeGreaterThan(50);
    expect(retrying.due_in_ms).toBeLessThanOrEqual(150);
    expect(backoff).toHaveBeenCalledWith(1);
    expect(await w.runOnce()).toBe(0);
    await pause(160);
    expect(await w.runOnce()).toBe(1);
    expect(handler).toHaveBeenCalledTimes(2);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('fails a job at once on PermanentJobError and keeps the message', async () => {
    const handler = vi.fn(() => Promise.reject(new PermanentJobError('131026: recipient is not on WhatsApp')));
    const log = { error: vi.fn() };
    const id = await enqueue(db, { type: 'send', payload: {} });
    await worker(new JobRegistry([['send', handler]]), { log }).runOnce();
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, last_error: '131026: recipient is not on WhatsApp', locked_by: null });
    expect(row.finished_at).toBeInstanceOf(Date);
    expect(log.error).toHaveBeenCalledTimes(1);
  });

  it('reschedules on RetryJobLater without counting an attempt', async () => {
    const handler = vi.fn(() => Promise.reject(new RetryJobLater(150, '130429: rate limit hit')));
    const backoff = vi.fn(() => 0);
    const log = { error: vi.fn() };
    const w = worker(new JobRegistry([['send', handler]]), { backoff, log });
    const id = await enqueue(db, { type: 'send', payload: {} });
    expect(await w.runOnce()).toBe(1);
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: 'pending', attempts: 0, last_error: '130429: rate limit hit', locked_by: null });
    expect(row.due_in_ms).toBeGreaterThan(50);
    expect(row.due_in_ms).toBeLessThanOrEqual(150);
    expect(await w.runOnce()).toBe(0);
    expect(backoff).not.toHaveBeenCalled();
    expect(log.error).not.toHaveBeenCalled();
  });

  it('fails a job after maxAttempts', async () => {
    const handler = vi.fn(() => Promise.reject(new Error('502 Bad Gateway')));
    const w = worker(new JobRegistry([['send', handler]]), { backoff: () => 0 });
    const id = await enqueue(db, { type: 'send', payload: {}, maxAttempts: 2 });
    await w.runOnce();
    expect(await jobRow(id)).toMatchObject({ status: 'pending', attempts: 1 });
    await w.runOnce();
    expect(await jobRow(id)).toMatchObject({ status: 'failed', attempts: 2, last_error: '502 Bad Gateway' });
    expect(await w.runOnce()).toBe(0);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('defaults to ten attempts and refuses a bad maxAttempts', async () => {
    const id = await enqueue(db, { type: 'send', payload: {} });
    expect(await jobRow(id)).toMatchObject({ max_attempts: 10, attempts: 0, status: 'pending' });
    await expect(enqueue(db, { type: 'send', payload: {}, maxAttempts: 0 })).rejects.toMatchObject({ code: 'validation' });
  });

  it('enqueues a dedupeKey only once', async () => {
    const first = await enqueue(db, { type: 'send', payload: { n: 1 }, dedupeKey: 'wa:reply:42' });
    const second = await db.transaction().execute((trx) => enqueue(trx, { type: 'send', payload: { n: 2 }, dedupeKey: 'wa:reply:42' }));
    expect(first).toEqual(expect.any(Number));
    expect(second).toBeNull();
    expect(await enqueue(db, { type: 'send', payload: {} })).toEqual(expect.any(Number));
    expect(await enqueue(db, { type: 'send', payload: {} })).toEqual(expect.any(Number));
    const rows = await db.selectFrom('outbox').select(['payload', 'dedupe_key']).where('dedupe_key', 'is not', null).execute();
    expect(rows).toEqual([{ payload: { n: 1 }, dedupe_key: 'wa:reply:42' }]);
  });

  it('fails a job of an unknown type with a clear message', async () => {
    const id = await enqueue(db, { type: 'fax.send', payload: {} });
    await worker(new JobRegistry()).runOnce();
    expect(await jobRow(id)).toMatchObject({ status: 'failed', last_error: 'No handler is registered for job type "fax.send"' });
  });

  it('runs a batch in id order', async () => {
    const order: number[] = [];
    const handler = (payload: unknown) => Promise.resolve(void order.push((payload as { n: number }).n));
    for (let n = 1; n <= 5; n++) await enqueue(db, { type: 'send', payload: { n } });
    expect(await worker(new JobRegistry([['send', handler]]), { batchSize: 3 }).runOnce()).toBe(3);
    expect(order).toEqual([1, 2, 3]);
  });
});

describe(`crash safety on ${kind}`, () => {
  it('delivers a job enqueued before a crash exactly once after the restart', async () => {
    const channel = fakeChannel();
    const registry = new JobRegistry([['send', (payload, job) => Promise.resolve(channel.send(job, payload))]]);
    if (kind === 'pglite') {
      const folder = await mkdtemp(path.join(tmpdir(), 'sapa-outbox-'));
      try {
        const before = await openPglite(folder);
        await migrateToLatest(before.db);
        await before.db.transaction().execute((trx) => enqueue(trx, { type: 'send', payload: { text: 'Tiket 1001 diterima' } }));
        await before.close();
        const after = await openPglite(folder);
        try {
          const w = worker(registry, {}, after.db);
          expect(await w.runOnce()).toBe(1);
          expect(await w.runOnce()).toBe(0);
        } finally {
          await after.close();
        }
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    } else {
      // The process that enqueued goes away; a new one (its own pool) delivers.
      const before = await openPostgres(handle.pool!.options.connectionString!, 1);
      await before.db.transaction().execute((trx) => enqueue(trx, { type: 'send', payload: { text: 'Tiket 1001 diterima' } }));
      await before.close();
      const w = worker(registry);
      expect(await w.runOnce()).toBe(1);
      expect(await w.runOnce()).toBe(0);
    }
    expect([...channel.delivered.values()]).toEqual([{ text: 'Tiket 1001 diterima' }]);
    expect(channel.sends).toBe(1);
  });

  it('runs a job again after its lease ran out, and the channel sees it once', async () => {
    const channel = fakeChannel();
    const delivered = signal();
    const killed = signal();
    const crashing = new JobRegistry([
      ['send', async (payload, job) => {
        channel.send(job, payload);
        delivered.resolve();
        await killed.promise; // the process hangs or dies before recording "done"
        throw new Error('process died');
      }],
    ]);
    const healthy = new JobRegistry([['send', (payload, job) => Promise.resolve(channel.send(job, payload))]]);
    const id = await enqueue(db, { type: 'send', payload: { text: 'Balasan' } });
    const first = worker(crashing, { id: 'first' });
    const firstRun = first.runOnce();
    await delivered.promise;
    expect(await jobRow(id)).toMatchObject({ status: 'running', locked_by: 'first', attempts: 1 });
    const second = worker(healthy, { id: 'second' });
    expect(await second.runOnce()).toBe(0); // the lease still holds
    await db.updateTable('outbox').set({ locked_until: sql<Date>`now() - interval '1 second'` }).where('id', '=', id).execute();
    expect(await second.runOnce()).toBe(1);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2, locked_by: null });
    // The first worker comes back to record its outcome: it no longer holds the job, so nothing changes.
    killed.resolve();
    await firstRun;
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2, last_error: null });
    expect(channel.sends).toBe(2);
    expect([...channel.delivered.keys()]).toEqual([id]);
  });

  it('gives up on a job that kept crashing its worker', async () => {
    const handler = vi.fn(() => Promise.resolve());
    const id = await enqueue(db, { type: 'send', payload: {}, maxAttempts: 3 });
    await db
      .updateTable('outbox')
      .set({ status: 'running', attempts: 3, locked_by: 'dead', locked_until: sql<Date>`now() - interval '1 second'` })
      .where('id', '=', id)
      .execute();
    expect(await worker(new JobRegistry([['send', handler]])).runOnce()).toBe(1);
    expect(handler).not.toHaveBeenCalled();
    expect(await jobRow(id)).toMatchObject({ status: 'failed', attempts: 4 });
    expect((await jobRow(id)).last_error).toMatch(/stopped while running 3 times/);
  });

  it('never runs one job twice when two workers claim at the same time', async () => {
    const runs: number[] = [];
    const handler = async (_payload: unknown, job: JobInfo) => {
      runs.push(job.id);
      await pause(Math.random() * 5);
    };
    const ids: number[] = [];
    for (let n = 0; n < 40; n++) ids.push((await enqueue(db, { type: 'send', payload: { n } }))!);
    const drain = async (w: Worker) => {
      while ((await w.runOnce()) > 0);
    };
    const registry = new JobRegistry([['send', handler]]);
    await Promise.all([drain(worker(registry, { id: 'a', batchSize: 3 })), drain(worker(registry, { id: 'b', batchSize: 3 }))]);
    expect([...runs].sort((x, y) => x - y)).toEqual(ids);
    const done = await db.selectFrom('outbox').select('id').where('status', '=', 'done').execute();
    expect(done).toHaveLength(40);
  });
});

describe(`the worker loop on ${kind}`, () => {
  it('wakes on poke, survives failing handlers and stops gracefully', async () => {
    const slowStarted = signal();
    const gate = signal();
    const ran: string[] = [];
    const registry = new JobRegistry([
      ['bad', () => Promise.reject(new Error('boom'))],
      ['slow', async (payload) => {
        slowStarted.resolve();
        await gate.promise;
        ran.push((payload as { name: string }).name);
      }],
    ]);
    const log = { error: vi.fn() };
    const w = worker(registry, { pollMs: 60_000, backoff: () => 60_000, log });
    w.start();
    await pause(50); // the first poll found nothing and sleeps for a minute
    const bad = await enqueue(db, { type: 'bad', payload: {} });
    const slow = await enqueue(db, { type: 'slow', payload: { name: 'slow' } });
    const later = await enqueue(db, { type: 'slow', payload: { name: 'later' } });
    w.poke();
    await slowStarted.promise;
    let stopped = false;
    const stopping = w.stop().then(() => (stopped = true));
    await pause(30);
    expect(stopped).toBe(false); // it waits for the running handler
    gate.resolve();
    await stopping;
    expect(ran).toEqual(['slow']);
    const [[logged, message]] = log.error.mock.calls as [[{ err: unknown }, string]];
    expect(logged.err).toBeInstanceOf(Error);
    expect(message).toContain('will be retried');
    expect(await jobRow(bad)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'boom' });
    expect(await jobRow(slow)).toMatchObject({ status: 'done' });
    // Claimed but never started: handed back for the next worker at once.
    expect(await jobRow(later)).toMatchObject({ status: 'pending', attempts: 0, locked_by: null, locked_until: null });
    expect(await w.runOnce()).toBe(0); // a stopped worker claims nothing
  });
});

describe('defaultBackoff', () => {
  it('doubles from one second up to fifteen minutes, with ±20% jitter', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4].map((n) => defaultBackoff(n, middle))).toEqual([1000, 2000, 4000, 8000]);
    expect(defaultBackoff(11, middle)).toBe(15 * 60_000);
    expect(defaultBackoff(50, middle)).toBe(15 * 60_000);
    expect(defaultBackoff(1, () => 0)).toBe(800);
    expect(defaultBackoff(1, () => 0.999999)).toBe(1200);
  });
});

describe(`ordering keys (${kind})`, () => {
  it('runs jobs with one ordering key in the order enqueued, even when the first is retried', async () => {
    const ran: string[] = [];
    let failFirst = true;
    const registry = new JobRegistry().register('send', (payload) => {
      const { text } = payload as { text: string };
      if (text === 'satu' && failFirst) {
        failFirst = false;
        return Promise.reject(new Error('503'));
      }
      ran.push(text);
      return Promise.resolve();
    });
    for (const text of ['satu', 'dua', 'tiga']) await enqueue(db, { type: 'send', payload: { text }, orderingKey: 'wa:62811' });
    await enqueue(db, { type: 'send', payload: { text: 'lain' }, orderingKey: 'wa:62822' });
    const w = worker(registry, { backoff: () => 0 });
    // The first run fails "satu"; "dua" and "tiga" must wait for it, "lain" need not.
    await w.runOnce();
    expect(ran).toEqual(['lain']);
    while ((await w.runOnce()) > 0);
    expect(ran).toEqual(['lain', 'satu', 'dua', 'tiga']);
  });

  it('lets later jobs go once an earlier one failed for good', async () => {
    const ran: string[] = [];
    const registry = new JobRegistry().register('send', (payload) => {
      const { text } = payload as { text: string };
      if (text === 'rusak') return Promise.reject(new PermanentJobError('bad recipient'));
      ran.push(text);
      return Promise.resolve();
    });
    for (const text of ['rusak', 'berikutnya']) await enqueue(db, { type: 'send', payload: { text }, orderingKey: 'ticket:1' });
    const w = worker(registry);
    while ((await w.runOnce()) > 0);
    expect(ran).toEqual(['berikutnya']);
  });
});
