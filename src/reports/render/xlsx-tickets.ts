import { sql, type Kysely } from 'kysely';
import type { Channel, Database, TicketStatus, Zone } from '../../db/schema.ts';
import { jakartaMonthRange } from '../../platform/month.ts';

export interface TicketExportRow {
  id: number;
  number: number;
  created_at: Date;
  channel: Channel;
  status: TicketStatus;
  requester: string;
  institution: string | null;
  region_name: string | null;
  region_kind: 'provinsi' | 'kabupaten' | 'kota' | null;
  zone: Zone | null;
  user_category: string | null;
  /** Topic labels joined with '; ' by the database. */
  topics: string | null;
  complaint: boolean;
  inside_service_hours: boolean;
  assignee: string | null;
  escalated_team: string | null;
  first_response_at: Date | null;
  resolved_at: Date | null;
  subject: string;
}

/** Where the previous page ended: created_at as PostgreSQL's own text (microseconds intact) and id. */
interface Cursor {
  createdAt: string;
  id: number;
}

export const TICKET_PAGE_SIZE = 5000;

/**
 * The month's tickets in pages of `pageSize`, oldest first, by keyset on (created_at, id): memory
 * stays bounded however large the month is. Topics are aggregated per ticket in SQL; the escalated
 * team is the ticket's latest escalation's.
 */
export async function* monthTicketPages(db: Kysely<Database>, month: string, pageSize = TICKET_PAGE_SIZE): AsyncGenerator<TicketExportRow[]> {
  const { from, to } = jakartaMonthRange(month);
  let cursor: Cursor | null = null;
  for (;;) {
    const rows = await ticketPage(db, from, to, cursor, pageSize);
    if (rows.length === 0) return;
    yield rows.map(({ cursor: _cursor, ...row }) => row);
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    cursor = { createdAt: last.cursor, id: last.id };
  }
}

function ticketPage(db: Kysely<Database>, from: Date, to: Date, cursor: Cursor | null, pageSize: number) {
  return db
    .selectFrom('tickets as t')
    .innerJoin('contacts as c', 'c.id', 't.contact_id')
    .leftJoin('regions as r', 'r.code', 't.region_code')
    .leftJoin('user_categories as uc', 'uc.code', 't.user_category')
    .leftJoin('users as u', 'u.id', 't.assignee_id')
    .select([
      't.id', 't.number', 't.created_at', 't.channel', 't.status', 'c.name as requester', 'c.institution', 'r.name as region_name',
      'r.kind as region_kind', 't.zone', 'uc.label as user_category', 't.complaint', 't.inside_service_hours', 'u.username as assignee',
      't.first_response_at', 't.resolved_at', 't.subject',
    ])
    .select((eb) => [
      sql<string>`t.created_at::text`.as('cursor'),
      eb.selectFrom('ticket_topics as tt').innerJoin('topics as tp', 'tp.code', 'tt.topic_code').whereRef('tt.ticket_id', '=', 't.id')
        .select(sql<string>`string_agg(tp.label, '; ' order by tp.label)`.as('labels')).as('topics'),
      eb.selectFrom('escalations as e').innerJoin('teams as tm', 'tm.id', 'e.team_id').whereRef('e.ticket_id', '=', 't.id')
        .orderBy('e.escalated_at', 'desc').orderBy('e.id', 'desc').limit(1).select('tm.name').as('escalated_team'),
    ])
    .where('t.created_at', '>=', from)
    .where('t.created_at', '<', to)
    .$if(cursor !== null, (q) => q.where(sql<boolean>`(t.created_at, t.id) > (${cursor?.createdAt}::timestamptz, ${cursor?.id})`))
    .orderBy('t.created_at')
    .orderBy('t.id')
    .limit(pageSize)
    .execute();
}
