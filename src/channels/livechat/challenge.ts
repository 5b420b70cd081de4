import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { safeEqual } from '../../auth/secrets.ts';
import { livechatKey, sign } from './signing.ts';

type Db = Kysely<Database>;

/** How long a challenge may be answered: ample for filling in the form. */
const CHALLENGE_TTL_MS = 30 * 60_000;

export interface Challenge {
  /** `<nonce>.<expires ms>.<bits>.<signature>`: the server keeps nothing until it is answered. */
  token: string;
  bits: number;
  expiresAt: string;
}

/**
 * A proof of work instead of a CAPTCHA service: the browser finds a number such that
 * SHA-256("<token>:<number>") starts with `bits` zero bits (about 2^bits tries, a fraction
 * of a second in a browser, a real cost for a spammer's thousands).
 */
export async function issueChallenge(db: Db, bits: number, now = Date.now()): Promise<Challenge> {
  const expires = now + CHALLENGE_TTL_MS;
  const body = `${randomBytes(16).toString('base64url')}.${expires}.${bits}`;
  return { token: `${body}.${sign(await livechatKey(db), 'challenge', body)}`, bits, expiresAt: new Date(expires).toISOString() };
}

export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Finds an answer (what the widget does in the browser; tests use it too). */
export function solveChallenge(token: string, bits: number): string {
  for (let n = 0; ; n++) {
    if (leadingZeroBits(createHash('sha256').update(`${token}:${n}`).digest()) >= bits) return String(n);
  }
}

export type ChallengeOutcome = { ok: true; nonce: string; expires: Date } | { ok: false; reason: 'invalid' | 'expired' };

/** Checks an answer (signature, expiry, work done); the difficulty signed in must reach the configured one. */
export function checkChallenge(key: Buffer, token: string, answer: string, minBits: number, now = Date.now()): ChallengeOutcome {
  const match = /^([A-Za-z0-9_-]{22})\.(\d{13})\.(\d{1,2})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match || !/^\d{1,12}$/.test(answer)) return { ok: false, reason: 'invalid' };
  const [, nonce = '', expires = '', bits = '', signature = ''] = match;
  if (!safeEqual(sign(key, 'challenge', `${nonce}.${expires}.${bits}`), signature) || Number(bits) < minBits) return { ok: false, reason: 'invalid' };
  if (Number(expires) <= now) return { ok: false, reason: 'expired' };
  if (leadingZeroBits(createHash('sha256').update(`${token}:${answer}`).digest()) < Number(bits)) return { ok: false, reason: 'invalid' };
  return { ok: true, nonce, expires: new Date(Number(expires)) };
}

/** Spends a checked challenge in the caller's transaction; false when it was already used. */
export async function spendChallenge(db: Db, nonce: string, expires: Date): Promise<boolean> {
  // Spent challenges are kept until they expire anyway; older ones are cleared on the way.
  await db.deleteFrom('livechat_challenges').where('expires_at', '<', new Date()).execute();
  const spent = await db.insertInto('livechat_challenges').values({ nonce, expires_at: expires })
    .onConflict((oc) => oc.column('nonce').doNothing())
    .returning('nonce')
    .executeTakeFirst();
  return spent !== undefined;
}
