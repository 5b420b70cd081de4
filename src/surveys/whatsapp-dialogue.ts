import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { BotReply } from '../chatbot/replies.ts';
import { cleanComment, isOpen, recordRating } from './answers.ts';
import { parseChoiceId, questionMessage, sameResolution, SKIP_WORDS, text, WA_TEXTS, type Choice, type Question } from './texts.ts';
import type { SurveyRow } from './token.ts';

type Db = Kysely<Database>;
type Survey = SurveyRow & { number: number };

/** A comment is taken this long after the second score; later text is a new conversation. */
export const COMMENT_WINDOW_MS = 60 * 60_000;

/** A requester's WhatsApp message, as the survey needs it. */
export interface SurveyInbound {
  /** E.164 phone of the sender. */
  phone: string;
  text: string;
  kind: string;
  choiceId?: string | undefined;
  at: Date;
}

/** The requester's WhatsApp surveys, the latest resolution first. */
function surveysOf(db: Db, phone: string) {
  return db.selectFrom('survey_requests')
    .innerJoin('contact_identities as identity', (join) => join.onRef('identity.contact_id', '=', 'survey_requests.contact_id').on('identity.kind', '=', 'phone'))
    .innerJoin('tickets', 'tickets.id', 'survey_requests.ticket_id')
    .selectAll('survey_requests')
    .select('tickets.number')
    .where('identity.value', '=', phone)
    .where('survey_requests.channel', '=', 'whatsapp')
    .orderBy('survey_requests.created_at', 'desc')
    .orderBy('survey_requests.id', 'desc');
}

const TYPED_SCORE = /^\s*([1-5])\s*[.)]?\s*$/;

/**
 * Takes a message that answers the requester's WhatsApp survey and returns the survey's
 * replies; undefined means "not an answer" (the chatbot handles it). A list choice counts
 * whenever its survey is open (old lists stay clickable); a typed digit 1-5 only while a
 * question waits and nothing else was written meanwhile; free text only at the comment step.
 */
export async function answerSurvey(db: Db, input: SurveyInbound): Promise<BotReply[] | undefined> {
  const choice = parseChoiceId(input.choiceId);
  if (choice) return answerChoice(db, input, choice);
  // Only the latest open survey takes typed answers: an older one answers only to its list.
  const survey = await surveysOf(db, input.phone).where('survey_requests.expires_at', '>', input.at).executeTakeFirst();
  if (!survey || survey.step === 'done') return undefined;
  if (survey.step === 'comment') return answerComment(db, survey, input);
  const typed = input.kind === 'text' && !survey.interrupted ? TYPED_SCORE.exec(input.text) : null;
  if (typed) return score(db, survey, survey.step === 'service' ? 'service' : 'substance', Number(typed[1]));
  // Something else: the requester moved on; the list can still be used until it expires.
  await db.updateTable('survey_requests').set({ interrupted: true }).where('id', '=', survey.id).execute();
  return undefined;
}

async function answerChoice(db: Db, input: SurveyInbound, choice: Choice): Promise<BotReply[] | undefined> {
  const survey = await surveysOf(db, input.phone).where('survey_requests.id', '=', choice.surveyId).executeTakeFirst();
  // Another person's survey id: not an answer of this sender.
  if (!survey) return undefined;
  if (!sameResolution(choice, survey.nonce) || !isOpen(survey, input.at)) return [text(WA_TEXTS.closed(survey.number))];
  return score(db, survey, choice.question, choice.score);
}

async function score(db: Db, survey: Survey, question: Question, value: number): Promise<BotReply[]> {
  const set = question === 'service' ? { service: value } : { substance: value };
  const next = { service: survey.service, substance: survey.substance, ...set };
  if (next.service === null || next.substance === null) {
    const missing: Question = next.service === null ? 'service' : 'substance';
    await db.updateTable('survey_requests').set({ ...set, step: missing, step_at: new Date() }).where('id', '=', survey.id).execute();
    return [questionMessage(survey, missing, survey.number)];
  }
  const first = survey.answered_at === null;
  // The first complete answer clears a comment left on an earlier resolution; a change keeps this one's.
  await recordRating(db, survey, { service: next.service, substance: next.substance, comment: first ? null : undefined });
  if (!first) return [text(WA_TEXTS.updated)];
  await db.updateTable('survey_requests').set({ step: 'comment', step_at: new Date() }).where('id', '=', survey.id).execute();
  return [text(WA_TEXTS.askComment)];
}

async function answerComment(db: Db, survey: Survey, input: SurveyInbound): Promise<BotReply[] | undefined> {
  await db.updateTable('survey_requests').set({ step: 'done', step_at: new Date() }).where('id', '=', survey.id).execute();
  const late = input.at.getTime() - new Date(survey.step_at).getTime() > COMMENT_WINDOW_MS;
  if (input.kind !== 'text' || late) return undefined;
  const comment = SKIP_WORDS.has(input.text.trim().toLowerCase()) ? null : cleanComment(input.text);
  if (comment) await db.updateTable('csat_ratings').set({ comment }).where('ticket_id', '=', survey.ticket_id).execute();
  return [text(WA_TEXTS.thanks)];
}
