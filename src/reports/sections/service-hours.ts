import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { MonthlyReport, ZoneCounts, ZoneKey } from '../types.ts';
import { shareOf } from '../comparable.ts';
import { byText, ticketsOf, type Db } from './scope.ts';
import { jakartaMonthRange } from '../../platform/month.ts';
import type { TicketCount } from './ticket-counts.ts';

const emptyZones = (): ZoneCounts => ({ WIB: 0, WITA: 0, WIT: 0, unidentified: 0 });

/**
 * Tickets with an escalation, found from the escalations (a few percent of the tickets) rather than
 * by probing every ticket of the month: an escalation never precedes its ticket, so only those
 * from the month's start on can belong to the month's tickets.
 */
const escalated = (month: string) => (eb: ExpressionBuilder<Database, 'tickets'>) =>
  eb('tickets.id', 'in', eb.selectFrom('escalations').select('escalations.ticket_id').where('escalations.escalated_at', '>=', jakartaMonthRange(month).from));

/**
 * Tickets inside/outside service hours by the requester's zone (inside_service_hours as stored when
 * the ticket was created), and the outside-hours tickets that needed escalation with their topics.
 */
export async function serviceHoursSection(db: Db, month: string, counts: readonly TicketCount[]): Promise<MonthlyReport['service_hours']> {
  const outsideEscalated = () => ticketsOf(db, month).where('tickets.inside_service_hours', '=', false).where(escalated(month));
  const [escalatedCount, escalatedTopics] = await Promise.all([
    outsideEscalated().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    outsideEscalated()
      .innerJoin('ticket_topics', 'ticket_topics.ticket_id', 'tickets.id')
      .innerJoin('topics', 'topics.code', 'ticket_topics.topic_code')
      .select((eb) => ['topics.label', eb.fn.countAll<number>().as('count')])
      .groupBy(['topics.code', 'topics.label'])
      .orderBy('count', 'desc').orderBy(byText('topics.label')).orderBy(byText('topics.code'))
      .execute(),
  ]);
  const inside = emptyZones();
  const outside = emptyZones();
  for (const row of counts) {
    const zone: ZoneKey = row.zone ?? 'unidentified';
    (row.inside_service_hours ? inside : outside)[zone] += row.count;
  }
  const identified = (['WIB', 'WITA', 'WIT'] as const).reduce((n, z) => n + inside[z] + outside[z], 0);
  const outsideTotal = Object.values(outside).reduce((a, b) => a + b, 0);
  const count = Number(escalatedCount.count);
  return {
    identified,
    unidentified: inside.unidentified + outside.unidentified,
    inside,
    outside,
    outside_total: outsideTotal,
    outside_escalated: { count, share: shareOf(count, outsideTotal), topics: escalatedTopics.map((t) => t.label) },
  };
}
