// Runs PGlite in its own thread, so that a long query never blocks the server's event loop.
// Plain JS: a worker thread starts without the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { typeParsers } from '../type-parsers.mjs';

/** @typedef {{ id: number, type: 'open' | 'query' | 'exec' | 'listen' | 'unlisten' | 'close', sql?: string, params?: unknown[], channel?: string }} Request */

const port = parentPort;
if (!port) throw new Error('worker.mjs runs only as a worker thread');
const dataDir = /** @type {{ dataDir?: string }} */ (workerData).dataDir ?? undefined;
/** @type {PGlite | undefined} */
let db;
/** Channels this thread LISTENs on, with PGlite's unsubscribe for each. @type {Map<string, () => Promise<void>>} */
const listening = new Map();

/** PostgreSQL's error fields survive the trip to the main thread. */
function serialiseError(/** @type {unknown} */ error) {
  const source = /** @type {Record<string, unknown>} */ (error ?? {});
  /** @type {Record<string, unknown>} */
  const out = { message: error instanceof Error ? error.message : String(error) };
  for (const key of ['code', 'detail', 'hint', 'constraint', 'table', 'column', 'schema', 'severity', 'position']) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  return out;
}

/** Notifications carry no id: they are not answers, and the main thread routes them by channel. */
async function listen(/** @type {string} */ channel) {
  if (listening.has(channel)) return;
  const forward = (/** @type {string} */ payload) => port?.postMessage({ notification: { channel, payload } });
  listening.set(channel, await open().listen(channel, forward));
}

async function unlisten(/** @type {string} */ channel) {
  const stop = listening.get(channel);
  listening.delete(channel);
  await stop?.();
}

function open() {
  if (!db) throw new Error('the database is not open');
  return db;
}

async function handle(/** @type {Request} */ request) {
  switch (request.type) {
    case 'open':
      db = await PGlite.create(dataDir, { parsers: typeParsers });
      return { ok: true };
    case 'query': {
      const result = await open().query(request.sql ?? '', request.params ?? [], { rowMode: 'object' });
      return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
    }
    case 'exec':
      await open().exec(request.sql ?? '');
      return { ok: true };
    case 'listen':
      await listen(request.channel ?? '');
      return { ok: true };
    case 'unlisten':
      await unlisten(request.channel ?? '');
      return { ok: true };
    case 'close':
      if (db && !db.closed) await db.close();
      return { ok: true };
  }
}

port.on('message', (/** @type {Request} */ request) => {
  handle(request).then(
    (result) => port.postMessage({ id: request.id, result }),
    (error) => port.postMessage({ id: request.id, error: serialiseError(error) }),
  );
});
