import type { Command } from 'commander';
import { loadConfig } from '../platform/config.ts';
import { createJobRegistry } from '../jobs/registry.ts';
import { Worker } from '../jobs/worker.ts';
import { startSchedules } from '../jobs/schedule.ts';
import { openMigrated } from './database.ts';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Run the outbox worker without serving HTTP')
    .action(async () => {
      const config = loadConfig();
      const handle = await openMigrated(config);
      const worker = new Worker(handle.db, createJobRegistry(handle.db, config));
      const stop = async (): Promise<void> => {
        // The running job finishes and unstarted ones go back to the queue before we exit.
        stopSchedules();
        await worker.stop();
        await handle.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      worker.start();
      const stopSchedules = startSchedules(handle.db);
      console.log(`Sapa outbox worker ${worker.id} berjalan (data: ${handle.kind === 'pglite' ? config.dataDir : 'PostgreSQL'})`);
    });
}
