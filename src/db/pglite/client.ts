import { Worker } from 'node:worker_threads';

export interface PgliteQueryResult {
  rows: Record<string, unknown>[];
  affectedRows: number;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** An error raised inside the worker, carrying PostgreSQL's fields (code, constraint, ...). */
export class PgliteError extends Error {
  code?: string;
  constraint?: string;
  detail?: string;
  constructor(fields: Record<string, unknown>) {
    super(String(fields.message));
    Object.assign(this, fields);
    this.name = 'PgliteError';
  }
}

/** Talks to the PGlite worker thread: one request at a time per caller, answered by id. */
export class PgliteClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private exited = false;

  private constructor(dataDir: string | undefined) {
    this.worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { dataDir } });
    this.worker.on('message', (message: { id: number; result?: unknown; error?: Record<string, unknown> }) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new PgliteError(message.error));
      else waiting.resolve(message.result);
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', () => {
      this.exited = true;
      this.failAll(new Error('The PGlite worker stopped'));
    });
  }

  /** Starts the worker and opens the database (in memory when dataDir is undefined). */
  static async open(dataDir: string | undefined): Promise<PgliteClient> {
    const client = new PgliteClient(dataDir);
    await client.request({ type: 'open' });
    return client;
  }

  query(sql: string, params: readonly unknown[]): Promise<PgliteQueryResult> {
    return this.request({ type: 'query', sql, params }) as Promise<PgliteQueryResult>;
  }

  /** Runs one or more statements without parameters (simple query protocol). */
  async exec(sql: string): Promise<void> {
    await this.request({ type: 'exec', sql });
  }

  async close(): Promise<void> {
    if (this.exited) return;
    await this.request({ type: 'close' });
    await this.worker.terminate();
  }

  private request(body: Record<string, unknown>): Promise<unknown> {
    if (this.exited) return Promise.reject(new Error('The PGlite worker has stopped'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id });
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
