import { agentSatisfaction, SATISFACTION_MINIMUM } from '../../surveys/stats.ts';
import type { MonthlyReport } from '../types.ts';
import type { Db } from './scope.ts';

/**
 * Ratings given in the month per agent (the surveys' own figures, without the user id): how many,
 * from how many different users, the mean of each question and of both. Active agents without
 * ratings are listed too (they miss the minimum).
 */
export async function satisfactionSection(db: Db, month: string): Promise<MonthlyReport['satisfaction']> {
  const agents = await agentSatisfaction(db, month);
  return { minimum: { ...SATISFACTION_MINIMUM }, agents: agents.map(({ agent_id: _id, ...agent }) => agent) };
}
