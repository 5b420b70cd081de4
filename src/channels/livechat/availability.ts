import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { loadCalendar, getServiceHours } from '../../platform/calendar-service.ts';
import { describeServiceHours } from '../email/channel.ts';

type Db = Kysely<Database>;

/** The instant availability is judged at; tests set it to a known working hour or night. */
export const livechatClock = { now: (): Date => new Date() };

export interface Availability {
  /** Agents answer live now; otherwise a chat becomes a help-desk ticket. */
  online: boolean;
  /** Why not: outside the service hours (or a holiday), or no agent marked available. */
  reason: 'open' | 'outside_hours' | 'no_agent';
  /** "Senin–Jumat 08.00–17.00 WIB", for the widget. */
  hours: string;
}

/** Whether someone answers a chat now: inside service hours, on a working day, with an agent available. */
export async function availability(db: Db, cacheFrom: Db = db, now = livechatClock.now()): Promise<Availability> {
  const calendar = await loadCalendar(db, cacheFrom);
  const hours = describeServiceHours(await getServiceHours(db));
  if (!calendar.isInsideServiceHours(now)) return { online: false, reason: 'outside_hours', hours };
  // The same presence that round-robin assignment uses.
  const agent = await db.selectFrom('agent_presence')
    .innerJoin('users', 'users.id', 'agent_presence.user_id')
    .select('agent_presence.user_id')
    .where('agent_presence.available', '=', true)
    .where('users.active', '=', true)
    .where('users.role', 'in', ['agent', 'supervisor', 'admin'])
    .limit(1)
    .executeTakeFirst();
  return agent ? { online: true, reason: 'open', hours } : { online: false, reason: 'no_agent', hours };
}
