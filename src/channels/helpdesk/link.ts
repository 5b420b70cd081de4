import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Config } from '../../platform/config.ts';
import { safeEqual } from '../../auth/secrets.ts';
import { storedSigningKey } from '../../auth/signing-key.ts';

type Db = Kysely<Database>;

/** The public help-desk page; a ticket is followed at `/bantuan/tiket/<token>`. */
export const HELPDESK_PATH = '/bantuan';
const SIGNING_KEY = 'helpdesk.signing_key';
// The purpose is signed too: this key signs nothing else, a token means only "follow this ticket".
const PURPOSE = 'sapa-helpdesk-follow';

const helpdeskSigningKey = (db: Db): Promise<Buffer> => storedSigningKey(db, SIGNING_KEY);

const signature = (key: Buffer, ticketId: number): string =>
  createHmac('sha256', key).update(`${PURPOSE}:${ticketId}`).digest('base64url');

/** `<ticket id>.<signature>`: whoever holds it may read the ticket's public thread and reply. */
export async function helpdeskToken(db: Db, ticketId: number): Promise<string> {
  return `${ticketId}.${signature(await helpdeskSigningKey(db), ticketId)}`;
}

/** The ticket id a token names, or undefined for a malformed or forged token. */
export async function ticketIdOfToken(db: Db, token: string): Promise<number | undefined> {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const ticketId = Number(match[1]);
  const expected = signature(await helpdeskSigningKey(db), ticketId);
  return safeEqual(expected, match[2] ?? '') ? ticketId : undefined;
}

/** `/bantuan/tiket/<token>`, absolute when a public base URL is configured. */
export async function helpdeskFollowPath(db: Db, ticketId: number, baseUrl = ''): Promise<string> {
  return `${baseUrl.replace(/\/+$/, '')}${HELPDESK_PATH}/tiket/${await helpdeskToken(db, ticketId)}`;
}

/** The private follow link of a help-desk ticket (shown after submitting, emailed, used by live chat). */
export async function helpdeskFollowUrl(db: Db, config: Config, ticketId: number): Promise<string> {
  return helpdeskFollowPath(db, ticketId, config.publicUrl || '');
}
