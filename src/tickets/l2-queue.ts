import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { loadCalendar } from '../platform/calendar-service.ts';
import { scoreEscalation } from './l2-score.ts';

type Db = Kysely<Database>;

/** How far back the answered escalations of the queue go (the open ones are all shown, however old). */
export const ANSWERED_DAYS = 45;
/** The longest question shown in the list; the conversation has the whole text. */
const QUESTION_CHARS = 400;
const LIMIT = 300;

/**
 * The Layer 2 work list: every open escalation (oldest first, the most urgent), then those answered
 * or returned in the last ANSWERED_DAYS days (newest first), each with the ticket's question, the
 * Layer 1 note and the L2 score. A Layer 2 account sees its own team's only; others may pass a team.
 */
export async function escalationQueue(db: Db, actor: Actor, teamId?: number, now = new Date()) {
  const since = new Date(now.getTime() - ANSWERED_DAYS * 86_400_000);
  let query = db
    .selectFrom('escalations')
    .innerJoin('tickets', 'tickets.id', 'escalations.ticket_id')
    .innerJoin('teams', 'teams.id', 'escalations.team_id')
    .innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
    .leftJoin('users as escalator', 'escalator.id', 'escalations.escalated_by')
    .select([
      'escalations.id', 'escalations.ticket_id', 'tickets.number as ticket_number', 'tickets.status as ticket_status', 'tickets.channel', 'tickets.subject',
      'escalations.team_id', 'teams.code as team_code', 'teams.name as team_name', 'escalations.note', 'escalations.status',
      'escalations.escalated_at', 'escalations.answered_at', 'escalator.name as escalated_by',
      'contacts.name as requester_name', 'contacts.institution as requester_institution', 'tickets.region_code',
      sql<string | null>`(select left(m.body, ${QUESTION_CHARS}) from messages m where m.ticket_id = tickets.id and m.direction = 'inbound' order by m.id limit 1)`.as('question'),
    ])
    .where((eb) => eb.or([eb('escalations.status', '=', 'open'), eb('escalations.answered_at', '>=', since)]))
    .orderBy(sql`case when escalations.status = 'open' then 0 else 1 end`)
    .orderBy(sql`case when escalations.status = 'open' then escalations.escalated_at end`, 'asc')
    .orderBy('escalations.answered_at', 'desc')
    .orderBy('escalations.id', 'desc')
    .limit(LIMIT);
  const team = actor.role === 'l2' ? (actor.teamId ?? -1) : teamId;
  if (team !== undefined) query = query.where('escalations.team_id', '=', team);
  const rows = await query.execute();
  const calendar = await loadCalendar(db);
  return rows.map((row) => ({ ...row, ...scoreEscalation(calendar, row.escalated_at, row.answered_at, now) }));
}
