import { createHmac } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, SurveyRequestsTable } from '../db/schema.ts';
import { safeEqual } from '../auth/secrets.ts';
import { surveySigningKey } from './settings.ts';

type Db = Kysely<Database>;
export type SurveyRow = Selectable<SurveyRequestsTable>;

/** The public page where a requester answers (email links, live chat, help desk). */
export const SURVEY_PATH = '/survei';

// The purpose is part of what is signed: this key signs nothing else, and a token means only "answer this survey".
const PURPOSE = 'sapa-survey-answer';

const signature = (key: Buffer, surveyId: number, nonce: string): string =>
  createHmac('sha256', key).update(`${PURPOSE}:${surveyId}:${nonce}`).digest('base64url');

/** `<survey id>.<signature>`: the signature covers the nonce of this resolution. */
export async function surveyToken(db: Db, survey: Pick<SurveyRow, 'id' | 'nonce'>): Promise<string> {
  return `${survey.id}.${signature(await surveySigningKey(db), survey.id, survey.nonce)}`;
}

/** The survey a token names, or undefined for a malformed, forged or superseded token. */
export async function surveyOfToken(db: Db, token: string): Promise<SurveyRow | undefined> {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const id = Number(match[1]);
  const survey = await db.selectFrom('survey_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!survey) return undefined;
  const expected = signature(await surveySigningKey(db), survey.id, survey.nonce);
  return safeEqual(expected, match[2] ?? '') ? survey : undefined;
}

/** `/survei/<token>`, or the absolute link when baseUrl is given (e.g. config.publicUrl). */
export async function surveyPathOf(db: Db, survey: Pick<SurveyRow, 'id' | 'nonce'>, baseUrl = ''): Promise<string> {
  return `${baseUrl.replace(/\/+$/, '')}${SURVEY_PATH}/${await surveyToken(db, survey)}`;
}

/**
 * The link to the survey of the ticket's latest resolution, for channels that show it
 * themselves (live-chat card, help-desk page); null when the ticket has no survey.
 */
export async function surveyLinkFor(db: Db, ticketId: number, baseUrl = ''): Promise<string | null> {
  const survey = await db.selectFrom('survey_requests').select(['id', 'nonce']).where('ticket_id', '=', ticketId).executeTakeFirst();
  return survey ? surveyPathOf(db, survey, baseUrl) : null;
}
