import { sql, type Kysely } from 'kysely';

/** Runs statements one by one: a prepared statement may hold only one command. */
export async function runStatements(db: Kysely<unknown>, statements: readonly string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/** jsonb columns take text: serialised here so that pg and PGlite receive the same. */
export const json = (value: unknown): string => JSON.stringify(value);
