import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;
type Kind = 'phone' | 'email';

export interface OptOut {
  kind: Kind;
  value: string;
  channel: string;
  source: string;
}

const CHUNK = 1000;

/** Records that an address wants no more blasts; the first request is kept. Returns whether it is new. */
export async function recordOptOut(db: Db, optOut: OptOut): Promise<boolean> {
  const row = await db
    .insertInto('opt_outs')
    .values({ kind: optOut.kind, value: optOut.value, channel: optOut.channel, source: optOut.source.slice(0, 300) })
    .onConflict((oc) => oc.columns(['kind', 'value']).doNothing())
    .returning('value')
    .executeTakeFirst();
  return row !== undefined;
}

/** The address receives blasts again. Returns whether it had opted out. */
export async function removeOptOut(db: Db, kind: Kind, value: string): Promise<boolean> {
  const result = await db.deleteFrom('opt_outs').where('kind', '=', kind).where('value', '=', value).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Which of these addresses opted out (looked up in chunks, so any list size works). */
export async function optedOutAmong(db: Db, kind: Kind, values: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < values.length; i += CHUNK) {
    const rows = await db.selectFrom('opt_outs').select('value').where('kind', '=', kind).where('value', 'in', values.slice(i, i + CHUNK)).execute();
    for (const r of rows) out.add(r.value);
  }
  return out;
}

export async function listOptOuts(db: Db, limit = 200, offset = 0) {
  return db.selectFrom('opt_outs').selectAll().orderBy('at', 'desc').orderBy('value').limit(limit).offset(offset).execute();
}

// Words a WhatsApp user sends to stop or restart blasts (compared in upper case, punctuation ignored).
const STOP_WORDS = new Set(['BERHENTI', 'STOP', 'BERHENTI LANGGANAN', 'UNSUBSCRIBE']);
const START_WORDS = new Set(['MULAI', 'START', 'LANGGANAN']);

export const STOP_REPLY =
  'Anda telah berhenti berlangganan pesan siaran Contact Center DJPK. Anda tetap dapat bertanya kapan saja melalui nomor ini. Kirim MULAI untuk berlangganan kembali.';
export const START_REPLY = 'Anda kembali berlangganan pesan siaran Contact Center DJPK. Kirim BERHENTI untuk berhenti berlangganan.';

const keyword = (text: string): string => text.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();

/**
 * A WhatsApp message that is exactly a stop word records an opt-out; a start word from
 * someone who opted out removes it. Returns the confirmation to send back, or undefined when
 * the message is not such a keyword (it then goes to the ticket or the chatbot as usual).
 */
export async function handleBroadcastKeyword(db: Db, phone: string, text: string): Promise<{ type: 'text'; body: string } | undefined> {
  const word = keyword(text);
  if (STOP_WORDS.has(word)) {
    await recordOptOut(db, { kind: 'phone', value: phone, channel: 'whatsapp', source: `keyword ${word}` });
    return { type: 'text', body: STOP_REPLY };
  }
  if (START_WORDS.has(word) && (await removeOptOut(db, 'phone', phone))) return { type: 'text', body: START_REPLY };
  return undefined;
}
