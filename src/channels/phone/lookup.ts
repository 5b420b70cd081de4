import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { normalisePhone } from '../../contacts/identity.ts';
import { getRegionMatcher } from '../../directory/region-service.ts';
import { validation, type ErrorDetail } from '../../platform/errors.ts';

type Db = Kysely<Database>;

/** The contact who has this number on any channel (WhatsApp, a form, an earlier call), if any. */
export async function contactByPhone(db: Db, phone: string | null): Promise<number | null> {
  if (!phone) return null;
  const row = await db.selectFrom('contact_identities').select('contact_id').where('kind', '=', 'phone').where('value', '=', phone).executeTakeFirst();
  return row?.contact_id ?? null;
}

/** E.164 for a number a person can be called back on; null for internal or withheld numbers. */
export const callerPhone = (number: string | null | undefined): string | null => (number ? normalisePhone(number) : null);

/** A region as typed ("Kab. Bogor", "32.01") to its code; field names where the problem is. */
export async function regionCodeOf(db: Db, typed: string | null | undefined, field: string): Promise<string | null> {
  if (!typed?.trim()) return null;
  const result = (await getRegionMatcher(db)).match(typed);
  switch (result.status) {
    case 'matched': return result.region.code;
    case 'ambiguous':
      throw validation(`The region "${typed}" is ambiguous`, [{ field, message: `Did you mean ${result.candidates.map((c) => `${c.name} (${c.code})`).join(' or ')}?`, value: typed }]);
    case 'unknown':
      throw validation(`Unknown region "${typed}"`, [{ field, message: 'Use a Kemendagri code or a name such as "Kab. Bogor"', value: typed }]);
  }
}

/** Topic and user-category codes must exist (the foreign keys would otherwise fail as a 500). */
export async function checkCodes(db: Db, topics: readonly string[], userCategory: string | null | undefined): Promise<void> {
  const problems: ErrorDetail[] = [];
  if (topics.length) {
    const known = new Set((await db.selectFrom('topics').select('code').where('code', 'in', [...topics]).execute()).map((t) => t.code));
    for (const code of topics) if (!known.has(code)) problems.push({ field: 'topics', message: 'Unknown topic code (see GET /api/topics)', value: code });
  }
  if (userCategory) {
    const found = await db.selectFrom('user_categories').select('code').where('code', '=', userCategory).executeTakeFirst();
    if (!found) problems.push({ field: 'user_category', message: 'Unknown user category (pemda, kl, akademisi, lainnya...)', value: userCategory });
  }
  if (problems.length) throw validation('Some codes are not known to Sapa', problems);
}
