import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';

/**
 * A key that signs one kind of private link or token (surveys, help-desk follow links,
 * booking status, live-chat visitors), made on first use and kept in settings under its own
 * name: every instance signs alike and nothing needs configuring.
 */
export async function storedSigningKey(db: Kysely<Database>, settingsKey: string): Promise<Buffer> {
  const stored = () => db.selectFrom('settings').select('value').where('key', '=', settingsKey).executeTakeFirst();
  let row = await stored();
  if (!row) {
    // Two first uses at once: one insert wins, both read the winner's key.
    await db.insertInto('settings').values({ key: settingsKey, value: json(randomBytes(32).toString('base64url')) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    row = await stored();
  }
  return Buffer.from(String(row?.value), 'base64url');
}
