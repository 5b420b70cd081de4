import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { TICKET_STATUSES, type Channel, type Database, type TicketStatus, type Zone } from '../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { AppError } from '../platform/errors.ts';
import { visibleTo } from './access.ts';
import { SEARCH_CONFIG } from './search.ts';
import { peopleOf, requestersOf, topicsOf } from './views.ts';

type Db = Kysely<Database>;

export interface InboxFilters {
  status?: TicketStatus[] | undefined;
  channel?: Channel[] | undefined;
  topic?: string | undefined;
  /** A user id, 'me', or 'none' for unassigned. */
  assignee?: number | 'me' | 'none' | undefined;
  team?: number | undefined;
  zone?: Zone | 'none' | undefined;
  complaint?: boolean | undefined;
  spam?: boolean | undefined;
  contact?: number | undefined;
  /** Created on or after this instant / before this instant. */
  from?: Date | undefined;
  to?: Date | undefined;
  q?: string | undefined;
}

/** Activity: latest message first (the inbox). Created: newest ticket first (date ranges, exports). */
export type InboxSort = 'activity' | 'created';

/** Counts stop here and say "at least": exact for every working queue, bounded for all-time archives. */
export const COUNT_CAP = 1_000;

type TicketQuery = SelectQueryBuilder<Database, 'tickets', object>;

/** Applies every filter but status (the counts group by status). */
function filtered(query: TicketQuery, actor: Actor, f: InboxFilters): TicketQuery {
  let q = query.where(visibleTo(actor));
  if (f.channel?.length) q = q.where('tickets.channel', 'in', f.channel);
  if (f.topic) {
    const topic = f.topic;
    q = q.where((eb) => eb.exists(eb.selectFrom('ticket_topics').select('ticket_topics.ticket_id').whereRef('ticket_topics.ticket_id', '=', 'tickets.id').where('ticket_topics.topic_code', '=', topic)));
  }
  if (f.assignee === 'none') q = q.where('tickets.assignee_id', 'is', null);
  else if (f.assignee !== undefined) q = q.where('tickets.assignee_id', '=', f.assignee === 'me' ? actor.userId : f.assignee);
  if (f.team !== undefined) q = q.where('tickets.team_id', '=', f.team);
  if (f.zone === 'none') q = q.where('tickets.zone', 'is', null);
  else if (f.zone) q = q.where('tickets.zone', '=', f.zone);
  if (f.complaint !== undefined) q = q.where('tickets.complaint', '=', f.complaint);
  if (f.spam !== undefined) q = q.where('tickets.spam', '=', f.spam);
  if (f.contact !== undefined) q = q.where('tickets.contact_id', '=', f.contact);
  if (f.from) q = q.where('tickets.created_at', '>=', f.from);
  if (f.to) q = q.where('tickets.created_at', '<', f.to);
  if (f.q?.trim()) q = q.where(sql<boolean>`tickets.search @@ websearch_to_tsquery(${sql.lit(SEARCH_CONFIG)}, ${f.q.trim()})`);
  return q;
}

interface Cursor {
  sort: InboxSort;
  at: string;
  id: number;
}

export function encodeCursor(sort: InboxSort, at: Date, id: number): string {
  return Buffer.from(`${sort}|${at.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string, sort: InboxSort): Cursor {
  const [cursorSort, at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (cursorSort !== sort || !at || !id || Number.isNaN(Date.parse(at)) || !/^\d+$/.test(id)) {
    throw new AppError('validation', 'The cursor is not one this API gave out for this sort', [{ field: 'cursor', message: 'Pass next_cursor from the previous page unchanged, with the same filters', value: cursor }]);
  }
  return { sort, at, id: Number(id) };
}

/** A date range pages by creation time unless told otherwise: that is what its index serves. */
export const defaultSort = (filters: InboxFilters): InboxSort => (filters.from || filters.to ? 'created' : 'activity');

/** One page of the inbox, paged by keyset (stable while tickets arrive). */
export async function listTickets(db: Db, actor: Actor, filters: InboxFilters, page: { limit: number; cursor?: string | undefined; sort?: InboxSort | undefined }) {
  const sort = page.sort ?? defaultSort(filters);
  const key = sort === 'created' ? 'tickets.created_at' : 'tickets.last_message_at';
  let query = filtered(db.selectFrom('tickets'), actor, filters);
  if (filters.status?.length) query = query.where('tickets.status', 'in', filters.status);
  if (page.cursor) {
    const { at, id } = decodeCursor(page.cursor, sort);
    query = query.where((eb) => eb(eb.refTuple(key, 'tickets.id'), '<', eb.tuple(new Date(at), id)));
  }
  const rows = await query
    .select(['tickets.id', 'tickets.number', 'tickets.channel', 'tickets.status', 'tickets.subject', 'tickets.created_at', 'tickets.last_message_at', 'tickets.contact_id', 'tickets.assignee_id', 'tickets.team_id', 'tickets.zone', 'tickets.complaint', 'tickets.spam', 'tickets.region_code', 'tickets.user_category', 'tickets.last_inbound_at', 'tickets.first_response_at'])
    .orderBy(key, 'desc')
    .orderBy('tickets.id', 'desc')
    .limit(page.limit + 1)
    .execute();
  const pageRows = rows.slice(0, page.limit);
  const [requesters, topics, people] = await Promise.all([
    requestersOf(db, [...new Set(pageRows.map((r) => r.contact_id))]),
    topicsOf(db, pageRows.map((r) => r.id)),
    peopleOf(db, pageRows.map((r) => r.assignee_id)),
  ]);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(({ contact_id, assignee_id, ...r }) => ({
      ...r,
      requester: requesters.get(contact_id) ?? null,
      topics: topics.get(r.id) ?? [],
      assignee: assignee_id === null ? null : (people.get(assignee_id) ?? null),
    })),
    sort,
    next_cursor: rows.length > page.limit && last ? encodeCursor(sort, sort === 'created' ? last.created_at : last.last_message_at, last.id) : null,
  };
}

export type TicketCounts = Record<TicketStatus | 'total', number> & { at_least: TicketStatus[] };

/**
 * Tickets per status under the same filters, for the inbox tabs. Each count stops at
 * COUNT_CAP and is then listed in at_least ("10.000+"): counting a million archived tickets
 * exactly on every inbox load would cost a full scan for a number nobody acts on.
 */
export async function countTickets(db: Db, actor: Actor, filters: InboxFilters, cap = COUNT_CAP): Promise<TicketCounts> {
  const counted = await Promise.all(
    TICKET_STATUSES.map(async (status) => {
      const capped = filtered(db.selectFrom('tickets'), actor, filters).where('tickets.status', '=', status).select(sql.lit(1).as('one')).limit(cap + 1);
      const row = await db.selectFrom(capped.as('capped')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return [status, Math.min(row.n, cap), row.n > cap] as const;
    }),
  );
  const counts: TicketCounts = { open: 0, pending: 0, escalated: 0, resolved: 0, closed: 0, total: 0, at_least: [] };
  for (const [status, n, capped] of counted) {
    counts[status] = n;
    counts.total += n;
    if (capped) counts.at_least.push(status);
  }
  return counts;
}
