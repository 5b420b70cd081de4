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

/** The report label of the menu item that hands the user to an agent (default-flow.ts). */
export const CHAT_AGENT_MENU = 'Chat Agent';

type Db = Kysely<Database>;
type MenuCount = { menu: string; count: number };

const sessionsOf = (db: Db, month: string) => {
  const { from, to } = jakartaMonthRange(month);
  return db.selectFrom('chatbot_sessions').where('started_at', '>=', from).where('started_at', '<', to);
};

/** Sessions per menu, most first, then "Tidak Dilanjutkan". */
async function menuCounts(sessions: ReturnType<typeof sessionsOf>): Promise<MenuCount[]> {
  // Open sessions without a choice may still choose; ended ones without a choice were not continued.
  const menus = await sessions
    .where((eb) => eb.or([eb('menu', 'is not', null), eb('ended_at', 'is not', null)]))
    .select((eb) => ['menu', eb.fn.countAll<number>().as('count')])
    .groupBy('menu')
    .orderBy(sql`menu is null`)
    .orderBy('count', 'desc')
    .orderBy(sql`menu collate "C"`) // the same order on every server, whatever its locale
    .execute();
  return menus.map((m) => ({ menu: m.menu ?? NOT_CONTINUED, count: Number(m.count) }));
}

export async function chatbotMonthSummary(db: Db, month: string): Promise<ChatbotMonthSummary> {
  const totals = await sessionsOf(db, month)
    .select((eb) => [
      eb.fn.countAll<number>().as('sessions'),
      sql<number>`count(distinct contact_key)`.as('users'),
      sql<number>`count(*) filter (where handed_to_agent)`.as('handed_to_agent'),
    ])
    .executeTakeFirstOrThrow();
  return {
    users: Number(totals.users),
    sessions: Number(totals.sessions),
    by_menu: await menuCounts(sessionsOf(db, month)),
    handed_to_agent: Number(totals.handed_to_agent),
  };
}

/**
 * The monthly report's "pengguna layanan Chatbot (tanpa Chat Agent)": sessions never handed to an
 * agent, each counted as one user (the seed's menu table sums to its user count), by menu without "Chat Agent".
 */
export async function chatbotWithoutAgent(db: Db, month: string): Promise<{ users: number; by_menu: MenuCount[] }> {
  const withoutAgent = () => sessionsOf(db, month).where('handed_to_agent', '=', false);
  const [total, byMenu] = await Promise.all([
    withoutAgent().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    menuCounts(withoutAgent().where((eb) => eb.or([eb('menu', 'is', null), eb('menu', '<>', CHAT_AGENT_MENU)]))),
  ]);
  return { users: Number(total.count), by_menu: byMenu };
}
