import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { formatDateLong } from '../platform/format.ts';
import { cleanComment, isOpen, isScore, ratingOf, recordRating } from './answers.ts';
import { closedPage, FIELDS, formPage, thanksPage, unknownPage } from './html.ts';
import { surveyOfToken, type SurveyRow } from './token.ts';

type Db = Kysely<Database>;

/** What the public survey page answers: an HTTP status and a whole HTML page. */
export interface PageResult {
  status: number;
  html: string;
}

type Fields = Record<string, string | undefined>;

const scoreOf = (value: string | undefined): number | null => {
  const n = Number(value);
  return value !== undefined && isScore(n) ? n : null;
};

async function ticketNumber(db: Db, ticketId: number): Promise<number> {
  return (await db.selectFrom('tickets').select('number').where('id', '=', ticketId).executeTakeFirstOrThrow()).number;
}

async function form(db: Db, token: string, survey: SurveyRow, shown: { service: number | null; substance: number | null; comment: string }, error?: string): Promise<string> {
  return formPage({
    token, ticketNumber: await ticketNumber(db, survey.ticket_id), ...shown,
    answered: survey.answered_at !== null, closesOn: formatDateLong(new Date(survey.expires_at)), error,
  });
}

/** The survey as a form, prefilled with what was answered and the score clicked in the email. Records nothing. */
export async function showSurvey(db: Db, token: string, query: Fields): Promise<PageResult> {
  const survey = await surveyOfToken(db, token);
  if (!survey) return { status: 404, html: unknownPage() };
  if (!isOpen(survey)) return { status: 410, html: closedPage() };
  // A comment belongs to this resolution only once this survey was answered.
  const comment = survey.answered_at ? ((await ratingOf(db, survey.ticket_id))?.comment ?? '') : '';
  const shown = {
    service: scoreOf(query[FIELDS.service]) ?? survey.service,
    substance: scoreOf(query[FIELDS.substance]) ?? survey.substance,
    comment,
  };
  return { status: 200, html: await form(db, token, survey, shown) };
}

/** Records the form's answer: both scores required, the comment optional; a repeat before closing replaces it. */
export async function submitSurvey(db: Db, token: string, body: Fields): Promise<PageResult> {
  return db.transaction().execute(async (trx) => {
    const survey = await surveyOfToken(trx, token);
    if (!survey) return { status: 404, html: unknownPage() };
    if (!isOpen(survey)) return { status: 410, html: closedPage() };
    const service = scoreOf(body[FIELDS.service]);
    const substance = scoreOf(body[FIELDS.substance]);
    const comment = cleanComment(body[FIELDS.comment] ?? '');
    if (service === null || substance === null) {
      const shown = { service, substance, comment: comment ?? '' };
      return { status: 400, html: await form(trx, token, survey, shown, 'Pilih nilai 1 sampai 5 untuk kedua pertanyaan.') };
    }
    await recordRating(trx, survey, { service, substance, comment });
    await trx.updateTable('survey_requests').set({ step: 'done', step_at: new Date() }).where('id', '=', survey.id).execute();
    return { status: 200, html: thanksPage(survey.answered_at !== null) };
  });
}
