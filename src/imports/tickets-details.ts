import { sql } from 'kysely';
import { idList, recordset, type Db } from './spec.ts';
import type { TicketRow, TicketState } from './tickets-parse.ts';

export interface StoredTicket {
  row: TicketRow;
  ticketId: number;
  contactId: number;
  /** New in this batch: nothing of it to replace. */
  inserted: boolean;
}

const updatedIds = (tickets: readonly StoredTicket[]): number[] => tickets.filter((t) => !t.inserted).map((t) => t.ticketId);

/** Topics are replaced: the file says what they are now. */
async function replaceTopics(trx: Db, tickets: readonly StoredTicket[]): Promise<void> {
  const updated = updatedIds(tickets);
  if (updated.length) await sql`delete from ticket_topics where ticket_id in ${idList(updated)}`.execute(trx);
  const topics = tickets.flatMap((t) => t.row.topics.map((topic_code) => ({ ticket_id: t.ticketId, topic_code })));
  if (!topics.length) return;
  await sql`insert into ticket_topics (ticket_id, topic_code)
    select x.ticket_id, x.topic_code from ${recordset(topics, { ticket_id: 'bigint', topic_code: 'text' })}
    on conflict do nothing`.execute(trx);
}

/** The requester's question as the ticket's one inbound message, so that the console shows something; keyed so a re-import overwrites it. */
async function upsertMessages(trx: Db, tickets: readonly StoredTicket[]): Promise<void> {
  const messages = tickets.map((t) => ({
    ticket_id: t.ticketId, body: t.row.subject, author: t.row.name, external_id: `import:ticket:${t.row.ref}`, created_at: t.row.createdAt,
  }));
  await sql`insert into messages (ticket_id, direction, kind, body, author_label, external_id, metadata, created_at)
    select x.ticket_id, 'inbound', 'text', x.body, x.author, x.external_id, '{"source":"import"}'::jsonb, x.created_at
    from ${recordset(messages, { ticket_id: 'bigint', body: 'text', author: 'text', external_id: 'text', created_at: 'timestamptz' })}
    on conflict (external_id) where external_id is not null do update set
      ticket_id = excluded.ticket_id, body = excluded.body, author_label = excluded.author_label, created_at = excluded.created_at`.execute(trx);
}

/** An imported ticket's escalation is the file's: replaced, never added to. */
async function replaceEscalations(trx: Db, tickets: readonly StoredTicket[], state: TicketState): Promise<void> {
  const updated = updatedIds(tickets);
  if (updated.length) await sql`delete from escalations where ticket_id in ${idList(updated)}`.execute(trx);
  const escalations = tickets.flatMap(({ row, ticketId }) => (row.escalation ? [{
    ticket_id: ticketId,
    team_id: state.people.teamId(row.escalation.team),
    escalated_by: row.agent ? state.people.agentId(row.agent) ?? null : null,
    escalated_at: row.escalation.at,
    answered_at: row.escalation.answeredAt,
    status: row.escalation.answeredAt ? 'answered' : 'open',
  }] : []));
  if (!escalations.length) return;
  await sql`insert into escalations (ticket_id, team_id, escalated_by, escalated_at, note, status, answered_at)
    select x.ticket_id, x.team_id, x.escalated_by, x.escalated_at, '', x.status, x.answered_at
    from ${recordset(escalations, { ticket_id: 'bigint', team_id: 'integer', escalated_by: 'integer', escalated_at: 'timestamptz', status: 'text', answered_at: 'timestamptz' })}`.execute(trx);
}

/** One rating per ticket, given to the ticket's agent; a rating the file no longer has is removed. */
async function writeRatings(trx: Db, tickets: readonly StoredTicket[], state: TicketState): Promise<void> {
  const unrated = tickets.filter((t) => !t.row.csat && !t.inserted).map((t) => t.ticketId);
  if (unrated.length) await sql`delete from csat_ratings where source = 'import' and ticket_id in ${idList(unrated)}`.execute(trx);
  const ratings = tickets.flatMap(({ row, ticketId, contactId }) => (row.csat ? [{
    ticket_id: ticketId,
    agent_id: row.agent ? state.people.agentId(row.agent) ?? null : null,
    contact_id: contactId,
    service: row.csat.service,
    substance: row.csat.substance,
    rated_at: row.resolvedAt ?? row.createdAt,
  }] : []));
  if (!ratings.length) return;
  await sql`insert into csat_ratings (ticket_id, agent_id, contact_id, service, substance, rated_at, source)
    select x.ticket_id, x.agent_id, x.contact_id, x.service, x.substance, x.rated_at, 'import'
    from ${recordset(ratings, { ticket_id: 'bigint', agent_id: 'integer', contact_id: 'bigint', service: 'smallint', substance: 'smallint', rated_at: 'timestamptz' })}
    on conflict (ticket_id) do update set agent_id = excluded.agent_id, contact_id = excluded.contact_id,
      service = excluded.service, substance = excluded.substance, rated_at = excluded.rated_at, source = excluded.source`.execute(trx);
}

export async function writeTicketDetails(trx: Db, tickets: readonly StoredTicket[], state: TicketState): Promise<void> {
  await replaceTopics(trx, tickets);
  await upsertMessages(trx, tickets);
  await replaceEscalations(trx, tickets, state);
  await writeRatings(trx, tickets, state);
}
