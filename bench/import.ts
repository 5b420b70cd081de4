import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import pg from 'pg';
import { openPglite, openPostgres, type DatabaseHandle } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEFAULT_BATCH_SIZE, runImport } from '../src/imports/run.ts';
import { writeTicketsCsv } from './import-data.ts';

// npm run bench:import [-- --rows 1000000 --database postgres://postgres@127.0.0.1:5432/test --batch-size 1000]
const program = new Command('bench:import')
  .option('--rows <n>', 'ticket rows in the generated CSV', '1000000')
  .option('--database <url>', 'a PostgreSQL server (the database sapa_bench_import is created on it and dropped after); default: PGlite in a temporary folder')
  .option('--memory', 'PGlite in memory instead of a temporary folder (its data then counts in this process\'s memory)')
  .option('--batch-size <n>', 'rows per transaction', String(DEFAULT_BATCH_SIZE))
  .parse();
const options = program.opts<{ rows: string; database?: string; memory?: boolean; batchSize: string }>();
const BENCH_DATABASE = 'sapa_bench_import';
const MB = 1024 * 1024;

async function adminQuery(url: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(text);
  await admin.end();
}

async function freshDatabase(folder: string): Promise<DatabaseHandle> {
  if (!options.database) return openPglite(options.memory ? undefined : path.join(folder, 'pglite'));
  await adminQuery(options.database, `drop database if exists ${BENCH_DATABASE} with (force)`);
  await adminQuery(options.database, `create database ${BENCH_DATABASE}`);
  const target = new URL(options.database);
  target.pathname = `/${BENCH_DATABASE}`;
  return openPostgres(target.toString());
}

/** The process's resident memory, sampled every 100 ms; peak in MB. */
function sampleMemory() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  return { stop: () => (clearInterval(timer), Math.round(peak / MB)) };
}

const rows = Number(options.rows);
const database = options.database ? 'postgres' : 'pglite';
const folder = await mkdtemp(path.join(os.tmpdir(), 'sapa-bench-import-'));
try {
  const file = path.join(folder, 'tickets.csv');
  let started = performance.now();
  const bytes = await writeTicketsCsv(file, rows);
  const generateSeconds = (performance.now() - started) / 1000;
  console.log(`import on ${database}: ${rows.toLocaleString('id-ID')} rows, ${(bytes / MB).toFixed(1)} MB written in ${generateSeconds.toFixed(1)} s`);
  const handle = await freshDatabase(folder);
  await migrateToLatest(handle.db);
  const rssBefore = Math.round(process.memoryUsage.rss() / MB);
  // Other work on the machine slows the import down: recorded beside the result.
  const loadBefore = Math.round((os.loadavg()[0] ?? 0) * 10) / 10;
  const memory = sampleMemory();
  let lastReport = performance.now();
  started = performance.now();
  const summary = await runImport(handle.db, 'tickets', file, {
    batchSize: Number(options.batchSize),
    onProgress: (p) => {
      if (performance.now() - lastReport < 5000) return;
      lastReport = performance.now();
      const seconds = (lastReport - started) / 1000;
      console.log(`  ${p.rows.toLocaleString('id-ID')} rows, ${Math.round(p.rows / seconds).toLocaleString('id-ID')} rows/s, rss ${Math.round(process.memoryUsage.rss() / MB)} MB`);
    },
  });
  const importSeconds = (performance.now() - started) / 1000;
  const peakRss = memory.stop();
  await handle.close();
  if (options.database) await adminQuery(options.database, `drop database if exists ${BENCH_DATABASE} with (force)`);
  const record = {
    benchmark: 'import', kind: 'tickets', database, pglite_storage: options.database ? undefined : options.memory ? 'memory' : 'folder',
    rows, batch_size: Number(options.batchSize), file_mb: Math.round((bytes / MB) * 10) / 10,
    generate_seconds: Math.round(generateSeconds * 10) / 10, import_seconds: Math.round(importSeconds * 10) / 10,
    rows_per_second: Math.round(rows / importSeconds),
    read: summary.read, inserted: summary.inserted, updated: summary.updated, rejected: summary.rejected,
    rss_before_mb: rssBefore, peak_rss_mb: peakRss,
    // getrusage's high-water mark of the whole run, including generating the file and migrating (KB on Linux).
    max_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    machine: { cpus: os.cpus().length, memory_gb: Math.round(os.totalmem() / 2 ** 30), load_before: loadBefore },
    at: new Date().toISOString(),
  };
  await mkdir('bench/results', { recursive: true });
  await writeFile(`bench/results/import-${database}.json`, `${JSON.stringify(record, null, 2)}\n`);
  console.log(record);
  console.log(`written to bench/results/import-${database}.json`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
