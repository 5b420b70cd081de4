// Runs PGlite in its own thread, so that a long query never blocks the server's event loop.
// Plain JS: a worker thread starts without the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { typeParsers } from '../type-parsers.mjs';

/** @typedef {{ id: number, type: 'open' | 'query' | 'exec' | 'close', sql?: string, params?: unknown[] }} Request */

const port = parentPort;
if (!port) throw new Error('worker.mjs runs only as a worker thread');
const dataDir = /** @type {{ dataDir?: string }} */ (workerData).dataDir ?? undefined;
/** @type {PGlite | undefined} */
let db;

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
