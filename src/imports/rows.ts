import { sql } from 'kysely';
import { Cells, RowProblem, headerIndex } from './cells.ts';
import type { RejectedWriter } from './rejected.ts';
import { SeenIds } from './seen-ids.ts';
import type { Source } from './source.ts';
import type { AnyKindSpec, Db, ImportContext } from './spec.ts';

export interface ImportCounts {
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
}

export interface RowsJob {
  db: Db;
  spec: AnyKindSpec;
  state: unknown;
  context: ImportContext;
  source: Source;
  rejected: RejectedWriter;
  batchSize: number;
  onProgress?: ((p: { rows: number; bytes: number; totalBytes: number }) => void) | undefined;
  onBatch?: ((counts: ImportCounts) => void | Promise<void>) | undefined;
}

const PROGRESS_EVERY_ROWS = 500;
/** Parsing yields to the event loop this often, so that the batch being written gets its answers without waiting for a whole file chunk. */
const YIELD_EVERY_ROWS = 50;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Collects good rows and commits them a batch at a time; rows sharing a batch key go to
 * different batches. One batch is written while the next is read and parsed (the database
 * works in another process or thread), never two at once: a batch sees what the one before
 * it committed (contacts, agents, teams).
 */
class Batches {
  private rows: unknown[] = [];
  private keys = new Set<string>();
  private writing: Promise<void> | undefined;

  constructor(private readonly job: RowsJob, private readonly counts: ImportCounts) {}

  async add(row: unknown): Promise<void> {
    const key = this.job.spec.batchKey?.(row);
    if (key !== undefined && this.keys.has(key)) await this.flush();
    this.rows.push(row);
    if (key !== undefined) this.keys.add(key);
    if (this.rows.length >= this.job.batchSize) await this.flush();
  }

  /** Starts writing the collected rows once the batch before has committed. */
  async flush(): Promise<void> {
    await this.settle();
    if (!this.rows.length) return;
    const rows = this.rows;
    this.rows = [];
    this.keys = new Set();
    this.writing = this.write(rows);
    // Awaited by the next flush or settle; until then a failure must not count as unhandled.
    this.writing.catch(() => undefined);
  }

  /** Waits for the batch being written (rethrowing its error). */
  async settle(): Promise<void> {
    const writing = this.writing;
    this.writing = undefined;
    await writing;
  }

  private async write(rows: unknown[]): Promise<void> {
    const { db, spec, state, context } = this.job;
    const written = await db.transaction().execute(async (trx) => {
      // A batch lost to a crash is written again by the re-run (imports are idempotent): no need to wait for the disk.
      await sql`set local synchronous_commit = off`.execute(trx);
      return spec.write(trx, rows, state, context);
    });
    this.counts.inserted += written.inserted;
    this.counts.updated += written.updated;
    await this.job.onBatch?.({ ...this.counts });
  }
}

/** A repeated id in one file: the second occurrence is rejected, naming the first. */
function checkDuplicate(seen: SeenIds, cells: Cells, column: string | null): void {
  if (!column) return;
  const id = cells.text(column);
  if (!id) return;
  const first = seen.firstLine(id, cells.line);
  if (first !== undefined) throw new RowProblem(column, id, `id ganda dalam berkas ini, pertama di baris ${first} (duplicate id in this file, first at line ${first})`);
}

/** More cells than the header has columns: usually a separator inside a value that was not quoted. */
function checkWidth(values: readonly string[], width: number): void {
  const extra = values.slice(width).map((value) => value.trim()).filter(Boolean);
  if (extra.length) {
    throw new RowProblem(`(kolom ${width + 1})`, extra.join(' | '),
      `baris ini punya ${values.length} kolom, judul hanya ${width}; beri tanda kutip pada nilai yang memuat pemisah (more cells than header columns: quote values that contain the separator)`);
  }
}

/** Reads every row: good ones go to the batches, bad ones to the rejected file. */
export async function importRows(job: RowsJob): Promise<ImportCounts> {
  const counts: ImportCounts = { read: 0, inserted: 0, updated: 0, rejected: 0 };
  const batches = new Batches(job, counts);
  const progress = () => job.onProgress?.({ rows: counts.read, bytes: job.source.bytesRead(), totalBytes: job.source.totalBytes });
  try {
    await readRows(job, batches, counts, progress);
    await batches.flush();
    await batches.settle();
  } catch (error) {
    // Never leave a batch being written behind an error: the caller closes the file and database next.
    await batches.settle().catch(() => undefined);
    throw error;
  }
  progress();
  return counts;
}

async function readRows(job: RowsJob, batches: Batches, counts: ImportCounts, progress: () => void): Promise<void> {
  const index = headerIndex(job.source.header);
  const seen = new SeenIds();
  for await (const record of job.source.rows) {
    counts.read++;
    if (counts.read % PROGRESS_EVERY_ROWS === 0) progress();
    if (counts.read % YIELD_EVERY_ROWS === 0) await nextTurn();
    const cells = new Cells(index, record.values, record.line);
    let row: unknown;
    try {
      checkWidth(record.values, job.source.header.length);
      checkDuplicate(seen, cells, job.spec.idColumn);
      row = job.spec.parse(cells, job.state);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      counts.rejected++;
      await job.rejected.write(record.values, record.line, error);
      continue;
    }
    await batches.add(row);
  }
}
