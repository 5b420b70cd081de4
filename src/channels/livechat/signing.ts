import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { storedSigningKey } from '../../auth/signing-key.ts';

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
    key = storedSigningKey(db, SIGNING_KEY);
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

/** An HMAC over the purpose and the text: a challenge signature never passes for a visitor token. */
export const sign = (key: Buffer, purpose: 'challenge' | 'visitor', text: string): string =>
  createHmac('sha256', key).update(`sapa-livechat-${purpose}:${text}`).digest('base64url');
