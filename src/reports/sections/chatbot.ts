import { chatbotMonthSummary, chatbotWithoutAgent } from '../../chatbot/summary.ts';
import type { MonthlyReport } from '../types.ts';
import { acrossMonths, comparable } from '../comparable.ts';
import type { ReportMonths } from '../month.ts';
import type { Db } from './scope.ts';

/** Chatbot users without Chat Agent for the three months, the month's menus, and its session totals. */
export async function chatbotSection(db: Db, months: ReportMonths): Promise<MonthlyReport['chatbot']> {
  const [withoutAgent, summary] = await Promise.all([
    acrossMonths(months, (month) => chatbotWithoutAgent(db, month)),
    chatbotMonthSummary(db, months.month),
  ]);
  return {
    users: comparable(withoutAgent.month.users, withoutAgent.previous.users, withoutAgent.lastYear.users),
    sessions: summary.sessions,
    handed_to_agent: summary.handed_to_agent,
    by_menu: withoutAgent.month.by_menu,
  };
}
