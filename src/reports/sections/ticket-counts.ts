import type { Channel, Zone } from '../../db/schema.ts';
import { ticketsOf, type Db } from './scope.ts';

/** The month's tickets counted once, by every attribute the report splits them by. */
export interface TicketCount {
  channel: Channel;
  user_category: string | null;
  zone: Zone | null;
  inside_service_hours: boolean;
  complaint: boolean;
  count: number;
}

/**
 * One scan of the month's tickets for consultations, user categories, service hours and the complaint
 * count: at most a few hundred groups, which the sections then add up.
 */
export async function ticketCounts(db: Db, month: string): Promise<TicketCount[]> {
  const rows = await ticketsOf(db, month)
    .select((eb) => ['channel', 'user_category', 'zone', 'inside_service_hours', 'complaint', eb.fn.countAll<number>().as('count')])
    .groupBy(['channel', 'user_category', 'zone', 'inside_service_hours', 'complaint'])
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Sum of the counts of the rows that pass `filter`. */
export const countWhere = (rows: readonly TicketCount[], filter: (row: TicketCount) => boolean = () => true): number =>
  rows.reduce((sum, row) => (filter(row) ? sum + row.count : sum), 0);
