/** Chatbot sessions: one open per person and channel, ended by handoff, by the user, or by silence. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ChatbotSessionsTable, Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { idleMinutesOf } from './flow.ts';
import { getActiveFlow } from './flow-store.ts';
import { initialState, type Turn } from './state.ts';

type Db = Kysely<Database>;
export type SessionRow = Selectable<ChatbotSessionsTable>;
export type ChatbotChannel = ChatbotSessionsTable['channel'];

const MINUTE = 60_000;

interface SessionKey {
  channel: ChatbotChannel;
  contactKey: string;
  at: Date;
}

function findOpen(trx: Db, key: SessionKey) {
  return trx.selectFrom('chatbot_sessions').selectAll()
    .where('channel', '=', key.channel).where('contact_key', '=', key.contactKey).where('ended_at', 'is', null)
    .forUpdate().executeTakeFirst();
}

/** A session that went quiet ends when its idle time ran out, not when somebody noticed. */
async function endIdle(trx: Db, session: SessionRow, idleMinutes: number): Promise<void> {
  const endedAt = new Date(session.last_activity_at.getTime() + idleMinutes * MINUTE);
  await trx.updateTable('chatbot_sessions').set({ ended_at: endedAt, end_reason: 'idle' }).where('id', '=', session.id).execute();
}

/**
 * The person's open session, locked for this transaction, or a new one. Call inside a transaction:
 * the row lock makes two messages of one person take turns.
 */
export async function openSession(trx: Db, key: SessionKey, idleMinutes: number, flowVersion: number): Promise<{ session: SessionRow; isNew: boolean }> {
  const open = await findOpen(trx, key);
  if (open && key.at.getTime() - open.last_activity_at.getTime() <= idleMinutes * MINUTE) return { session: open, isNew: false };
  if (open) await endIdle(trx, open, idleMinutes);
  const created = await trx.insertInto('chatbot_sessions')
    .values({ channel: key.channel, contact_key: key.contactKey, started_at: key.at, last_activity_at: key.at, state: json(initialState()), flow_version: flowVersion })
    .onConflict((oc) => oc.columns(['channel', 'contact_key']).where('ended_at', 'is', null).doNothing())
    .returningAll().executeTakeFirst();
  if (created) return { session: created, isNew: true };
  // Another message of the same person opened one a moment ago: continue that one.
  const other = await findOpen(trx, key);
  if (!other) throw new Error(`chatbot session for ${key.contactKey} vanished`);
  return { session: other, isNew: false };
}

/** Writes one step's outcome; ending the session when the step ends it. */
export async function saveTurn(trx: Db, session: SessionRow, turn: Turn, at: Date): Promise<void> {
  const complete = session.registration_complete || turn.state.step === 'menu';
  const r = turn.state.registration;
  const registration = complete
    ? { name: r.name ?? null, region_code: r.regionCode ?? null, institution: r.institution ?? null, email: r.email ?? null, question: r.question ?? null }
    : {};
  const ended = turn.end ? { ended_at: at, end_reason: turn.end } : {};
  await trx.updateTable('chatbot_sessions').set({
    state: json(turn.state),
    // Messages may arrive out of order; activity never moves back.
    last_activity_at: at > session.last_activity_at ? at : session.last_activity_at,
    registration_complete: complete,
    menu: session.menu ?? turn.topLevel ?? null,
    menu_path: json([...session.menu_path, ...turn.chosen]),
    handed_to_agent: session.handed_to_agent || turn.end === 'handoff',
    ...registration,
    ...ended,
  }).where('id', '=', session.id).execute();
}

/** Ends every session quiet for longer than the flow's idle time (for a periodic job); returns how many. */
export async function closeIdleSessions(db: Db, now: Date): Promise<number> {
  const idle = idleMinutesOf((await getActiveFlow(db)).flow);
  const ended = await db.updateTable('chatbot_sessions')
    .set({ ended_at: sql<Date>`last_activity_at + make_interval(mins => ${idle})`, end_reason: 'idle' })
    .where('ended_at', 'is', null)
    .where('last_activity_at', '<', new Date(now.getTime() - idle * MINUTE))
    .returning('id').execute();
  return ended.length;
}

/** The adapter records the ticket (and contact) it opened for a handed-over session. */
export async function linkSessionTicket(db: Db, sessionId: number, link: { ticketId: number; contactId?: number | null }): Promise<void> {
  await db.updateTable('chatbot_sessions')
    .set(link.contactId === undefined ? { ticket_id: link.ticketId } : { ticket_id: link.ticketId, contact_id: link.contactId })
    .where('id', '=', sessionId).execute();
}
