import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ParsedEmail } from './parse.ts';

type Db = Kysely<Database>;

/** How a Message-ID is stored in messages.external_id, for mail received and mail sent alike. */
export const mailExternalId = (messageId: string): string => `mail:${messageId}`;

/** The ticket token Sapa puts in subjects: "[#1234]" (tickets.number). */
export const ticketToken = (number: number): string => `[#${number}]`;
const TOKEN = /\[#(\d{1,9})\]/;

async function byToken(db: Db, subject: string): Promise<number | undefined> {
  const number = TOKEN.exec(subject)?.[1];
  if (!number) return undefined;
  const row = await db.selectFrom('tickets').select('id').where('number', '=', Number(number)).executeTakeFirst();
  return row?.id;
}

/** In-Reply-To first, then References from the newest (last) to the oldest. */
async function byHeaders(db: Db, parsed: ParsedEmail): Promise<number | undefined> {
  const ids = [...new Set([parsed.inReplyTo, ...[...parsed.references].reverse()].filter((id): id is string => !!id))].slice(0, 50);
  if (!ids.length) return undefined;
  const rows = await db.selectFrom('messages').select(['external_id', 'ticket_id']).where('external_id', 'in', ids.map(mailExternalId)).execute();
  const ticketOf = new Map(rows.map((r) => [r.external_id, r.ticket_id]));
  for (const id of ids) {
    const ticketId = ticketOf.get(mailExternalId(id));
    if (ticketId !== undefined) return ticketId;
  }
  return undefined;
}

/**
 * The ticket an email continues: the token in the subject, then the Message-IDs it answers
 * (mail Sapa received or sent); undefined for a new request.
 */
export async function findThread(db: Db, parsed: ParsedEmail): Promise<number | undefined> {
  return (await byToken(db, parsed.subject)) ?? (await byHeaders(db, parsed));
}
