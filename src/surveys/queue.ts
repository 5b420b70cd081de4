import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Channel, Database, TicketsTable } from '../db/schema.ts';
import { enqueue } from '../jobs/outbox.ts';
import { getSurveySettings } from './settings.ts';

type Db = Kysely<Database>;

export const SURVEY_SEND_JOB = 'survey.send';
export const SURVEY_SEND_MAX_ATTEMPTS = 10;
const DAY_MS = 86_400_000;

/** Channels on which Sapa itself sends the survey; others show the link (surveyLinkFor). */
const SENT_BY_SAPA: Partial<Record<Channel, 'phone' | 'email'>> = { whatsapp: 'phone', email: 'email' };

export type ResolvedTicket = Pick<Selectable<TicketsTable>, 'id' | 'channel' | 'contact_id' | 'assignee_id' | 'spam' | 'source'>;

async function reachable(db: Db, contactId: number, kind: 'phone' | 'email'): Promise<boolean> {
  const row = await db.selectFrom('contact_identities').select('value')
    .where('contact_id', '=', contactId).where('kind', '=', kind).where('undeliverable', '=', false)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Starts the survey of a resolution, in the caller's transaction (the one that resolves the
 * ticket). One survey per resolution: a ticket resolved again gets a fresh survey (new
 * links; the old ones stop working) and its answer replaces the earlier rating. Spam,
 * imported tickets and requesters Sapa cannot reach get none. Returns the survey id.
 */
export async function queueSurvey(db: Db, ticket: ResolvedTicket): Promise<number | null> {
  if (ticket.spam || ticket.source !== 'live') return null;
  const identity = SENT_BY_SAPA[ticket.channel];
  if (identity && !(await reachable(db, ticket.contact_id, identity))) return null;
  const { expiry_days } = await getSurveySettings(db);
  const now = new Date();
  const fresh = {
    channel: ticket.channel, contact_id: ticket.contact_id, agent_id: ticket.assignee_id,
    nonce: randomBytes(16).toString('base64url'),
    created_at: now, expires_at: new Date(now.getTime() + expiry_days * DAY_MS),
    delivery: identity ? ('queued' as const) : ('none' as const), delivery_error: null, sent_at: null,
    step: 'service' as const, step_at: now, interrupted: false, service: null, substance: null, answered_at: null,
  };
  const survey = await db.insertInto('survey_requests').values({ ticket_id: ticket.id, ...fresh })
    .onConflict((oc) => oc.column('ticket_id').doUpdateSet(fresh))
    .returning(['id', 'nonce'])
    .executeTakeFirstOrThrow();
  if (identity) {
    // After the ticket's own replies (same ordering key): the survey follows the last answer.
    await enqueue(db, {
      type: SURVEY_SEND_JOB, payload: { surveyId: survey.id, nonce: survey.nonce },
      dedupeKey: `survey:${survey.id}:${survey.nonce}`, orderingKey: `ticket:${ticket.id}`, maxAttempts: SURVEY_SEND_MAX_ATTEMPTS,
    });
  }
  return survey.id;
}
