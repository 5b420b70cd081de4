import { Worker } from 'node:worker_threads';

export interface PgliteQueryResult {
  rows: Record<string, unknown>[];
  affectedRows: number;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Answer = { id: number; result?: unknown; error?: Record<string, unknown> };
/** Sent by the worker on its own, without an id: a NOTIFY on a channel we listen on. */
type Notification = { notification: { channel: string; payload: string } };
type NotificationCallback = (payload: string) => void;
type ChannelListeners = { callbacks: Set<NotificationCallback>; ready: Promise<unknown> };

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
  private readonly listeners = new Map<string, ChannelListeners>();
  private nextId = 1;
  private exited = false;

  private constructor(dataDir: string | undefined) {
    this.worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { dataDir } });
    this.worker.on('message', (message: Answer | Notification) => {
      if ('notification' in message) {
        this.notify(message.notification.channel, message.notification.payload);
        return;
      }
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

  /**
   * Calls back with each NOTIFY payload on the channel (after its transaction commits);
   * resolves once the LISTEN is in place, with a function that stops it. The LISTEN joins
   * whatever transaction is open on PGlite's single session, so run this where none is
   * (inside db.connection(), which waits for the connection like a transaction does).
   */
  async onNotification(channel: string, callback: NotificationCallback): Promise<() => Promise<void>> {
    let channelListeners = this.listeners.get(channel);
    if (!channelListeners) {
      channelListeners = { callbacks: new Set(), ready: this.request({ type: 'listen', channel }) };
      this.listeners.set(channel, channelListeners);
    }
    const entry = channelListeners;
    entry.callbacks.add(callback);
    try {
      await entry.ready;
    } catch (error) {
      this.forget(channel, entry, callback);
      throw error;
    }
    return async () => {
      if (this.forget(channel, entry, callback) && !this.exited) await this.request({ type: 'unlisten', channel });
    };
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

  private notify(channel: string, payload: string): void {
    for (const callback of this.listeners.get(channel)?.callbacks ?? []) callback(payload);
  }

  /** Drops one callback; true when it was the channel's last, so the LISTEN can end. */
  private forget(channel: string, entry: ChannelListeners, callback: NotificationCallback): boolean {
    entry.callbacks.delete(callback);
    if (entry.callbacks.size || this.listeners.get(channel) !== entry) return false;
    this.listeners.delete(channel);
    return true;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
