import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { jakartaMonthRange } from '../../platform/month.ts';

export type Db = Kysely<Database>;

/** The tickets created in a month (Asia/Jakarta): a ticket belongs to the month it was created in. */
export function ticketsOf(db: Db, month: string) {
  const { from, to } = jakartaMonthRange(month);
  return db.selectFrom('tickets').where('tickets.created_at', '>=', from).where('tickets.created_at', '<', to);
}

/** Text ordered byte-wise, so that PGlite and any PostgreSQL server (whatever its locale) order alike. */
export const byText = (column: string): RawBuilder<unknown> => sql`${sql.ref(column)} collate "C"`;

/** Byte order in JavaScript, as the database's `collate "C"`, so that ties fall the same way everywhere. */
export const textOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Rows of (key, count) as a map; counts come back as numbers (db/type-parsers.mjs), Number() guards the type. */
export const countMap = (rows: readonly { key: string | null; count: number | string | bigint }[]): Map<string, number> =>
  new Map(rows.map((r) => [r.key ?? '', Number(r.count)]));
