/** The chatbot figures of the monthly report (seed page 19), computed by the database. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { jakartaMonthRange } from '../platform/month.ts';

/** A session that ended before any menu choice (the seed's label). */
export const NOT_CONTINUED = 'Tidak Dilanjutkan';

export interface ChatbotMonthSummary {
  /** Distinct people with a session started in the month. */
  users: number;
  sessions: number;
  /** Sessions per top-level menu item, most first, then "Tidak Dilanjutkan". */
  by_menu: { menu: string; count: number }[];
  handed_to_agent: number;
}

export async function chatbotMonthSummary(db: Kysely<Database>, month: string): Promise<ChatbotMonthSummary> {
  const { from, to } = jakartaMonthRange(month);
  const inMonth = db.selectFrom('chatbot_sessions').where('started_at', '>=', from).where('started_at', '<', to);
  const totals = await inMonth
    .select((eb) => [
      eb.fn.countAll<number>().as('sessions'),
      sql<number>`count(distinct contact_key)`.as('users'),
      sql<number>`count(*) filter (where handed_to_agent)`.as('handed_to_agent'),
    ])
    .executeTakeFirstOrThrow();
  // Open sessions without a choice may still choose; ended ones without a choice were not continued.
  const menus = await inMonth
    .where((eb) => eb.or([eb('menu', 'is not', null), eb('ended_at', 'is not', null)]))
    .select((eb) => ['menu', eb.fn.countAll<number>().as('count')])
    .groupBy('menu')
    .orderBy(sql`menu is null`)
    .orderBy('count', 'desc')
    .orderBy('menu')
    .execute();
  return {
    users: Number(totals.users),
    sessions: Number(totals.sessions),
    by_menu: menus.map((m) => ({ menu: m.menu ?? NOT_CONTINUED, count: Number(m.count) })),
    handed_to_agent: Number(totals.handed_to_agent),
  };
}
