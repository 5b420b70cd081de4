import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AuditActor } from '../auth/actor.ts';
import { runImport, type ImportKind } from './run.ts';
import { failRun, finishRun, recordProgress } from './runs.ts';
import { discardUpload, type Upload } from './upload.ts';

export interface BackgroundImport {
  runId: number;
  kind: ImportKind;
  filePath: string;
  filename: string;
  upload: Upload;
  actor: AuditActor;
}

/**
 * Runs an uploaded import outside the request: the run's counts are updated after every
 * batch, and at the end its summary and rejected rows are stored with it (in the database,
 * so that any instance can serve them); the temporary folder is removed. Never rejects.
 */
export async function runInBackground(db: Kysely<Database>, job: BackgroundImport): Promise<void> {
  try {
    const summary = await runImport(db, job.kind, job.filePath, {
      actor: job.actor,
      onBatch: (counts) => recordProgress(db, job.runId, counts),
    });
    const rejectedCsv = summary.rejectedFile ? await readFile(summary.rejectedFile, 'utf8') : null;
    const rejectedFile = summary.rejectedFile ? `/api/imports/${job.runId}/rejected.csv` : null;
    await finishRun(db, job.runId, { ...summary, file: job.filename, rejectedFile }, rejectedCsv);
  } catch (error) {
    await failRun(db, job.runId, error instanceof Error ? error.message : String(error)).catch(() => undefined);
  } finally {
    await discardUpload(job.upload);
  }
}
