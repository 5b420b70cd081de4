import type { Kysely } from 'kysely';
import type { BroadcastChannel, Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { recordAudit } from '../audit/service.ts';
import type { AuditActor } from '../auth/actor.ts';
import { conflict } from '../platform/errors.ts';
import { defineAudience, type AudienceDefinition, type AudienceInput } from './audience.ts';
import { checkContent, type TemplateChoice } from './content.ts';
import { getBroadcast, type BroadcastView } from './detail.ts';

type Db = Kysely<Database>;

export interface BroadcastInput {
  channel: BroadcastChannel;
  subject: string;
  body?: string | undefined;
  template?: TemplateChoice | null | undefined;
  audience: AudienceInput;
}

export type BroadcastChanges = Partial<Omit<BroadcastInput, 'channel'>>;

/** What the audit log keeps of an audience: the filters, or the list's size (not every address). */
const auditAudience = (a: AudienceDefinition) => (a.type === 'contacts' ? a : { type: 'list', rows: a.rows, addresses: a.entries.length, problems: a.problems.length });

/** A new draft blast; an uploaded list's bad rows come back in the view's audience.problems. */
export async function createBroadcast(db: Db, actor: AuditActor, input: BroadcastInput): Promise<BroadcastView> {
  const content = { channel: input.channel, subject: input.subject.trim(), body: input.body ?? '', template: input.template ?? null };
  await checkContent(db, content);
  const audience = await defineAudience(db, input.channel, input.audience);
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('broadcasts')
      .values({
        channel: content.channel, subject: content.subject, body: content.body, status: 'draft', created_by: actor.userId, updated_by: actor.userId,
        template_name: content.template?.name ?? null, template_language: content.template?.language ?? null,
        template_parameters: json(content.template?.parameters ?? []), audience: json(audience),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'broadcast.create', entity: 'broadcast', entityId: id, after: { ...content, audience: auditAudience(audience) } });
    return getBroadcast(trx, id);
  });
}

/** Only a draft changes; the channel never does (the audience's addresses depend on it). */
export async function updateBroadcast(db: Db, actor: AuditActor, id: number, changes: BroadcastChanges): Promise<BroadcastView> {
  const before = await getBroadcast(db, id);
  if (before.status !== 'draft') throw conflict(`Siaran ${id} berstatus ${before.status}: hanya draf yang dapat diubah`);
  const content = {
    channel: before.channel,
    subject: (changes.subject ?? before.subject).trim(),
    body: changes.body ?? before.body,
    template: changes.template === undefined ? before.template : changes.template,
  };
  await checkContent(db, content);
  const audience = changes.audience ? await defineAudience(db, before.channel, changes.audience) : undefined;
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('broadcasts')
      .set({
        subject: content.subject, body: content.body, template_name: content.template?.name ?? null, template_language: content.template?.language ?? null,
        template_parameters: json(content.template?.parameters ?? []), ...(audience ? { audience: json(audience) } : {}), updated_by: actor.userId, updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .execute();
    const after = await getBroadcast(trx, id);
    await recordAudit(trx, actor, {
      action: 'broadcast.update', entity: 'broadcast', entityId: id,
      before: { channel: before.channel, subject: before.subject, body: before.body, template: before.template, audience: before.audience },
      after: { ...content, audience: audience ? auditAudience(audience) : before.audience },
    });
    return after;
  });
}

/** Cancels a draft or a scheduled blast before it starts; a blast that is sending goes on. */
export async function cancelBroadcast(db: Db, actor: AuditActor, id: number): Promise<BroadcastView> {
  return db.transaction().execute(async (trx) => {
    const before = await getBroadcast(trx, id);
    const done = await trx
      .updateTable('broadcasts')
      .set({ status: 'cancelled', updated_by: actor.userId, updated_at: new Date() })
      .where('id', '=', id)
      .where('status', 'in', ['draft', 'scheduled'])
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw conflict(`Siaran ${id} berstatus ${before.status}: hanya draf atau siaran terjadwal yang dapat dibatalkan`);
    await recordAudit(trx, actor, { action: 'broadcast.cancel', entity: 'broadcast', entityId: id, before: { status: before.status, scheduled_at: before.scheduled_at }, after: { status: 'cancelled' } });
    return getBroadcast(trx, id);
  });
}
