import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { json } from '../../db/sql.ts';

type Db = Kysely<Database>;

const SIGNING_KEY = 'livechat.signing_key';
const keys = new WeakMap<Db, Promise<Buffer>>();

/**
 * The key that signs challenges and visitor tokens: made on first use and kept in settings,
 * so every instance signs alike without extra configuration. Cached per database.
 */
export function livechatKey(db: Db): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    key = (async () => {
      const stored = () => db.selectFrom('settings').select('value').where('key', '=', SIGNING_KEY).executeTakeFirst();
      let row = await stored();
      if (!row) {
        // Two first uses at once: one insert wins, both read the winner's key.
        await db.insertInto('settings').values({ key: SIGNING_KEY, value: json(randomBytes(32).toString('base64url')) })
          .onConflict((oc) => oc.column('key').doNothing())
          .execute();
        row = await stored();
      }
      return Buffer.from(String(row?.value), 'base64url');
    })();
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

/** An HMAC over the purpose and the text: a challenge signature never passes for a visitor token. */
export const sign = (key: Buffer, purpose: 'challenge' | 'visitor', text: string): string =>
  createHmac('sha256', key).update(`sapa-livechat-${purpose}:${text}`).digest('base64url');
