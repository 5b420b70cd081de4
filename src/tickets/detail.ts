import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { getContact } from '../contacts/service.ts';
import { visibleTicket } from './access.ts';
import { peopleOf, teamsOf, topicsOf } from './views.ts';
import { escalationsOfTicket } from './escalations.ts';

type Db = Kysely<Database>;

async function messagesOf(db: Db, ticketId: number) {
  const messages = await db
    .selectFrom('messages')
    .leftJoin('users', 'users.id', 'messages.author_user_id')
    .select(['messages.id', 'messages.direction', 'messages.kind', 'messages.body', 'messages.created_at', 'messages.delivery_status', 'messages.delivery_error', 'messages.metadata', 'messages.author_label', 'users.username as author_username', 'users.name as author_name'])
    .where('messages.ticket_id', '=', ticketId)
    .orderBy('messages.id')
    .execute();
  const ids = messages.map((m) => m.id);
  const attachments = ids.length
    ? await db.selectFrom('attachments').select(['id', 'message_id', 'filename', 'mime_type', 'size_bytes']).where('message_id', 'in', ids).orderBy('id').execute()
    : [];
  return messages.map(({ author_username, author_name, author_label, ...m }) => ({
    ...m,
    author: author_username ?? author_label ?? null,
    author_name: author_name ?? author_label ?? null,
    attachments: attachments.filter((a) => a.message_id === m.id).map(({ message_id: _, ...a }) => ({ ...a, url: `/api/attachments/${a.id}` })),
  }));
}

/** The whole ticket as the console and scripts see it: requester, conversation, topics, escalations. */
export async function getTicketDetail(db: Db, actor: Actor, id: number) {
  const ticket = await visibleTicket(db, actor, id);
  const [contact, messages, topics, people, teams, escalations] = await Promise.all([
    getContact(db, ticket.contact_id),
    messagesOf(db, id),
    topicsOf(db, [id]),
    peopleOf(db, [ticket.assignee_id]),
    teamsOf(db, [ticket.team_id]),
    escalationsOfTicket(db, id),
  ]);
  const { search: _search, contact_id: _contact, assignee_id, team_id, ...fields } = ticket;
  return {
    ...fields,
    requester: {
      id: contact.id, name: contact.name, phone: contact.phones[0] ?? null, email: contact.emails[0] ?? null,
      phones: contact.phones, emails: contact.emails, institution: contact.institution, region_code: contact.region_code, user_category: contact.user_category,
    },
    topics: topics.get(id) ?? [],
    assignee: assignee_id === null ? null : (people.get(assignee_id) ?? null),
    team: team_id === null ? null : (teams.get(team_id) ?? null),
    messages,
    escalations,
    // WhatsApp allows free-form replies only within 24 hours of the requester's last message.
    reply_window_expires_at: ticket.channel === 'whatsapp' && ticket.last_inbound_at ? new Date(ticket.last_inbound_at.getTime() + 24 * 3_600_000) : null,
  };
}
