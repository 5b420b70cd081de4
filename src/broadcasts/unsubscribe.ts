import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { randomSecret, safeEqual } from '../auth/secrets.ts';

type Db = Kysely<Database>;

// One random secret per database, so that every instance signs and checks the same links.
const SETTING = 'broadcasts.unsubscribe_secret';
const secrets = new WeakMap<Db, Promise<string>>();

async function loadSecret(db: Db): Promise<string> {
  await db.insertInto('settings').values({ key: SETTING, value: json(randomSecret()) }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', SETTING).executeTakeFirstOrThrow();
  return String(row.value);
}

function secretOf(db: Db): Promise<string> {
  let secret = secrets.get(db);
  if (!secret) {
    secret = loadSecret(db);
    secret.catch(() => secrets.delete(db));
    secrets.set(db, secret);
  }
  return secret;
}

const sign = (secret: string, broadcastId: number, address: string): string =>
  createHmac('sha256', secret).update(`${broadcastId}\n${address}`).digest('base64url').slice(0, 32);

/** `<broadcast>.<address, base64url>.<signature>`: names who unsubscribes, and cannot be forged. */
export async function unsubscribeToken(db: Db, broadcastId: number, address: string): Promise<string> {
  const signature = sign(await secretOf(db), broadcastId, address);
  return `${broadcastId}.${Buffer.from(address, 'utf8').toString('base64url')}.${signature}`;
}

/** The broadcast and address of a genuine token; undefined for anything else. */
export async function readUnsubscribeToken(db: Db, token: string): Promise<{ broadcastId: number; address: string } | undefined> {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return undefined;
  const broadcastId = Number(match[1]);
  const address = Buffer.from(match[2]!, 'base64url').toString('utf8');
  return safeEqual(match[3]!, sign(await secretOf(db), broadcastId, address)) ? { broadcastId, address } : undefined;
}

export const unsubscribeUrl = (publicUrl: string, token: string): string => `${publicUrl.replace(/\/+$/, '')}/unsubscribe/${token}`;
