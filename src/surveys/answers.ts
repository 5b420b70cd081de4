import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { SurveyRow } from './token.ts';

type Db = Kysely<Database>;

export const MAX_COMMENT = 2000;

/** An answer is taken until the survey expires (the default is 7 days after the resolution). */
export const isOpen = (survey: Pick<SurveyRow, 'expires_at'>, now: Date = new Date()): boolean =>
  new Date(survey.expires_at).getTime() > now.getTime();

export const isScore = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;

export interface Answer {
  service: number;
  substance: number;
  /** A string or null sets the comment; undefined keeps the one already recorded. */
  comment?: string | null | undefined;
}

export const cleanComment = (text: string): string | null => text.trim().slice(0, MAX_COMMENT) || null;

/**
 * The ticket's rating (one per ticket): inserted, or replaced by a later answer (the latest
 * counts, including one to a later resolution). It belongs to the agent assigned when the
 * ticket was resolved. Call it only for an open survey.
 */
export async function recordRating(db: Db, survey: SurveyRow, answer: Answer): Promise<void> {
  if (!isScore(answer.service) || !isScore(answer.substance)) throw new Error('Scores are whole numbers from 1 to 5');
  const now = new Date();
  const scores = { agent_id: survey.agent_id, contact_id: survey.contact_id, service: answer.service, substance: answer.substance, rated_at: now, source: 'live' };
  const comment = answer.comment === undefined ? {} : { comment: answer.comment };
  await db.insertInto('csat_ratings').values({ ticket_id: survey.ticket_id, ...scores, comment: answer.comment ?? null })
    .onConflict((oc) => oc.column('ticket_id').doUpdateSet({ ...scores, ...comment }))
    .execute();
  await db.updateTable('survey_requests')
    .set({ service: answer.service, substance: answer.substance, answered_at: now })
    .where('id', '=', survey.id)
    .execute();
}

/** The comment already recorded for the ticket (to prefill the page). */
export async function ratingOf(db: Db, ticketId: number) {
  return db.selectFrom('csat_ratings').select(['service', 'substance', 'comment', 'rated_at']).where('ticket_id', '=', ticketId).executeTakeFirst();
}
