import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { jakartaMonthRange } from '../platform/month.ts';
import { OUTREACH_LISTS } from '../outreach/metrics.ts';

type Db = Kysely<Database>;

/**
 * Removes the demo records of a month (source = 'demo') so that generating it again replaces
 * them. Ratings, messages, topics and escalations go with their tickets. Outreach figures and
 * lists have no source column: the month's catalogue lists are replaced, figures overwritten.
 */
export async function deleteDemoMonth(trx: Db, month: string, firstDay: string, nextFirstDay: string): Promise<void> {
  const { from, to } = jakartaMonthRange(month);
  const demoTickets = sql`select id from tickets where source = 'demo' and created_at >= ${from.toISOString()}::timestamptz and created_at < ${to.toISOString()}::timestamptz`;
  // A live session may have been linked to a demo ticket since: it stays, without the link.
  await sql`update chatbot_sessions set ticket_id = null where source <> 'demo' and ticket_id in (${demoTickets})`.execute(trx);
  await sql`delete from chatbot_sessions where source = 'demo'
    and (started_at >= ${from.toISOString()}::timestamptz and started_at < ${to.toISOString()}::timestamptz or ticket_id in (${demoTickets}))`.execute(trx);
  await sql`delete from tickets where id in (${demoTickets})`.execute(trx);
  await trx.deleteFrom('bookings').where('source', '=', 'demo').where('date', '>=', firstDay).where('date', '<', nextFirstDay).execute();
  await trx.deleteFrom('broadcasts').where('source', '=', 'demo').where('created_at', '>=', from).where('created_at', '<', to).execute();
  await trx.deleteFrom('outreach_items').where('month', '=', month).where('list', 'in', Object.keys(OUTREACH_LISTS)).execute();
}
