import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { loadCalendar } from '../platform/calendar-service.ts';
import { jakartaMonthRange } from '../platform/month.ts';
import { scoreEscalation, teamScore } from './l2-score.ts';

type Db = Kysely<Database>;

/** Escalations of a month with their scores; a Layer 2 account sees its own team's only. */
export async function escalationsOfMonth(db: Db, actor: Actor, month: string, teamId?: number) {
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
  const now = new Date();
  return rows.map((row) => ({ ...row, ...scoreEscalation(calendar, row.escalated_at, row.answered_at, now) }));
}

/** Teams ranked by mean score, then by number of tickets (seed report pages 34-35). */
export async function teamScoresOfMonth(db: Db, actor: Actor, month: string) {
  const escalations = await escalationsOfMonth(db, actor, month);
  const total = escalations.length;
  const byTeam = new Map<number, typeof escalations>();
  for (const e of escalations) byTeam.set(e.team_id, [...(byTeam.get(e.team_id) ?? []), e]);
  return [...byTeam.values()]
    .map((list) => {
      const first = list[0]!;
      const answeredDays = list.filter((e) => !e.pending && e.workingDays !== null).map((e) => e.workingDays!);
      return {
        team_id: first.team_id, team: first.team_name, team_code: first.team_code, unit: first.unit_code,
        count: list.length, share: total ? list.length / total : 0,
        score: teamScore(list.map((e) => e.score)),
        pending: list.filter((e) => e.pending).length,
        mean_working_days: answeredDays.length ? answeredDays.reduce((a, b) => a + b, 0) / answeredDays.length : null,
      };
    })
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || b.count - a.count || a.team.localeCompare(b.team));
}
