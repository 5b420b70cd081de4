import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import type { RowProblem } from './cells.ts';

export const REJECTED_COLUMNS = ['line', 'column', 'value', 'reason'] as const;

/** `FILE.rejected.csv` beside the input. */
export const rejectedPathOf = (filePath: string): string => `${filePath}.rejected.csv`;

/**
 * Writes the rejected rows as they come: the original cells, then where and why. The file is
 * created at the first rejected row, and a stale one from an earlier run is removed first,
 * so that the file beside the input always belongs to the last run.
 */
export class RejectedWriter {
  private out: Stringifier | undefined;
  private done: Promise<void> | undefined;
  private rows = 0;

  private constructor(readonly path: string, private readonly header: readonly string[], private readonly format: { delimiter: string; bom: boolean }) {}

  static async create(path: string, header: readonly string[], format: { delimiter: string; bom: boolean }): Promise<RejectedWriter> {
    await rm(path, { force: true });
    return new RejectedWriter(path, header, format);
  }

  get count(): number {
    return this.rows;
  }

  async write(values: readonly string[], line: number, problem: RowProblem): Promise<void> {
    const out = this.out ?? this.open();
    const cells = this.header.map((_, i) => values[i] ?? '');
    this.rows++;
    if (!out.write([...cells, String(line), problem.column, problem.value, problem.reason])) await once(out, 'drain');
  }

  /** Finishes the file; its path when a row was rejected, else null. */
  async close(): Promise<string | null> {
    if (!this.out) return null;
    this.out.end();
    await this.done;
    return this.path;
  }

  private open(): Stringifier {
    const out = stringify({ delimiter: this.format.delimiter, bom: this.format.bom, record_delimiter: 'windows' });
    const file = createWriteStream(this.path);
    out.pipe(file);
    this.done = finished(file);
    // Awaited in close(); a write error before then must not be an unhandled rejection.
    this.done.catch(() => undefined);
    out.write([...this.header, ...REJECTED_COLUMNS]);
    this.out = out;
    return out;
  }
}
