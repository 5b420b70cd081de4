import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AuditActor } from '../auth/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { conflict, validation } from '../platform/errors.ts';
import { checkMonth } from './month.ts';

type Db = Kysely<Database>;

/** Long enough for several paragraphs, short enough to fit the report's last slide. */
export const EVALUATION_MAX_LENGTH = 10_000;

/** The supervisor's "Evaluasi dan Saran" for a month; '' when none was written. */
export async function getEvaluation(db: Db, month: string): Promise<string> {
  const row = await db.selectFrom('report_notes').select('evaluation').where('month', '=', checkMonth(month)).executeTakeFirst();
  return row?.evaluation ?? '';
}

/** The month's evaluation with who saved it last and when (null when never saved). */
export interface EvaluationRecord {
  month: string;
  evaluation: string;
  updated_at: string | null;
  updated_by: { username: string; name: string } | null;
}

export async function getEvaluationRecord(db: Db, month: string): Promise<EvaluationRecord> {
  const row = await db.selectFrom('report_notes')
    .leftJoin('users', 'users.id', 'report_notes.updated_by')
    .select(['report_notes.evaluation', 'report_notes.updated_at', 'users.username', 'users.name'])
    .where('report_notes.month', '=', checkMonth(month))
    .executeTakeFirst();
  if (!row) return { month, evaluation: '', updated_at: null, updated_by: null };
  return {
    month,
    evaluation: row.evaluation,
    updated_at: new Date(row.updated_at).toISOString(),
    updated_by: row.username ? { username: row.username, name: row.name ?? row.username } : null,
  };
}

/**
 * Saves (replaces) the month's "Evaluasi dan Saran", audited with the text before and after.
 * With `expectedUpdatedAt` (the `updated_at` the writer started from; null = never saved), a
 * save made by someone else in between is refused as a conflict instead of being overwritten.
 */
export async function setEvaluation(db: Db, actor: AuditActor, month: string, text: string, expectedUpdatedAt?: string | null): Promise<void> {
  checkMonth(month);
  const evaluation = text.trim();
  if (evaluation.length > EVALUATION_MAX_LENGTH) {
    throw validation(`The evaluation is too long (${evaluation.length} characters)`, [{ field: 'text', message: `At most ${EVALUATION_MAX_LENGTH} characters` }]);
  }
  await db.transaction().execute(async (trx) => {
    // The row (when there is one) stays locked until the save commits: two writers cannot both pass the check.
    await trx.selectFrom('report_notes').select('month').where('month', '=', month).forUpdate().execute();
    const current = await getEvaluationRecord(trx, month);
    if (expectedUpdatedAt !== undefined && !sameInstant(current.updated_at, expectedUpdatedAt)) {
      const by = current.updated_by?.name ?? 'someone else';
      throw conflict(`The evaluation was changed by ${by} at ${current.updated_at ?? '-'} after you opened it`);
    }
    const before = current.evaluation;
    await trx.insertInto('report_notes')
      .values({ month, evaluation, updated_by: actor.userId, updated_at: new Date() })
      .onConflict((oc) => oc.column('month').doUpdateSet({ evaluation, updated_by: actor.userId, updated_at: new Date() }))
      .execute();
    await recordAudit(trx, actor, { action: 'report_note.update', entity: 'report_note', entityId: month, before: { evaluation: before }, after: { evaluation } });
  });
}

const sameInstant = (a: string | null, b: string | null): boolean => (a === null || b === null ? a === b : Date.parse(a) === Date.parse(b));
