import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AuditActor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/service.ts';
import { notFound, validation } from '../../platform/errors.ts';

type Db = Kysely<Database>;

export interface ExtensionRow {
  extension: string;
  user_id: number;
  username: string;
  name: string;
  updated_at: Date;
}

const listQuery = (db: Db) =>
  db.selectFrom('phone_extensions').innerJoin('users', 'users.id', 'phone_extensions.user_id')
    .select(['phone_extensions.extension', 'phone_extensions.user_id', 'users.username', 'users.name', 'phone_extensions.updated_at']);

export const listExtensions = (db: Db): Promise<ExtensionRow[]> => listQuery(db).orderBy('phone_extensions.extension').execute();

/** The active Layer 1 user (agent, supervisor, admin) whose desk phone this is; null for an unknown one. */
export async function agentOfExtension(db: Db, extension: string | null): Promise<number | null> {
  if (!extension) return null;
  const row = await db.selectFrom('phone_extensions').innerJoin('users', 'users.id', 'phone_extensions.user_id')
    .select('users.id').where('phone_extensions.extension', '=', extension).where('users.active', '=', true).where('users.role', '!=', 'l2')
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Gives an extension to a user: one extension per user and one user per extension, so the
 * user's previous extension and the extension's previous user are both let go. Audited.
 */
export async function setExtension(db: Db, actor: AuditActor, extension: string, userId: number): Promise<ExtensionRow> {
  return db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').select(['role', 'active']).where('id', '=', userId).executeTakeFirst();
    if (!user?.active || user.role === 'l2') {
      throw validation('Only an active agent, supervisor or admin takes calls', [{ field: 'user_id', message: 'Choose an active Layer 1 user', value: userId }]);
    }
    const before = await trx.selectFrom('phone_extensions').selectAll()
      .where((eb) => eb.or([eb('extension', '=', extension), eb('user_id', '=', userId)])).execute();
    await trx.deleteFrom('phone_extensions').where((eb) => eb.or([eb('extension', '=', extension), eb('user_id', '=', userId)])).execute();
    await trx.insertInto('phone_extensions').values({ extension, user_id: userId }).execute();
    const after = await listQuery(trx).where('phone_extensions.extension', '=', extension).executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'phone_extension.set', entity: 'phone_extension', entityId: extension, before, after: { extension, user_id: userId } });
    return after;
  });
}

export async function removeExtension(db: Db, actor: AuditActor, extension: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx.deleteFrom('phone_extensions').where('extension', '=', extension).returningAll().executeTakeFirst();
    if (!before) throw notFound(`Extension ${extension}`);
    await recordAudit(trx, actor, { action: 'phone_extension.remove', entity: 'phone_extension', entityId: extension, before, after: null });
  });
}
