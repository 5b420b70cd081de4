import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { sql } from 'kysely';
import pg from 'pg';
import { openPglite, openPostgres, type DatabaseHandle } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { generateDemoData } from '../src/demo/generate.ts';
import { buildReport } from '../src/reports/report.ts';
import { renderReport, type ReportFormat } from '../src/reports/render/index.ts';
import { summarise } from './stats.ts';

// npm run bench:report [-- --db postgres,pglite --tickets 100000,1000000 --rounds 5]
const program = new Command('bench:report')
  .option('--db <list>', 'databases: postgres (BENCH_DATABASE_URL or TEST_DATABASE_URL), pglite', 'postgres,pglite')
  .option('--tickets <list>', 'tickets in the reported month, ascending', '100000,1000000')
  .option('--rounds <n>', 'timed runs of each step', '5')
  .option('--xlsx-max <n>', 'render the XLSX (with its sheet of every ticket) only up to this many tickets', '100000')
  .parse();
const options = program.opts<{ db: string; tickets: string; rounds: string; xlsxMax: string }>();
const MONTH = '2025-01';
const BENCH_DATABASE = 'sapa_bench_report';
const MB = 1024 * 1024;

async function adminQuery(url: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

function serverUrl(): string {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('Set BENCH_DATABASE_URL or TEST_DATABASE_URL for the PostgreSQL run');
  return url;
}

async function freshDatabase(kind: string, folder: string): Promise<DatabaseHandle> {
  if (kind === 'pglite') return openPglite(path.join(folder, 'pglite'));
  await adminQuery(serverUrl(), `drop database if exists ${BENCH_DATABASE} with (force)`);
  await adminQuery(serverUrl(), `create database ${BENCH_DATABASE}`);
  const target = new URL(serverUrl());
  target.pathname = `/${BENCH_DATABASE}`;
  return openPostgres(target.toString());
}

async function timed<T>(rounds: number, work: () => Promise<T>): Promise<{ ms: ReturnType<typeof summarise>; last: T }> {
  const samples: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    last = await work();
    samples.push(performance.now() - started);
  }
  return { ms: summarise(samples), last: last as T };
}

/** Fills MONTH with `tickets` tickets (and 12 earlier months of 1,000) and measures the report. */
async function measure(handle: DatabaseHandle, tickets: number, rounds: number) {
  const started = performance.now();
  await generateDemoData(handle.db, { months: 13, seed: 1, endMonth: MONTH, ticketsPerMonth: 1000, scale: { month: MONTH, tickets }, now: new Date() });
  const generateSeconds = Math.round((performance.now() - started) / 100) / 10;
  await sql`vacuum analyze`.execute(handle.db);
  console.log(`  ${tickets.toLocaleString('id-ID')} tickets generated in ${generateSeconds} s`);
  const json = await timed(rounds, () => buildReport(handle.db, MONTH));
  console.log(`  report JSON: p50 ${json.ms.p50} ms, max ${json.ms.max} ms (total ${json.last.consultations.total.value})`);
  const renders: Partial<Record<ReportFormat, { ms: ReturnType<typeof summarise>; bytes: number }>> = {};
  const formats: ReportFormat[] = tickets <= Number(options.xlsxMax) ? ['pptx', 'pdf', 'xlsx'] : ['pptx', 'pdf'];
  for (const format of formats) {
    const result = await timed(format === 'xlsx' ? 1 : rounds, () => renderReport(handle.db, json.last, format));
    renders[format] = { ms: result.ms, bytes: result.last.length };
    console.log(`  ${format}: p50 ${result.ms.p50} ms, max ${result.ms.max} ms, ${Math.round(result.last.length / 1024)} KB`);
  }
  return { tickets, reported_total: json.last.consultations.total.value, generate_seconds: generateSeconds, report_json_ms: json.ms, renders };
}

const rounds = Number(options.rounds);
for (const kind of options.db.split(',')) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'sapa-bench-report-'));
  const handle = await freshDatabase(kind, folder);
  try {
    await migrateToLatest(handle.db);
    console.log(`report on ${kind}`);
    const runs = [];
    for (const tickets of options.tickets.split(',').map(Number)) runs.push(await measure(handle, tickets, rounds));
    const record = {
      benchmark: 'report', database: kind, month: MONTH, rounds, runs,
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      machine: { cpus: os.cpus().length, memory_gb: Math.round(os.totalmem() / 2 ** 30), load: os.loadavg().map((l) => Math.round(l * 10) / 10) },
      at: new Date().toISOString(),
      rss_now_mb: Math.round(process.memoryUsage.rss() / MB),
    };
    await mkdir('bench/results', { recursive: true });
    await writeFile(`bench/results/report-${kind}.json`, `${JSON.stringify(record, null, 2)}\n`);
    console.log(`written to bench/results/report-${kind}.json`);
  } finally {
    await handle.close();
    if (kind === 'postgres') await adminQuery(serverUrl(), `drop database if exists ${BENCH_DATABASE} with (force)`);
    await rm(folder, { recursive: true, force: true });
  }
}
