import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_DIR } from '../server/console.ts';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../platform/config.ts';
import { VERSION } from '../platform/version.ts';
import { buildApp } from '../server/app.ts';
import { ensureAdmin } from '../users/bootstrap.ts';
import { openMigrated } from './database.ts';
import { createJobRegistry } from '../jobs/registry.ts';
import { Worker } from '../jobs/worker.ts';
import { startSchedules } from '../jobs/schedule.ts';
import { createEventHub } from '../realtime/hub.ts';
import { startEmailChannel } from '../channels/email/runtime.ts';
import { seedDemoIfEmpty } from '../demo/startup.ts';

interface ServeOptions {
  demoIfEmpty?: boolean;
  worker: boolean;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Migrate the database and start the HTTP server (embedded PGlite unless DATABASE_URL is set)')
    .option('--demo-if-empty', 'create demo accounts and, on a database without tickets, 13 months of demo data when SAPA_DEMO allows it (npm start does this)')
    .option('--no-worker', 'do not run the outbox worker in this process (run `sapa worker` separately)')
    .action((options: ServeOptions) => serve(options));
}

async function serve(options: ServeOptions): Promise<void> {
  const config = loadConfig();
  const handle = await openMigrated(config);
  const admin = await ensureAdmin(handle.db, config.adminPassword);
  const demoStaff = options.demoIfEmpty ? await seedDemoIfEmpty(handle.db, { demo: config.demo, adminPassword: admin.password }) : [];
  const worker = options.worker ? new Worker(handle.db, createJobRegistry(handle.db, config)) : undefined;
  const hub = await createEventHub(handle);
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config, version: VERSION, pokeWorker: () => worker?.poke(), hub });
  const stop = async (): Promise<void> => {
    stopSchedules?.();
    await email?.close();
    await app.close();
    await hub.close();
    await worker?.stop();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const address = await app.listen({ port: config.port, host: config.host });
  worker?.start();
  const stopSchedules = worker ? startSchedules(handle.db) : undefined;
  const email = await startEmailChannel(handle.db, config.email, () => worker?.poke());
  logEmail(config, email.smtpPort);
  printWelcome(process.env.SAPA_PUBLIC_URL ? config.publicUrl : address, handle.kind === 'pglite' ? config.dataDir : 'PostgreSQL', admin, demoStaff);
}

function logEmail(config: Config, smtpPort: number | undefined): void {
  if (smtpPort !== undefined) console.log(`Email: SMTP listener on ${config.email.listen?.host}:${smtpPort}`);
  if (config.email.imap) console.log('Email: polling the IMAP mailbox of IMAP_URL');
}

function printWelcome(url: string, where: string, admin: { created: boolean; password?: string }, demoStaff: string[]): void {
  const consoleLine = existsSync(path.join(CONSOLE_DIR, 'index.html')) ? `  Konsol: ${url}/` : '  Konsol web belum dibangun: npm run build:web';
  const lines = [``, `Sapa ${VERSION} berjalan di ${url}  (data: ${where})`, consoleLine, `  API: ${url}/api/docs`];
  if (admin.password) lines.push(`  Login: admin / ${admin.password}   (kata sandi ini hanya ditampilkan sekali)`);
  else if (admin.created) lines.push('  Login: admin / the password in SAPA_ADMIN_PASSWORD');
  else lines.push('  Login: admin (or another account) with its password');
  if (demoStaff.length) lines.push(`  Demo accounts with the same password: ${demoStaff.join(', ')}`);
  console.log(lines.join('\n') + '\n');
}
