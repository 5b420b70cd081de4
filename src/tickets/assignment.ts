import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';

type Db = Kysely<Database>;

export interface AssignmentSettings {
  /** Give each new ticket to the available agent who waited longest (round-robin). */
  auto: boolean;
}

export const DEFAULT_ASSIGNMENT: AssignmentSettings = { auto: true };

export async function getAssignmentSettings(db: Db): Promise<AssignmentSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'assignment').executeTakeFirst();
  return { ...DEFAULT_ASSIGNMENT, ...(row?.value as Partial<AssignmentSettings> | undefined) };
}

export async function setAssignmentSettings(db: Db, settings: AssignmentSettings): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: 'assignment', value: json(settings) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json(settings), updated_at: new Date() }))
    .execute();
}

/**
 * Picks the next agent in round-robin order among active agents who marked themselves
 * available, and records the turn. Row locks keep two new tickets from taking one turn.
 */
export async function nextAgent(db: Db): Promise<number | null> {
  const settings = await getAssignmentSettings(db);
  if (!settings.auto) return null;
  const next = await db
    .selectFrom('agent_presence')
    .innerJoin('users', 'users.id', 'agent_presence.user_id')
    .select('agent_presence.user_id')
    .where('agent_presence.available', '=', true)
    .where('users.active', '=', true)
    .where('users.role', '=', 'agent')
    .orderBy((eb) => eb.fn.coalesce('agent_presence.last_assigned_at', eb.val(new Date(0))))
    .orderBy('agent_presence.user_id')
    .limit(1)
    .forUpdate('agent_presence')
    .skipLocked()
    .executeTakeFirst();
  if (!next) return null;
  await db.updateTable('agent_presence').set({ last_assigned_at: new Date() }).where('user_id', '=', next.user_id).execute();
  return next.user_id;
}

export async function setPresence(db: Db, userId: number, available: boolean): Promise<void> {
  await db
    .insertInto('agent_presence')
    .values({ user_id: userId, available })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ available, updated_at: new Date() }))
    .execute();
}

/** Active Layer 1 people a ticket may be assigned to (update.ts refuses anyone else), agents first. */
export async function listAssignees(db: Db) {
  const rows = await db
    .selectFrom('users')
    .leftJoin('agent_presence', 'agent_presence.user_id', 'users.id')
    .select(['users.id', 'users.username', 'users.name', 'users.role', 'agent_presence.available'])
    .where('users.active', '=', true)
    .where('users.role', 'in', ['agent', 'supervisor', 'admin'])
    .orderBy((eb) => eb.case().when('users.role', '=', 'agent').then(0).else(1).end())
    .orderBy('users.name')
    .execute();
  return rows.map((r) => ({ ...r, available: r.available ?? false }));
}
