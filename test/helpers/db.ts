import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { TEST_DATABASE_PREFIX, adminUrl, databaseUrl } from './postgres-urls.ts';

export type TestDatabaseKind = 'pglite' | 'postgres';

export const testDatabaseKind = (): TestDatabaseKind => (process.env.SAPA_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of the kind this test project runs on; close() drops it. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testDatabaseKind() === 'pglite') {
    const handle = await openPglite(undefined);
    await migrateToLatest(handle.db);
    return handle;
  }
  const name = `${TEST_DATABASE_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`create database "${name}" template "${inject('postgresTemplate')}"`);
  const handle = await openPostgres(databaseUrl(name), 5);
  return {
    ...handle,
    async close() {
      await handle.close();
      // Without FORCE the server waits (up to 5 s) for our closing connections to go; forcing at
      // once could reach a client mid-goodbye, whose error then surfaces as uncaught.
      await adminQuery(`drop database if exists "${name}"`).catch(() => adminQuery(`drop database if exists "${name}" with (force)`));
    },
  };
}
