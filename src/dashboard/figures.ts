import { sql, type Kysely } from 'kysely';
import { CHANNELS, TICKET_STATUSES, type Channel, type Database, type TicketStatus } from '../db/schema.ts';
import { jakartaMonthRange } from '../platform/month.ts';
import { countMap } from '../reports/sections/scope.ts';
import type { ZoneCounts, ZoneKey } from '../reports/types.ts';

type Db = Kysely<Database>;

export type DashboardPeriod = 'today' | 'month';

const HOUR = 3_600_000;
const JAKARTA_OFFSET = 7 * HOUR;

/** The Jakarta calendar month (YYYY-MM) of an instant. */
export const jakartaMonthOf = (now: Date): string => new Date(now.getTime() + JAKARTA_OFFSET).toISOString().slice(0, 7);

/** Today (Asia/Jakarta, midnight to midnight) or this calendar month, as instants. */
export function periodRange(period: DashboardPeriod, now: Date): { from: Date; to: Date } {
  if (period === 'month') return jakartaMonthRange(jakartaMonthOf(now));
  const day = new Date(now.getTime() + JAKARTA_OFFSET).toISOString().slice(0, 10);
  const from = new Date(`${day}T00:00:00+07:00`);
  return { from, to: new Date(from.getTime() + 24 * HOUR) };
}

const ticketsBetween = (db: Db, range: { from: Date; to: Date }) =>
  db.selectFrom('tickets').where('tickets.created_at', '>=', range.from).where('tickets.created_at', '<', range.to);

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const ZONES: readonly ZoneKey[] = ['WIB', 'WITA', 'WIT', 'unidentified'];

/** One scan of the period's tickets by channel, status, zone and service hours; the rest is added up here. */
async function ticketGroups(db: Db, range: { from: Date; to: Date }) {
  const rows = await ticketsBetween(db, range)
    .select((eb) => ['channel', 'status', 'zone', 'inside_service_hours', eb.fn.countAll<number>().as('count')])
    .groupBy(['channel', 'status', 'zone', 'inside_service_hours'])
    .execute();
  const byChannel = zeroes<Channel>(CHANNELS);
  const byStatus = zeroes<TicketStatus>(TICKET_STATUSES);
  const inside: ZoneCounts = zeroes(ZONES);
  const outside: ZoneCounts = zeroes(ZONES);
  let total = 0;
  for (const row of rows) {
    const n = Number(row.count);
    total += n;
    byChannel[row.channel] += n;
    byStatus[row.status] += n;
    (row.inside_service_hours ? inside : outside)[row.zone ?? 'unidentified'] += n;
  }
  return { total, by_channel: byChannel, by_status: byStatus, service_hours: { inside, outside } };
}

/** Minutes from a ticket's arrival to the first answer, over the period's tickets that have one. */
async function firstResponse(db: Db, range: { from: Date; to: Date }) {
  const minutes = sql<number>`extract(epoch from (tickets.first_response_at - tickets.created_at))::float8 / 60`;
  const row = await ticketsBetween(db, range)
    .select([
      sql<number>`count(tickets.first_response_at)`.as('answered'),
      sql<number>`count(*) filter (where tickets.first_response_at is null and not tickets.spam and tickets.status in ('open', 'pending', 'escalated'))`.as('waiting'),
      sql<number | null>`percentile_cont(0.5) within group (order by ${minutes})`.as('median'),
      sql<number | null>`avg(${minutes})`.as('average'),
    ])
    .executeTakeFirstOrThrow();
  const orNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return { answered: Number(row.answered), waiting: Number(row.waiting), median_minutes: orNull(row.median), average_minutes: orNull(row.average) };
}

/** What is on the desk right now, whenever it arrived: open, pending and escalated tickets. */
async function queueNow(db: Db): Promise<Record<'open' | 'pending' | 'escalated', number>> {
  const rows = await db.selectFrom('tickets')
    .where('status', 'in', ['open', 'pending', 'escalated'])
    .select((eb) => ['status as key', eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute();
  const counts = countMap(rows);
  return { open: counts.get('open') ?? 0, pending: counts.get('pending') ?? 0, escalated: counts.get('escalated') ?? 0 };
}

/** Tickets per hour (today, "00".."23") or per day of the month ("YYYY-MM-DD"), every bucket listed. */
async function timeline(db: Db, period: DashboardPeriod, range: { from: Date; to: Date }) {
  const format = period === 'today' ? 'HH24' : 'YYYY-MM-DD';
  const bucket = sql<string>`to_char(tickets.created_at at time zone 'Asia/Jakarta', ${sql.lit(format)})`;
  const rows = await ticketsBetween(db, range).select((eb) => [bucket.as('key'), eb.fn.countAll<number>().as('count')]).groupBy(bucket).execute();
  const counts = countMap(rows);
  const step = period === 'today' ? HOUR : 24 * HOUR;
  const keys: string[] = [];
  for (let at = range.from.getTime(); at < range.to.getTime(); at += step) {
    const wall = new Date(at + JAKARTA_OFFSET).toISOString();
    keys.push(period === 'today' ? wall.slice(11, 13) : wall.slice(0, 10));
  }
  return keys.map((key) => ({ bucket: key, count: counts.get(key) ?? 0 }));
}

/** The period's ticket figures for the supervisor dashboard. */
export async function ticketFigures(db: Db, period: DashboardPeriod, now: Date) {
  const range = periodRange(period, now);
  const [groups, response, queue, series] = await Promise.all([ticketGroups(db, range), firstResponse(db, range), queueNow(db), timeline(db, period, range)]);
  return { from: range.from, to: range.to, tickets: { total: groups.total, by_channel: groups.by_channel, by_status: groups.by_status }, queue, first_response: response, service_hours: groups.service_hours, timeline: series };
}
