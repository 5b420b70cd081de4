import type { Actor } from '../../auth/actor.ts';
import { jakartaMonthRange } from '../../platform/month.ts';
import { teamScoresOfMonth } from '../../tickets/scores.ts';
import type { MonthlyReport } from '../types.ts';
import { compareCounts } from '../comparable.ts';
import type { ReportMonths } from '../month.ts';
import type { Db } from './scope.ts';

/** The report sees every team, as an administrator would (a Layer 2 account would see only its own). */
const REPORT_ACTOR: Actor = { userId: 0, username: 'report', name: 'Laporan bulanan', role: 'admin', teamId: null, via: 'token' };

async function countEscalations(db: Db, month: string): Promise<number> {
  const { from, to } = jakartaMonthRange(month);
  const row = await db.selectFrom('escalations')
    .where('escalated_at', '>=', from).where('escalated_at', '<', to)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Escalations to Layer 2 in the month (by escalated_at) and the teams ranked by L2 score, then by count. */
export async function escalationSection(db: Db, months: ReportMonths, now: Date): Promise<MonthlyReport['escalation']> {
  const [total, teams] = await Promise.all([
    compareCounts(months, (month) => countEscalations(db, month)),
    teamScoresOfMonth(db, REPORT_ACTOR, months.month, now),
  ]);
  return {
    total,
    teams: teams.map((t) => ({
      team: t.team, team_code: t.team_code, unit: t.unit, count: t.count, share: t.share,
      score: t.score, pending: t.pending, mean_working_days: t.mean_working_days,
    })),
  };
}
