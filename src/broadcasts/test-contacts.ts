import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface TestContact {
  name: string;
  phone?: string;
  email?: string;
  regionCode?: string | null;
  category?: string | null;
  institution?: string | null;
  undeliverable?: boolean;
}

/** For tests: inserts contacts with their identities in bulk (fast enough for thousands); returns their ids in order. */
export async function addContacts(db: Kysely<Database>, contacts: TestContact[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < contacts.length; i += 500) {
    const chunk = contacts.slice(i, i + 500);
    const rows = await db
      .insertInto('contacts')
      .values(chunk.map((c) => ({ name: c.name, region_code: c.regionCode ?? null, user_category: c.category ?? null, institution: c.institution ?? null })))
      .returning('id')
      .execute();
    const identities = chunk.flatMap((c, j) => [
      ...(c.phone ? [{ kind: 'phone' as const, value: c.phone, contact_id: rows[j]!.id, undeliverable: c.undeliverable ?? false }] : []),
      ...(c.email ? [{ kind: 'email' as const, value: c.email, contact_id: rows[j]!.id, undeliverable: c.undeliverable ?? false }] : []),
    ]);
    if (identities.length) await db.insertInto('contact_identities').values(identities).execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}
