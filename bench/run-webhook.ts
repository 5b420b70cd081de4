import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { Command } from 'commander';
import { benchWebhook, BENCH_DATABASE, DEFAULT_OPTIONS } from './webhook.ts';

// npm run bench:webhook [-- --db postgres,pglite --rates 250,500,1000,1500,2000,3000 --seconds 8]
const program = new Command('bench-webhook')
  .option('--db <kinds>', 'postgres, pglite or both', 'postgres,pglite')
  .option('--rates <list>', 'target rates, messages per second', DEFAULT_OPTIONS.rates.join(','))
  .option('--seconds <n>', 'measured seconds per rate', String(DEFAULT_OPTIONS.seconds))
  .option('--warmup <n>', 'warm-up seconds before each measurement', String(DEFAULT_OPTIONS.warmupSeconds))
  .option('--in-flight <n>', 'most requests outstanding at once', String(DEFAULT_OPTIONS.maxInFlight))
  .option('--quiet-wait <n>', 'seconds to wait, before each step, for other work on the machine to stop', String(DEFAULT_OPTIONS.quietWaitSeconds))
  .option('--pool <n>', 'the app\'s PostgreSQL pool size', String(DEFAULT_OPTIONS.poolSize))
  .option('--postgres <url>', `a PostgreSQL server (a database ${BENCH_DATABASE} is created on it)`, DEFAULT_OPTIONS.postgresUrl)
  .parse();
const opts = program.opts<{ db: string; rates: string; seconds: string; warmup: string; inFlight: string; quietWait: string; pool: string; postgres: string }>();

const number = (name: string, raw: string): number => {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not ${raw}`);
  return value;
};

for (const kind of opts.db.split(',').map((k) => k.trim())) {
  if (kind !== 'postgres' && kind !== 'pglite') throw new Error(`--db takes postgres and/or pglite, not ${kind}`);
  console.log(`webhook ingest on ${kind}:`);
  const load = os.loadavg();
  const result = await benchWebhook(kind, {
    postgresUrl: opts.postgres,
    rates: opts.rates.split(',').map((r) => number('--rates', r)),
    seconds: number('--seconds', opts.seconds),
    warmupSeconds: Number(opts.warmup),
    maxInFlight: number('--in-flight', opts.inFlight),
    poolSize: number('--pool', opts.pool),
    quietWaitSeconds: Number(opts.quietWait),
  });
  const cpus = os.cpus();
  const record = {
    benchmark: 'webhook',
    ...result,
    machine: { cpus: cpus.length, cpu_model: cpus[0]?.model ?? '?', memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, load_average_before: load.map((l) => Math.round(l * 100) / 100) },
    at: new Date().toISOString(),
  };
  await mkdir('bench/results', { recursive: true });
  await writeFile(`bench/results/webhook-${kind}.json`, JSON.stringify(record, null, 2) + '\n');
  console.table(result.steps.map((s) => ({
    'target/s': s.target_per_s,
    'achieved/s': s.achieved_per_s,
    'p50 ms': s.p50_ms,
    'p95 ms': s.p95_ms,
    'p99 ms': s.p99_ms,
    errors: s.errors,
    shed: s.shed,
    'server cpu %': s.server_cpu_pct,
    'server ELU': s.server_elu,
    'pg cpu %': s.postgres_cpu_pct ?? '-',
    'load cpu %': s.client_cpu_pct,
    'foreign cpu % of all': s.foreign_cpu_pct,
    ...(s.pool_waiting_max === undefined ? {} : { 'pool waiting': s.pool_waiting_max }),
    met: s.meets_target ? 'yes' : 'no',
  })));
  if (result.disturbed_attempts.length > 0) console.log(`run again because other work took > 15 % of the machine: ${result.disturbed_attempts.map((d) => `${d.target_per_s}/s`).join(', ')}`);
  console.log(`sustained ${result.sustained_per_s}/s (p99 ${result.p99_at_sustained_ms ?? '-'} ms), peak ${result.peak_achieved_per_s}/s`);
  console.log(`stored: ${result.stored.outbox_rows} outbox rows for ${result.stored.acknowledged} acknowledgements (${result.stored.matches ? 'match' : 'MISMATCH'}), ${result.stored.failed} failed`);
  if (result.pgbench) console.log(`pgbench: ${result.pgbench.tps} inserts/s (${result.pgbench.command}); ingest/insert ratio ${result.ratio_to_insert_rate}`);
  console.log(`written to bench/results/webhook-${kind}.json`);
}
