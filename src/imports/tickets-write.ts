import { sql } from 'kysely';
import { SEARCH_CONFIG } from '../tickets/search.ts';
import { resolveContacts } from './contacts.ts';
import { writeTicketDetails, type StoredTicket } from './tickets-details.ts';
import type { TicketRow, TicketState } from './tickets-parse.ts';
import { countUpserts, recordset, textList, type Db, type ImportContext, type WriteCounts } from './spec.ts';

export const IMPORT_SOURCE = 'import';

async function existingTickets(trx: Db, refs: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await sql<{ external_ref: string; contact_id: number }>`
    select external_ref, contact_id from tickets where source = ${IMPORT_SOURCE} and external_ref in ${textList(refs)}`.execute(trx);
  return new Map(rows.map((r) => [r.external_ref, Number(r.contact_id)]));
}

const TICKET_COLUMNS = {
  ref: 'text', channel: 'text', contact_id: 'bigint', subject: 'text', status: 'text', assignee_id: 'integer', team_id: 'integer',
  user_category: 'text', region_code: 'text', zone: 'text', inside_service_hours: 'boolean', complaint: 'boolean', spam: 'boolean',
  created_at: 'timestamptz', first_response_at: 'timestamptz', resolved_at: 'timestamptz', closed_at: 'timestamptz',
} as const;

function ticketRecord(row: TicketRow, contactId: number, state: TicketState) {
  return {
    ref: row.ref, channel: row.channel, contact_id: contactId, subject: row.subject, status: row.status,
    assignee_id: row.agent ? state.people.agentId(row.agent) ?? null : null,
    team_id: row.escalation ? state.people.teamId(row.escalation.team) ?? null : null,
    user_category: row.userCategory, region_code: row.regionCode, zone: row.zone,
    inside_service_hours: row.insideServiceHours, complaint: row.complaint, spam: row.spam,
    created_at: row.createdAt, first_response_at: row.firstResponseAt, resolved_at: row.resolvedAt,
    closed_at: row.status === 'closed' ? row.resolvedAt : null,
  };
}

/** One statement for the batch: new tickets inserted, imported ones overwritten (numbers kept). */
async function upsertTickets(trx: Db, records: readonly object[]): Promise<{ id: number; external_ref: string; inserted: boolean }[]> {
  const { rows } = await sql<{ id: number; external_ref: string; inserted: boolean }>`
    insert into tickets (channel, contact_id, subject, status, assignee_id, team_id, user_category, region_code, zone,
      inside_service_hours, complaint, spam, source, external_ref, created_at, updated_at, last_message_at, last_inbound_at,
      first_response_at, resolved_at, closed_at, search)
    select x.channel, x.contact_id, x.subject, x.status, x.assignee_id, x.team_id, x.user_category, x.region_code, x.zone,
      x.inside_service_hours, x.complaint, x.spam, ${IMPORT_SOURCE}, x.ref, x.created_at, now(),
      greatest(x.created_at, x.first_response_at, x.resolved_at), x.created_at, x.first_response_at, x.resolved_at, x.closed_at,
      to_tsvector(${sql.lit(SEARCH_CONFIG)}, x.subject)
    from ${recordset(records, TICKET_COLUMNS)}
    on conflict (source, external_ref) where external_ref is not null do update set
      channel = excluded.channel, contact_id = excluded.contact_id, subject = excluded.subject, status = excluded.status,
      assignee_id = excluded.assignee_id, team_id = excluded.team_id, user_category = excluded.user_category,
      region_code = excluded.region_code, zone = excluded.zone, inside_service_hours = excluded.inside_service_hours,
      complaint = excluded.complaint, spam = excluded.spam, created_at = excluded.created_at, updated_at = now(),
      last_message_at = excluded.last_message_at, last_inbound_at = excluded.last_inbound_at,
      first_response_at = excluded.first_response_at, resolved_at = excluded.resolved_at, closed_at = excluded.closed_at,
      search = excluded.search
    returning id, external_ref, (xmax = 0) as inserted`.execute(trx);
  return rows;
}

/**
 * Writes a batch of ticket rows set-based: contacts, agents and teams first, then the
 * tickets, then what hangs on them (topics, the first message, escalation, rating).
 */
export async function writeTickets(trx: Db, rows: TicketRow[], state: TicketState, context: ImportContext): Promise<WriteCounts> {
  const existing = await existingTickets(trx, rows.map((r) => r.ref));
  const contacts = await resolveContacts(trx, rows.map((r) => ({
    identities: r.identities, name: r.name, institution: r.institution, regionCode: r.regionCode,
    userCategory: r.userCategory, existingContactId: existing.get(r.ref) ?? null, at: r.createdAt,
  })));
  await state.people.ensureAgents(trx, rows.flatMap((r) => (r.agent ? [r.agent] : [])), context);
  await state.people.ensureTeams(trx, rows.flatMap((r) => (r.escalation ? [r.escalation.team] : [])), context);
  const upserted = await upsertTickets(trx, rows.map((row, i) => ticketRecord(row, contacts[i] ?? 0, state)));
  const byRef = new Map(upserted.map((t) => [t.external_ref, t]));
  const stored: StoredTicket[] = rows.map((row, i) => {
    const ticket = byRef.get(row.ref);
    return { row, ticketId: Number(ticket?.id), contactId: contacts[i] ?? 0, inserted: ticket?.inserted ?? false };
  });
  await writeTicketDetails(trx, stored, state);
  return countUpserts(upserted);
}
