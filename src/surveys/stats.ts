import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { jakartaMonthRange } from '../platform/month.ts';
import type { MonthlyReport } from '../reports/types.ts';

type ReportAgentSatisfaction = MonthlyReport['satisfaction']['agents'][number];

type Db = Kysely<Database>;

/** "Setiap agen minimal memiliki 5 penilaian dari minimal 5 pengguna yang berbeda setiap bulannya." */
export const SATISFACTION_MINIMUM = Object.freeze({ ratings: 5, raters: 5 });

/**
 * One agent's month: ratings given in it (Asia/Jakarta), by the agent assigned at resolution;
 * the report's row (raters = distinct contacts; score = the mean of both means) with the user id.
 */
export interface AgentSatisfaction extends ReportAgentSatisfaction {
  agent_id: number;
}

export interface BelowMinimum extends AgentSatisfaction {
  /** Ratings still needed this month (0 when only raters are missing). */
  missing_ratings: number;
  /** Different requesters still needed. */
  missing_raters: number;
}

const byScoreThenName = (a: AgentSatisfaction, b: AgentSatisfaction): number =>
  (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name, 'id') || a.agent.localeCompare(b.agent);

const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/**
 * Per agent for a month (YYYY-MM), aggregated in SQL: active agents are listed even without
 * ratings (they miss the minimum), and anyone else who was rated in the month. `agentId`
 * narrows to one user (an agent sees only their own row).
 */
export async function agentSatisfaction(db: Db, month: string, agentId?: number): Promise<AgentSatisfaction[]> {
  const { from, to } = jakartaMonthRange(month);
  const rated = db.selectFrom('csat_ratings')
    .where('rated_at', '>=', from).where('rated_at', '<', to).where('agent_id', 'is not', null)
    .select((eb) => [
      'agent_id',
      eb.fn.countAll<number>().as('ratings'),
      sql<number>`count(distinct contact_id)`.as('raters'),
      sql<string>`avg(service)`.as('service'),
      sql<string>`avg(substance)`.as('substance'),
    ])
    .groupBy('agent_id');
  let query = db.selectFrom('users')
    .leftJoin(rated.as('rated'), 'rated.agent_id', 'users.id')
    .where((eb) => eb.or([eb.and([eb('users.role', '=', 'agent'), eb('users.active', '=', true)]), eb('rated.agent_id', 'is not', null)]))
    .select(['users.id', 'users.username', 'users.name', 'rated.ratings', 'rated.raters', 'rated.service', 'rated.substance']);
  if (agentId !== undefined) query = query.where('users.id', '=', agentId);
  const rows = await query.execute();
  return rows.map((r): AgentSatisfaction => {
    const ratings = Number(r.ratings ?? 0);
    const raters = Number(r.raters ?? 0);
    const service = numberOrNull(r.service);
    const substance = numberOrNull(r.substance);
    return {
      agent_id: r.id, agent: r.username, name: r.name, ratings, raters, service, substance,
      score: service === null || substance === null ? null : (service + substance) / 2,
      meets_minimum: ratings >= SATISFACTION_MINIMUM.ratings && raters >= SATISFACTION_MINIMUM.raters,
    };
  }).sort(byScoreThenName);
}

/** Those of these rows that miss the minimum, with what they lack, most lacking first. */
export function lacking(agents: readonly AgentSatisfaction[]): BelowMinimum[] {
  return agents.filter((a) => !a.meets_minimum).map((a) => ({
    ...a,
    missing_ratings: Math.max(0, SATISFACTION_MINIMUM.ratings - a.ratings),
    missing_raters: Math.max(0, SATISFACTION_MINIMUM.raters - a.raters),
  })).sort((a, b) => b.missing_ratings + b.missing_raters - (a.missing_ratings + a.missing_raters) || a.name.localeCompare(b.name, 'id'));
}

/** Agents not (yet) meeting the minimum in the month, with what they lack: for a supervisor during the month. */
export async function belowMinimum(db: Db, month: string): Promise<BelowMinimum[]> {
  return lacking(await agentSatisfaction(db, month));
}

export interface RatingItem {
  ticket_id: number;
  ticket_number: number;
  agent: string | null;
  requester: string;
  service: number;
  substance: number;
  comment: string | null;
  rated_at: Date;
  source: string;
}

/** The month's ratings, newest first, with the comment and the ticket number. */
export async function listRatings(db: Db, o: { month: string; agentId?: number | undefined; limit: number; offset: number }): Promise<RatingItem[]> {
  const { from, to } = jakartaMonthRange(o.month);
  let query = db.selectFrom('csat_ratings as r')
    .innerJoin('tickets', 'tickets.id', 'r.ticket_id')
    .innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
    .leftJoin('users', 'users.id', 'r.agent_id')
    .select(['r.ticket_id', 'tickets.number as ticket_number', 'users.username as agent', 'contacts.name as requester', 'r.service', 'r.substance', 'r.comment', 'r.rated_at', 'r.source'])
    .where('r.rated_at', '>=', from).where('r.rated_at', '<', to);
  if (o.agentId !== undefined) query = query.where('r.agent_id', '=', o.agentId);
  return query.orderBy('r.rated_at', 'desc').orderBy('r.id', 'desc').limit(o.limit).offset(o.offset).execute();
}
