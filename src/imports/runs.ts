import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { notFound } from '../platform/errors.ts';
import type { ImportCounts, ImportSummary } from './run.ts';

type Db = Kysely<Database>;

/** The columns a client sees of an import run (the rejected rows are fetched separately). */
const RUN_COLUMNS = ['id', 'kind', 'filename', 'status', 'read', 'inserted', 'updated', 'rejected', 'summary', 'error', 'started_by', 'started_at', 'finished_at'] as const;

export async function createRun(db: Db, run: { kind: string; filename: string; startedBy: number | null }): Promise<number> {
  const { id } = await db.insertInto('import_runs').values({ kind: run.kind, filename: run.filename, started_by: run.startedBy })
    .returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function recordProgress(db: Db, id: number, counts: ImportCounts): Promise<void> {
  await db.updateTable('import_runs').set({ read: counts.read, inserted: counts.inserted, updated: counts.updated, rejected: counts.rejected })
    .where('id', '=', id).execute();
}

export async function finishRun(db: Db, id: number, summary: ImportSummary, rejectedCsv: string | null): Promise<void> {
  await db.updateTable('import_runs').set({
    status: 'done', read: summary.read, inserted: summary.inserted, updated: summary.updated, rejected: summary.rejected,
    summary: json(summary), rejected_csv: rejectedCsv, finished_at: new Date(),
  }).where('id', '=', id).execute();
}

export async function failRun(db: Db, id: number, error: string): Promise<void> {
  await db.updateTable('import_runs').set({ status: 'failed', error, finished_at: new Date() }).where('id', '=', id).execute();
}

/** The summary column holds what finishRun stored. */
const typed = <T extends { summary: unknown }>(run: T) => ({ ...run, summary: run.summary as ImportSummary | null });

export async function listRuns(db: Db, limit: number) {
  const runs = await db.selectFrom('import_runs').select(RUN_COLUMNS).orderBy('id', 'desc').limit(limit).execute();
  return runs.map(typed);
}

export async function getRun(db: Db, id: number) {
  const run = await db.selectFrom('import_runs').select(RUN_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!run) throw notFound(`Import ${id}`);
  return typed(run);
}

export async function rejectedCsvOf(db: Db, id: number): Promise<string> {
  const run = await db.selectFrom('import_runs').select(['rejected_csv', 'status']).where('id', '=', id).executeTakeFirst();
  if (!run) throw notFound(`Import ${id}`);
  if (run.rejected_csv === null) throw notFound(run.status === 'running' ? `The rejected rows of import ${id} (still running)` : `Rejected rows of import ${id}`);
  return run.rejected_csv;
}
