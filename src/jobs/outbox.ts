import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { validation } from '../platform/errors.ts';

export interface NewJob {
  /** Which handler runs it (see JobRegistry). */
  type: string;
  /** Plain JSON data; the handler receives it parsed. */
  payload: unknown;
  /** Not before this time (default: at once). */
  runAt?: Date | undefined;
  /** The same key is enqueued only once, ever; a second enqueue returns null. */
  dedupeKey?: string | undefined;
  /** Jobs with the same key (e.g. one recipient) run one at a time in the order enqueued, even across retries. */
  orderingKey?: string | undefined;
  maxAttempts?: number | undefined;
}

/**
 * Adds a job to the outbox. Pass the transaction that makes the change the job is about:
 * both commit together, or neither does. Returns the job id, or null when dedupeKey was
 * already enqueued. Call worker.poke() after the commit to run it at once.
 */
export async function enqueue(db: Kysely<Database>, job: NewJob): Promise<number | null> {
  if (job.maxAttempts !== undefined && !(Number.isInteger(job.maxAttempts) && job.maxAttempts > 0)) {
    throw validation(`maxAttempts must be a whole number above 0, not ${job.maxAttempts}`);
  }
  const row = await db
    .insertInto('outbox')
    .values({
      type: job.type,
      payload: json(job.payload ?? null),
      ...(job.runAt ? { run_at: job.runAt } : {}),
      ...(job.maxAttempts ? { max_attempts: job.maxAttempts } : {}),
      dedupe_key: job.dedupeKey ?? null,
      ordering_key: job.orderingKey ?? null,
    })
    .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}
