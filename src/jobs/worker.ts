import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';
import { validation } from '../platform/errors.ts';

/** What a handler learns about its job. The id is stable across retries: use it as an idempotency key. */
export interface JobInfo {
  id: number;
  /** Which run this is: 1 for the first. */
  attempts: number;
  type: string;
}

export type JobHandler = (payload: unknown, job: JobInfo) => Promise<void>;

/** Job type → handler. */
export class JobRegistry extends Map<string, JobHandler> {
  /** Like set(), but a type can have only one handler. */
  register(type: string, handler: JobHandler): this {
    if (this.has(type)) throw new Error(`Job type ${type} already has a handler`);
    return this.set(type, handler);
  }
}

/** Thrown by a handler when trying again cannot help (a rejected recipient, a bad payload). */
export class PermanentJobError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

/** Thrown by a handler to run the job again after delayMs without counting an attempt (rate limits). */
export class RetryJobLater extends Error {
  readonly delayMs: number;
  constructor(delayMs: number, message = `Retry in ${delayMs} ms`) {
    super(message);
    this.name = 'RetryJobLater';
    this.delayMs = delayMs;
  }
}

export interface WorkerLog {
  error(obj: object, msg: string): void;
}

export interface WorkerOptions {
  /** Written to locked_by; default host/pid/random. */
  id?: string;
  batchSize?: number;
  pollMs?: number;
  /** How long a started job is ours; after that another worker may run it again (keep it above the slowest handler). */
  leaseMs?: number;
  /** Delay before the next try after `attempt` failed tries. */
  backoff?: (attempt: number) => number;
  log?: WorkerLog;
}

const MAX_BACKOFF_MS = 15 * 60_000;

/** 1 s, 2 s, 4 s … after the 1st, 2nd, 3rd failure, at most 15 min; ±20% so retries spread out. */
export function defaultBackoff(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(1000 * 2 ** Math.max(attempt - 1, 0), MAX_BACKOFF_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

// Times come from the database clock, so workers on several hosts agree.
const now = (): RawBuilder<Date> => sql<Date>`now()`;
const inMs = (ms: number): RawBuilder<Date> =>
  sql<Date>`now() + ${Number.isFinite(ms) ? Math.max(0, ms) : 0}::float8 * interval '1 millisecond'`;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw validation(`Worker option ${name} must be a whole number above 0, not ${value}`);
  return value;
}

interface ClaimedJob {
  id: number;
  type: string;
  payload: unknown;
}

/**
 * Runs outbox jobs: claims due jobs with FOR UPDATE SKIP LOCKED (so several workers share
 * the table), runs their handlers outside any transaction and records the outcome. A job
 * runs at least once: after a crash its lease runs out and another worker runs it again.
 */
export class Worker {
  readonly id: string;
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly backoff: (attempt: number) => number;
  private readonly log: WorkerLog;
  private loop: Promise<void> | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private stopping = false;
  private poked = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly registry: JobRegistry,
    options: WorkerOptions = {},
  ) {
    this.id = options.id ?? `${hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`;
    this.batchSize = positiveInteger('batchSize', options.batchSize ?? 20);
    this.pollMs = positiveInteger('pollMs', options.pollMs ?? 500);
    this.leaseMs = positiveInteger('leaseMs', options.leaseMs ?? 60_000);
    this.backoff = options.backoff ?? defaultBackoff;
    this.log = options.log ?? { error: (obj, msg) => console.error(msg, obj) };
  }

  /** Polls until stop(); a failing handler or database never ends the loop. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.poll();
  }

  /** Stops claiming, lets the running handler finish and hands unstarted jobs back. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    await this.tail;
    this.loop = undefined;
  }

  /** Looks for jobs now instead of at the next poll (call it after committing an enqueue). */
  poke(): void {
    this.poked = true;
    this.wake?.();
  }

  /** Claims and runs one batch; returns how many jobs it claimed. Calls on one worker take turns. */
  runOnce(): Promise<number> {
    const batch = this.tail.then(() => this.runBatch());
    this.tail = batch.catch(() => undefined);
    return batch;
  }

  private async poll(): Promise<void> {
    while (!this.stopping) {
      let ran = 0;
      try {
        ran = await this.runOnce();
      } catch (error) {
        this.log.error({ err: error, worker: this.id }, 'Outbox worker could not claim or record jobs');
      }
      // A full batch means more may be waiting: go on without sleeping.
      if (!this.stopping && ran < this.batchSize && !this.poked) await this.sleep(this.pollMs);
      this.poked = false;
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake?.(), ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }

  private async runBatch(): Promise<number> {
    if (this.stopping) return 0;
    const jobs = await this.claim();
    let next = 0;
    try {
      // One after another in id order, so messages to one recipient leave in the order written.
      for (; next < jobs.length && !this.stopping; next++) await this.runJob(jobs[next]!);
    } finally {
      if (next < jobs.length) await this.release(jobs.slice(next).map((j) => j.id));
    }
    return jobs.length;
  }

  private async claim(): Promise<ClaimedJob[]> {
    const rows = await this.db
      .with(
        (cte) => cte('due').materialized(),
        (db) =>
          db
            .selectFrom('outbox')
            .select('id')
            .where('status', 'in', ['pending', 'running'])
            .where('run_at', '<=', now())
            .where((eb) => eb.or([eb('status', '=', 'pending'), eb('locked_until', '<', now())]))
            // A job waits while an earlier job with its ordering key is unfinished (e.g. a retry).
            .where((eb) =>
              eb.or([
                eb('ordering_key', 'is', null),
                eb.not(
                  eb.exists(
                    eb.selectFrom('outbox as earlier').select('earlier.id')
                      .whereRef('earlier.ordering_key', '=', 'outbox.ordering_key')
                      .whereRef('earlier.id', '<', 'outbox.id')
                      .where('earlier.status', 'in', ['pending', 'running']),
                  ),
                ),
              ]),
            )
            .orderBy('run_at')
            .orderBy('id')
            .limit(this.batchSize)
            .forUpdate()
            .skipLocked(),
      )
      .updateTable('outbox')
      .from('due')
      .set({ status: 'running', locked_by: this.id, locked_until: inMs(this.leaseMs) })
      .whereRef('outbox.id', '=', 'due.id')
      .returning(['outbox.id', 'outbox.type', 'outbox.payload'])
      .execute();
    return rows.sort((a, b) => a.id - b.id);
  }

  /** Claimed but not started (stopping, or the batch broke off): others may take them at once. */
  private async release(ids: number[]): Promise<void> {
    await this.ours(ids).set({ status: 'pending', locked_until: null, locked_by: null }).execute();
  }

  /** Rows this worker still holds; after a lost lease another worker records the outcome. */
  private ours(ids: number[]) {
    return this.db.updateTable('outbox').where('id', 'in', ids).where('status', '=', 'running').where('locked_by', '=', this.id);
  }

  private async runJob(job: ClaimedJob): Promise<void> {
    // Counting the attempt when it starts makes a run that crashed the process count too.
    const started = await this.ours([job.id])
      .set((eb) => ({ attempts: eb('attempts', '+', 1), locked_until: inMs(this.leaseMs) }))
      .returning(['attempts', 'max_attempts'])
      .executeTakeFirst();
    if (!started) return;
    const info: JobInfo = { id: job.id, attempts: started.attempts, type: job.type };
    if (started.attempts > started.max_attempts) {
      return this.fail(info, `Gave up: stopped while running ${started.max_attempts} times (did it crash the worker?)`);
    }
    const handler = this.registry.get(job.type);
    if (!handler) return this.fail(info, `No handler is registered for job type "${job.type}"`);
    try {
      await handler(job.payload, info);
    } catch (error) {
      return this.afterError(info, started.max_attempts, error);
    }
    await this.ours([job.id]).set({ status: 'done', finished_at: now(), locked_until: null, locked_by: null }).execute();
  }

  private async afterError(job: JobInfo, maxAttempts: number, error: unknown): Promise<void> {
    if (error instanceof RetryJobLater) {
      await this.reschedule(job, error.delayMs, messageOf(error), { uncount: true });
    } else if (error instanceof PermanentJobError || job.attempts >= maxAttempts) {
      await this.fail(job, messageOf(error), error);
    } else {
      const delayMs = this.backoff(job.attempts);
      this.log.error({ err: error, job, worker: this.id, retryInMs: delayMs }, `Outbox job ${job.type} #${job.id} failed; it will be retried`);
      await this.reschedule(job, delayMs, messageOf(error), { uncount: false });
    }
  }

  private async reschedule(job: JobInfo, delayMs: number, lastError: string, o: { uncount: boolean }): Promise<void> {
    await this.ours([job.id])
      .set((eb) => ({
        status: 'pending',
        run_at: inMs(delayMs),
        ...(o.uncount ? { attempts: eb('attempts', '-', 1) } : {}),
        last_error: lastError,
        locked_until: null,
        locked_by: null,
      }))
      .execute();
  }

  private async fail(job: JobInfo, lastError: string, error?: unknown): Promise<void> {
    this.log.error({ err: error, job, worker: this.id }, `Outbox job ${job.type} #${job.id} failed for good: ${lastError}`);
    await this.ours([job.id])
      .set({ status: 'failed', finished_at: now(), last_error: lastError, locked_until: null, locked_by: null })
      .execute();
  }
}
