import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { closeIdleSessions } from '../chatbot/engine.ts';

/**
 * Periodic housekeeping beside the worker: chatbot sessions left idle end (and count as
 * "Tidak Dilanjutkan" when no menu was chosen). Idempotent, so several instances may run it.
 */
export function startSchedules(db: Kysely<Database>, log: { error(obj: object, msg: string): void } = { error: (obj, msg) => console.error(msg, obj) }): () => void {
  const tick = (): void => {
    closeIdleSessions(db, new Date()).catch((error: unknown) => log.error({ err: error }, 'closing idle chatbot sessions failed'));
  };
  const timer = setInterval(tick, 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
