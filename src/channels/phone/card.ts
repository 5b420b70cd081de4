import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { topicsOf } from '../../tickets/views.ts';
import { getCall } from './view.ts';

type Db = Kysely<Database>;

/** How many earlier tickets the card lists; the contact's page has the rest. */
const EARLIER_TICKETS = 20;

/** Who is calling: the contact with their institution, region, zone and category. */
async function callerCard(db: Db, contactId: number) {
  const contact = await db.selectFrom('contacts')
    .leftJoin('regions', 'regions.code', 'contacts.region_code')
    .leftJoin('user_categories', 'user_categories.code', 'contacts.user_category')
    .select(['contacts.id', 'contacts.name', 'contacts.institution', 'contacts.region_code', 'regions.name as region_name', 'regions.zone', 'contacts.user_category', 'user_categories.label as user_category_label', 'contacts.merged_into'])
    .where('contacts.id', '=', contactId).executeTakeFirst();
  if (!contact) return null;
  // A contact merged into another is shown as the one it became.
  if (contact.merged_into !== null && contact.merged_into !== contactId) return callerCard(db, contact.merged_into);
  const identities = await db.selectFrom('contact_identities').select(['kind', 'value']).where('contact_id', '=', contact.id).orderBy('created_at').execute();
  const { merged_into: _merged, ...card } = contact;
  return { ...card, phones: identities.filter((i) => i.kind === 'phone').map((i) => i.value), emails: identities.filter((i) => i.kind === 'email').map((i) => i.value) };
}

/** The caller's tickets on every channel, most recent first, without this call's own ticket. */
async function earlierTickets(db: Db, contactId: number, exceptTicketId: number | null) {
  let query = db.selectFrom('tickets')
    .select(['id', 'number', 'channel', 'status', 'subject', 'created_at', 'resolved_at', 'assignee_id'])
    .where('contact_id', '=', contactId)
    .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(EARLIER_TICKETS);
  if (exceptTicketId !== null) query = query.where('id', '!=', exceptTicketId);
  const tickets = await query.execute();
  const topics = await topicsOf(db, tickets.map((t) => t.id));
  return tickets.map((t) => ({ ...t, topics: topics.get(t.id) ?? [] }));
}

/** What the console pops up for a call (GET /api/calls/:id): the call, the caller's card and their earlier tickets. */
export async function callWithCard(db: Db, id: number) {
  const call = await getCall(db, id);
  const caller = call.contact_id === null ? null : await callerCard(db, call.contact_id);
  const earlier = caller ? await earlierTickets(db, caller.id, call.ticket_id) : [];
  return { call, caller, earlier_tickets: earlier };
}
