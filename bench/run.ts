import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { Command } from 'commander';
import pg from 'pg';
import { openPglite, openPostgres, type DatabaseHandle } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { benchInbox } from './inbox.ts';

// npm run bench [-- --tickets 1000000 --db postgres,pglite --rounds 30]
const program = new Command('bench')
  .option('--tickets <n>', 'tickets to create', '1000000')
  .option('--rounds <n>', 'timed runs per query', '30')
  .option('--db <kinds>', 'postgres, pglite or both', 'postgres,pglite')
  .option('--postgres <url>', 'a PostgreSQL server (a database sapa_bench is created on it)', process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test')
  .parse();
const options = program.opts<{ tickets: string; rounds: string; db: string; postgres: string }>();

async function freshPostgres(url: string): Promise<DatabaseHandle> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('drop database if exists sapa_bench with (force)');
  await admin.query('create database sapa_bench');
  await admin.end();
  const target = new URL(url);
  target.pathname = '/sapa_bench';
  return openPostgres(target.toString());
}

for (const kind of options.db.split(',')) {
  const handle = kind === 'postgres' ? await freshPostgres(options.postgres) : await openPglite(undefined);
  await migrateToLatest(handle.db);
  const tickets = Number(options.tickets);
  console.log(`inbox on ${kind}: creating ${tickets.toLocaleString('id-ID')} tickets…`);
  const result = await benchInbox(handle, tickets, Number(options.rounds));
  await handle.close();
  const record = { benchmark: 'inbox', database: kind, tickets, rounds: Number(options.rounds), machine: { cpus: os.cpus().length, memory_gb: Math.round(os.totalmem() / 2 ** 30) }, at: new Date().toISOString(), ...result };
  await mkdir('bench/results', { recursive: true });
  await writeFile(`bench/results/inbox-${kind}.json`, JSON.stringify(record, null, 2) + '\n');
  console.table(result.results);
  console.log(`seeded in ${result.seed_seconds.toFixed(1)} s; written to bench/results/inbox-${kind}.json`);
}
