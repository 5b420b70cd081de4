import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import type { AuditActor } from '../auth/actor.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

const SECRET_FIELDS = new Set(['password', 'password_hash', 'token', 'token_hash', 'csrf_token']);

/** Secrets never reach the audit log, not even hashed. */
function redact(value: unknown): unknown {
  if (value === undefined || value === null || typeof value !== 'object') return value ?? null;
  if (Array.isArray(value)) return value.map(redact);
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, SECRET_FIELDS.has(key) ? '[redacted]' : redact(inner)]),
  );
}

/** Writes one audit row; call it with the transaction that makes the change. */
export async function recordAudit(db: Kysely<Database>, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const before = redact(entry.before);
  const after = redact(entry.after);
  await db
    .insertInto('audit_log')
    .values({
      actor_user_id: actor.userId,
      actor: actor.label,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      before: before === null ? null : json(before),
      after: after === null ? null : json(after),
      ip: actor.ip ?? null,
    })
    .execute();
}

export interface AuditQuery {
  entity?: string | undefined;
  entityId?: string | undefined;
  actor?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export async function listAudit(db: Kysely<Database>, query: AuditQuery) {
  let q = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(query.limit);
  if (query.entity) q = q.where('entity', '=', query.entity);
  if (query.entityId) q = q.where('entity_id', '=', query.entityId);
  if (query.actor) q = q.where('actor', '=', query.actor);
  if (query.beforeId) q = q.where('id', '<', query.beforeId);
  return q.execute();
}
