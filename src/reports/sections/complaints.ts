import { sql } from 'kysely';
import type { MonthlyReport } from '../types.ts';
import { comparable, type PerMonth } from '../comparable.ts';
import { reportRegionName } from '../region-name.ts';
import { textOrder, ticketsOf, type Db } from './scope.ts';
import { countWhere, type TicketCount } from './ticket-counts.ts';

type Item = MonthlyReport['complaints']['items'][number];

const complaintCount = (rows: readonly TicketCount[]): number => countWhere(rows, (r) => r.complaint);

/** Complaints (tickets flagged as such) for the three months; the month's grouped by subject with the regions that sent them. */
export async function complaintsSection(db: Db, month: string, counts: PerMonth<readonly TicketCount[]>): Promise<MonthlyReport['complaints']> {
  // One pass over the month's complaints, by subject and region; subjects are put together below.
  const rows = await ticketsOf(db, month)
    .where('tickets.complaint', '=', true)
    .leftJoin('regions', 'regions.code', 'tickets.region_code')
    .select((eb) => [
      'tickets.subject', 'regions.name', 'regions.kind',
      sql<number[]>`array_agg(tickets.id order by tickets.id)`.as('tickets'),
      sql<number[]>`array_agg(tickets.number order by tickets.id)`.as('numbers'),
      eb.fn.countAll<number>().as('count'),
    ])
    .groupBy(['tickets.subject', 'regions.code', 'regions.name', 'regions.kind'])
    .execute();
  const subjects = new Map<string, { pairs: [number, number][]; regions: { name: string; count: number }[]; unidentified: number }>();
  for (const row of rows) {
    const subject = subjects.get(row.subject) ?? { pairs: [], regions: [], unidentified: 0 };
    row.tickets.forEach((id, i) => subject.pairs.push([Number(id), Number(row.numbers[i])]));
    if (row.name && row.kind) subject.regions.push({ name: reportRegionName(row.name, row.kind), count: Number(row.count) });
    else subject.unidentified += Number(row.count);
    subjects.set(row.subject, subject);
  }
  const items = [...subjects].map(([subject, s]): Item => {
    const pairs = s.pairs.sort((a, b) => a[0] - b[0]);
    return {
      ticket: pairs[0]![0], tickets: pairs.map((p) => p[0]), numbers: pairs.map((p) => p[1]), subject, count: pairs.length,
      regions: s.regions.sort((a, b) => b.count - a.count || textOrder(a.name, b.name)).map((r) => r.name),
      unidentified_regions: s.unidentified,
    };
  });
  return {
    count: comparable(complaintCount(counts.month), complaintCount(counts.previous), complaintCount(counts.lastYear)),
    items: items.sort((a, b) => b.count - a.count || a.ticket - b.ticket),
  };
}
