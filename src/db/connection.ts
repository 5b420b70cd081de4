import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { PgliteClient } from './pglite/client.ts';
import { PgliteDialect } from './pglite/dialect.ts';
import { lockDataDir } from './lock.ts';
import { typeParsers } from './type-parsers.mjs';

export type DatabaseKind = 'pglite' | 'postgres';
export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseKind;
  /** Present on PostgreSQL: used for LISTEN/NOTIFY and pool statistics. */
  pool?: pg.Pool;
  /** Present on PostgreSQL: a dedicated LISTEN connection opens its own client with it. */
  connectionString?: string;
  /** Present on PGlite: its notifications reach the main thread through this client. */
  pglite?: PgliteClient;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL URL; without it the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; undefined means in memory (tests). */
  dataDir?: string | undefined;
  poolSize?: number;
}

function getTypeParser(oid: number, format?: 'text' | 'binary'): (text: string) => unknown {
  const ours = typeParsers[oid];
  if (ours && format !== 'binary') return ours;
  // pg-types declares its parsers as returning any; they return what pg always returned.
  return pg.types.getTypeParser(oid, format ?? 'text') as (text: string) => unknown;
}

export async function openPostgres(url: string, poolSize = 10): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: { getTypeParser } });
  // Fail fast with the server's own message when the URL is wrong.
  const probe = await pool.connect();
  probe.release();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', pool, connectionString: url, close: () => db.destroy() };
}

export async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const unlock = dataDir ? await lockDataDir(dataDir) : undefined;
  try {
    const client = await PgliteClient.open(dataDir);
    const db = new Kysely<Database>({ dialect: new PgliteDialect(client) });
    return {
      db,
      kind: 'pglite',
      pglite: client,
      async close() {
        await db.destroy();
        await unlock?.();
      },
    };
  } catch (error) {
    await unlock?.();
    throw error;
  }
}

export function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize) : openPglite(options.dataDir);
}
