import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AuditActor } from '../auth/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { validation } from '../platform/errors.ts';
import { checkMonth } from './month.ts';

type Db = Kysely<Database>;

/** Long enough for several paragraphs, short enough to fit the report's last slide. */
export const EVALUATION_MAX_LENGTH = 10_000;

/** The supervisor's "Evaluasi dan Saran" for a month; '' when none was written. */
export async function getEvaluation(db: Db, month: string): Promise<string> {
  const row = await db.selectFrom('report_notes').select('evaluation').where('month', '=', checkMonth(month)).executeTakeFirst();
  return row?.evaluation ?? '';
}

/** Saves (replaces) the month's "Evaluasi dan Saran", audited with the text before and after. */
export async function setEvaluation(db: Db, actor: AuditActor, month: string, text: string): Promise<void> {
  checkMonth(month);
  const evaluation = text.trim();
  if (evaluation.length > EVALUATION_MAX_LENGTH) {
    throw validation(`The evaluation is too long (${evaluation.length} characters)`, [{ field: 'text', message: `At most ${EVALUATION_MAX_LENGTH} characters` }]);
  }
  await db.transaction().execute(async (trx) => {
    const before = await getEvaluation(trx, month);
    await trx.insertInto('report_notes')
      .values({ month, evaluation, updated_by: actor.userId, updated_at: new Date() })
      .onConflict((oc) => oc.column('month').doUpdateSet({ evaluation, updated_by: actor.userId, updated_at: new Date() }))
      .execute();
    await recordAudit(trx, actor, { action: 'report_note.update', entity: 'report_note', entityId: month, before: { evaluation: before }, after: { evaluation } });
  });
}
