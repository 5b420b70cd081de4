import type { Command } from 'commander';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date and exit')
    .action(async () => {
      const config = loadConfig();
      const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const results = await migrateToLatest(handle.db);
        console.log(results.length ? results.map((r) => `${r.status}: ${r.migrationName}`).join('\n') : 'The database is up to date.');
      } finally {
        await handle.close();
      }
    });
}
