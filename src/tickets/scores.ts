import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { loadCalendar } from '../platform/calendar-service.ts';
import { jakartaMonthRange } from '../platform/month.ts';
import { AppError } from '../platform/errors.ts';
import { scoreEscalation } from './l2-score.ts';

type Db = Kysely<Database>;

/** Escalations of a month with their scores; a Layer 2 account sees its own team's only. `now` scores the unanswered. */
export async function escalationsOfMonth(db: Db, actor: Actor, month: string, teamId?: number, now = new Date()) {
  const { from, to } = jakartaMonthRange(month);
  let query = db
    .selectFrom('escalations')
    .innerJoin('teams', 'teams.id', 'escalations.team_id')
    .innerJoin('tickets', 'tickets.id', 'escalations.ticket_id')
    .select(['escalations.id', 'escalations.ticket_id', 'tickets.number as ticket_number', 'tickets.subject', 'escalations.team_id', 'teams.code as team_code', 'teams.name as team_name', 'teams.unit_code', 'escalations.escalated_at', 'escalations.answered_at', 'escalations.status'])
    .where('escalations.escalated_at', '>=', from)
    .where('escalations.escalated_at', '<', to)
    .orderBy('escalations.escalated_at');
  const team = actor.role === 'l2' ? (actor.teamId ?? -1) : teamId;
  if (team !== undefined) query = query.where('escalations.team_id', '=', team);
  const rows = await query.execute();
  const calendar = await loadCalendar(db);
  return rows.map((row) => ({ ...row, ...scoreEscalation(calendar, row.escalated_at, row.answered_at, now) }));
}

const MS_PER_DAY = 86_400_000;
/** Noon in Jakarta (05:00 UTC) of a day counted from 1970-01-01: an instant whose Jakarta date is that day. */
const jakartaNoon = (day: number): Date => new Date(day * MS_PER_DAY + 5 * 3_600_000);
/** The Jakarta (UTC+7) day of a timestamp, as days since 1970-01-01, computed by the database. */
const jakartaDay = (column: 'escalated_at' | 'answered_at') =>
  sql<number | null>`floor((extract(epoch from ${sql.ref(`escalations.${column}`)}) + 25200) / 86400)::int`;

/**
 * The month's escalations grouped by team and by the Jakarta days they were escalated and answered:
 * a score depends only on those days, so a month of any size comes back as a few hundred rows.
 */
function escalationDays(db: Db, month: string, teamId: number | undefined) {
  const { from, to } = jakartaMonthRange(month);
  let query = db
    .selectFrom('escalations')
    .innerJoin('teams', 'teams.id', 'escalations.team_id')
    .select((eb) => [
      'escalations.team_id', 'teams.code as team_code', 'teams.name as team_name', 'teams.unit_code',
      jakartaDay('escalated_at').as('escalated_day'), jakartaDay('answered_at').as('answered_day'),
      eb.fn.countAll<number>().as('count'),
      sql<boolean>`bool_or(escalations.answered_at < escalations.escalated_at)`.as('answered_before'),
    ])
    .where('escalations.escalated_at', '>=', from)
    .where('escalations.escalated_at', '<', to)
    .groupBy(['escalations.team_id', 'teams.code', 'teams.name', 'teams.unit_code', jakartaDay('escalated_at'), jakartaDay('answered_at')]);
  if (teamId !== undefined) query = query.where('escalations.team_id', '=', teamId);
  return query.execute();
}

/** Teams ranked by mean score, then by number of tickets (seed report pages 34-35); a Layer 2 account sees its own team only. */
export async function teamScoresOfMonth(db: Db, actor: Actor, month: string, now = new Date()) {
  const groups = await escalationDays(db, month, actor.role === 'l2' ? (actor.teamId ?? -1) : undefined);
  const calendar = await loadCalendar(db);
  const total = groups.reduce((n, g) => n + Number(g.count), 0);
  const byTeam = new Map<number, { team_id: number; team: string; team_code: string; unit: string; count: number; pending: number; points: number; scored: number; days: number; answered: number }>();
  for (const g of groups) {
    if (g.answered_before) throw new AppError('validation', 'An L2 answer cannot precede its escalation');
    const count = Number(g.count);
    const answeredDay = g.answered_day === null ? null : jakartaNoon(Number(g.answered_day));
    const { score, workingDays, pending } = scoreEscalation(calendar, jakartaNoon(Number(g.escalated_day)), answeredDay, now);
    const team = byTeam.get(g.team_id) ?? { team_id: g.team_id, team: g.team_name, team_code: g.team_code, unit: g.unit_code, count: 0, pending: 0, points: 0, scored: 0, days: 0, answered: 0 };
    team.count += count;
    if (pending) team.pending += count;
    if (score !== null) { team.points += score * count; team.scored += count; }
    if (!pending && workingDays !== null) { team.days += workingDays * count; team.answered += count; }
    byTeam.set(g.team_id, team);
  }
  return [...byTeam.values()]
    .map((t) => ({
      team_id: t.team_id, team: t.team, team_code: t.team_code, unit: t.unit, count: t.count,
      share: total ? t.count / total : 0,
      // The mean of the scored tickets, unrounded (as l2-score.ts teamScore, weighted by count).
      score: t.scored ? t.points / t.scored : null,
      pending: t.pending,
      mean_working_days: t.answered ? t.days / t.answered : null,
    }))
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || b.count - a.count || a.team.localeCompare(b.team));
}
