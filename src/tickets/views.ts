import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface PersonRef {
  id: number;
  username: string;
  name: string;
}

/** Requesters of a page of tickets: name, first phone and email, region. */
export async function requestersOf(db: Db, contactIds: number[]) {
  if (!contactIds.length) return new Map<number, { name: string; phone: string | null; email: string | null; region_code: string | null; institution: string | null; user_category: string | null }>();
  const contacts = await db.selectFrom('contacts').select(['id', 'name', 'region_code', 'institution', 'user_category']).where('id', 'in', contactIds).execute();
  const identities = await db
    .selectFrom('contact_identities')
    .select(['contact_id', 'kind', 'value'])
    .where('contact_id', 'in', contactIds)
    .orderBy('created_at')
    .execute();
  const first = (id: number, kind: 'phone' | 'email') => identities.find((i) => i.contact_id === id && i.kind === kind)?.value ?? null;
  return new Map(contacts.map((c) => [c.id, { name: c.name, phone: first(c.id, 'phone'), email: first(c.id, 'email'), region_code: c.region_code, institution: c.institution, user_category: c.user_category }]));
}

export async function topicsOf(db: Db, ticketIds: number[]): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  if (!ticketIds.length) return map;
  const rows = await db.selectFrom('ticket_topics').select(['ticket_id', 'topic_code']).where('ticket_id', 'in', ticketIds).orderBy('topic_code').execute();
  for (const row of rows) map.set(row.ticket_id, [...(map.get(row.ticket_id) ?? []), row.topic_code]);
  return map;
}

export async function peopleOf(db: Db, userIds: (number | null)[]): Promise<Map<number, PersonRef>> {
  const ids = [...new Set(userIds.filter((id): id is number => id !== null))];
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'username', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((u) => [u.id, u]));
}

export async function teamsOf(db: Db, teamIds: (number | null)[]) {
  const ids = [...new Set(teamIds.filter((id): id is number => id !== null))];
  if (!ids.length) return new Map<number, { id: number; code: string; name: string }>();
  const rows = await db.selectFrom('teams').select(['id', 'code', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((t) => [t.id, t]));
}
