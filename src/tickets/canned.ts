import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { auditActorOf } from '../auth/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { forbidden, notFound } from '../platform/errors.ts';

type Db = Kysely<Database>;

export interface CannedInput {
  title?: string | undefined;
  body?: string | undefined;
  topic_code?: string | null | undefined;
}

export const listCanned = (db: Db, topic?: string) => {
  let query = db.selectFrom('canned_responses').selectAll().orderBy('title');
  if (topic) query = query.where((eb) => eb.or([eb('topic_code', '=', topic), eb('topic_code', 'is', null)]));
  return query.execute();
};

async function ownedOrManaged(db: Db, actor: Actor, id: number) {
  const row = await db.selectFrom('canned_responses').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Canned response ${id}`);
  if (row.created_by !== actor.userId && actor.role !== 'admin' && actor.role !== 'supervisor') {
    throw forbidden('Only its author or a supervisor changes a canned response');
  }
  return row;
}

export async function createCanned(db: Db, actor: Actor, input: Required<Pick<CannedInput, 'title' | 'body'>> & CannedInput) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('canned_responses')
      .values({ title: input.title.trim(), body: input.body, topic_code: input.topic_code ?? null, created_by: actor.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, auditActorOf(actor), { action: 'canned.create', entity: 'canned_response', entityId: row.id, after: row });
    return row;
  });
}

export async function updateCanned(db: Db, actor: Actor, id: number, changes: CannedInput) {
  return db.transaction().execute(async (trx) => {
    const before = await ownedOrManaged(trx, actor, id);
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const after = await trx.updateTable('canned_responses').set({ ...set, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await recordAudit(trx, auditActorOf(actor), { action: 'canned.update', entity: 'canned_response', entityId: id, before, after });
    return after;
  });
}

export async function deleteCanned(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await ownedOrManaged(trx, actor, id);
    await trx.deleteFrom('canned_responses').where('id', '=', id).execute();
    await recordAudit(trx, auditActorOf(actor), { action: 'canned.delete', entity: 'canned_response', entityId: id, before });
  });
}
