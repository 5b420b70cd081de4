import { sql } from 'kysely';
import type { Channel, Zone } from '../../db/schema.ts';
import { ticketsOf, type Db } from './scope.ts';

/** The month's tickets counted once, by every attribute the report splits them by. */
export interface TicketCount {
  channel: Channel;
  user_category: string | null;
  zone: Zone | null;
  inside_service_hours: boolean;
  complaint: boolean;
  /** The region of a Pemda user's ticket (other categories are not ranked by region: null keeps the groups few). */
  pemda_region: string | null;
  count: number;
}

/**
 * One scan of the month's tickets for consultations, user categories, service hours, the complaint
 * count and the top Pemda regions: a few thousand groups at most, which the sections then add up.
 * (Each further scan of a million-ticket month costs about a second on the embedded database.)
 */
export async function ticketCounts(db: Db, month: string): Promise<TicketCount[]> {
  const pemdaRegion = sql<string | null>`case when tickets.user_category = 'pemda' then tickets.region_code end`;
  const rows = await ticketsOf(db, month)
    .select((eb) => ['channel', 'user_category', 'zone', 'inside_service_hours', 'complaint', pemdaRegion.as('pemda_region'), eb.fn.countAll<number>().as('count')])
    .groupBy(['channel', 'user_category', 'zone', 'inside_service_hours', 'complaint', pemdaRegion])
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Sum of the counts of the rows that pass `filter`. */
export const countWhere = (rows: readonly TicketCount[], filter: (row: TicketCount) => boolean = () => true): number =>
  rows.reduce((sum, row) => (filter(row) ? sum + row.count : sum), 0);
