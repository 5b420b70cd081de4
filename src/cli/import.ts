import { Argument, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig, type Config } from '../platform/config.ts';
import { AppError } from '../platform/errors.ts';
import { formatNumber } from '../platform/format.ts';
import { CLI_ACTOR } from '../auth/actor.ts';
import { DEFAULT_BATCH_SIZE, IMPORT_KINDS, runImport, type ImportKind, type ImportProgress, type ImportSummary } from '../imports/run.ts';
import { fileSize, formatOf } from '../imports/source.ts';
import { withDatabase } from './database.ts';

const MB = 1024 * 1024;

/** What the user reads after an import: the counts, where the rejected rows went, who and what was created. */
export function formatSummary(summary: ImportSummary): string {
  const lines = [
    `Impor ${summary.kind} selesai (import finished): ${summary.file}`,
    `  dibaca (read):          ${formatNumber(summary.read)}`,
    `  ditambahkan (inserted): ${formatNumber(summary.inserted)}`,
    `  diperbarui (updated):   ${formatNumber(summary.updated)}`,
    `  ditolak (rejected):     ${formatNumber(summary.rejected)}${summary.rejectedFile ? ` -> ${summary.rejectedFile}` : ''}`,
  ];
  if (summary.createdAgents.length) lines.push(`  agen baru tanpa login (created agents): ${summary.createdAgents.join(', ')}`);
  if (summary.createdTeams.length) lines.push(`  tim baru tanpa anggota (created teams): ${summary.createdTeams.join(', ')}`);
  return lines.join('\n');
}

/** A bar of the bytes read, on a terminal only: piped output gets just the summary. */
function progressBar(kind: ImportKind, stream: NodeJS.WriteStream): { update(p: ImportProgress): void; stop(): void } | undefined {
  if (!stream.isTTY) return undefined;
  const bar = new cliProgress.SingleBar({
    stream,
    format: `Impor ${kind} |{bar}| {percentage}% | {done}/{size} MB | {rows} baris`,
    hideCursor: true,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(p) {
      const payload = { rows: formatNumber(p.rows), done: (p.bytes / MB).toFixed(1), size: (p.totalBytes / MB).toFixed(1) };
      if (!started) bar.start(p.totalBytes, p.bytes, payload);
      else bar.update(p.bytes, payload);
      started = true;
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function batchSizeOf(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new AppError('validation', `--batch-size ${text}: harus bilangan bulat >= 1 (must be a whole number >= 1)`);
  return value;
}

/** The command's work, callable from tests: imports the file and prints the summary. */
export async function importCommand(kind: ImportKind, file: string, options: { batchSize?: string }, config: Config = loadConfig(), out: NodeJS.WriteStream = process.stdout): Promise<ImportSummary> {
  const batchSize = batchSizeOf(options.batchSize ?? String(DEFAULT_BATCH_SIZE));
  // A mistyped path or format is reported before the database is opened.
  formatOf(file);
  await fileSize(file);
  const bar = progressBar(kind, out);
  let summary: ImportSummary;
  try {
    summary = await withDatabase(config, (h) => runImport(h.db, kind, file, { actor: CLI_ACTOR, batchSize, onProgress: (p) => bar?.update(p) }));
  } finally {
    bar?.stop();
  }
  out.write(`${formatSummary(summary)}\n`);
  return summary;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Import history from a CSV or XLSX file (formats: docs/import.md); rejected rows go to FILE.rejected.csv')
    .addArgument(new Argument('<kind>', 'what the file holds').choices(IMPORT_KINDS))
    .argument('<file>', 'the .csv or .xlsx file')
    .option('--batch-size <rows>', 'rows per transaction', String(DEFAULT_BATCH_SIZE))
    .action(async (kind: ImportKind, file: string, options: { batchSize?: string }) => {
      await importCommand(kind, file, options);
    });
}
