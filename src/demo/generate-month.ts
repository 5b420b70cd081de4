import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Calendar, ServiceHours } from '../platform/calendar.ts';
import { jakartaMonthRange } from '../platform/month.ts';
import { calendarDays, createCalendarTables } from './calendar-table.ts';
import { deleteDemoMonth } from './cleanup.ts';
import type { ContactPool, RegionRow } from './contacts.ts';
import type { DemoOptions } from './options.ts';
import { shiftMonth } from './options.ts';
import type { DemoStaff } from './staff.ts';
import { stageTickets, type MonthBatch } from './ticket-staging.ts';
import { insertEscalations, insertQuestions, insertReplies, insertTickets, insertTopics } from './ticket-records.ts';
import { insertHandoffSessions, insertRatings } from './ticket-followups.ts';
import { insertBotSessions } from './chatbot.ts';
import { insertBookings } from './bookings.ts';
import { insertBroadcasts } from './broadcasts.ts';
import { insertOutreach } from './outreach.ts';
import { elapsedShare, monthVolume } from './volume.ts';

type Db = Kysely<Database>;

export interface GenerationContext {
  options: DemoOptions;
  staff: DemoStaff;
  pool: ContactPool;
  regions: RegionRow[];
  calendar: Calendar;
  hours: ServiceHours;
  flowVersion: number | null;
  maxGuests: number;
  slotTimes: string[];
}

export interface DemoMonthResult {
  month: string;
  tickets: number;
  escalations: number;
  ratings: number;
  sessions: number;
  bookings: number;
  broadcasts: number;
  ms: number;
}

/** The agent who misses the "5 ratings from 5 users" rule in the last month. */
function fewRatingsAgent(ctx: GenerationContext, month: string): number | null {
  if (month !== ctx.options.endMonth || ctx.staff.agents.length === 0) return null;
  return ctx.staff.agents[(ctx.options.seed + Number(month.slice(5, 7))) % ctx.staff.agents.length] ?? null;
}

async function ticketsOfMonth(trx: Db, ctx: GenerationContext, batch: MonthBatch): Promise<{ tickets: number; escalations: number; ratings: number }> {
  if (batch.tickets === 0) return { tickets: 0, escalations: 0, ratings: 0 };
  const { options } = ctx;
  await stageTickets(trx, batch, ctx.pool, ctx.staff.agents);
  await insertTickets(trx);
  await insertTopics(trx);
  await insertQuestions(trx);
  await insertReplies(trx);
  await insertEscalations(trx);
  await insertRatings(trx, options.seed, options.now, fewRatingsAgent(ctx, batch.month));
  await insertHandoffSessions(trx, options.seed, jakartaMonthRange(batch.month).from, ctx.flowVersion);
  const counts = await sql<{ tickets: string | number; escalations: string | number; ratings: string | number }>`select count(*) as tickets,
      count(escalated_at) as escalations, (select count(*) from csat_ratings where ticket_id in (select id from demo_t)) as ratings
    from demo_t`.execute(trx);
  const row = counts.rows[0];
  return { tickets: Number(row?.tickets ?? 0), escalations: Number(row?.escalations ?? 0), ratings: Number(row?.ratings ?? 0) };
}

/** One month of demo records, in the caller's transaction (the temporary tables end with it). */
export async function generateMonth(trx: Db, ctx: GenerationContext, month: string): Promise<DemoMonthResult> {
  const started = Date.now();
  const { options } = ctx;
  const firstDay = `${month}-01`;
  const nextFirstDay = `${shiftMonth(month, 1)}-01`;
  const volume = monthVolume(month, options);
  const days = calendarDays(month, ctx.calendar, ctx.hours, options.now);
  const monthDays = days.filter((d) => d.day < nextFirstDay);
  await createCalendarTables(trx, days);
  await deleteDemoMonth(trx, month, firstDay, nextFirstDay);
  const batch: MonthBatch = { month, monthKey: Number(month.replace('-', '')), tickets: volume.tickets, seed: options.seed, now: options.now, firstDay, nextFirstDay };
  const tickets = await ticketsOfMonth(trx, ctx, batch);
  await insertBotSessions(trx, batch, volume.botSessions, ctx.pool.all, ctx.flowVersion);
  const bookings = await insertBookings(trx, {
    month, seed: options.seed, now: options.now, days: monthDays, regions: ctx.regions, maxGuests: ctx.maxGuests, slotTimes: ctx.slotTimes, supervisor: ctx.staff.supervisor,
  });
  const broadcasts = await insertBroadcasts(trx, month, options.seed, options.now, monthDays, ctx.staff.supervisor);
  // Figures from other systems arrive after a month ends.
  if (elapsedShare(month, options.now) === 1) await insertOutreach(trx, month, options.seed, monthDays);
  const { from, to } = jakartaMonthRange(month);
  const sessions = await trx.selectFrom('chatbot_sessions').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source', '=', 'demo').where('started_at', '>=', from).where('started_at', '<', to).executeTakeFirstOrThrow();
  return { month, ...tickets, sessions: Number(sessions.n), bookings, broadcasts, ms: Date.now() - started };
}
