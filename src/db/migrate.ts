import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import type { Database } from './schema.ts';
import { migrations } from './migrations/index.ts';

/** Brings the schema up to date; safe to run from several instances at once (advisory lock). */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error');
    const where = failed ? ` in migration ${failed.migrationName}` : '';
    throw new Error(`Migration failed${where}: ${error instanceof Error ? error.message : JSON.stringify(error)}`, { cause: error });
  }
  return results;
}
