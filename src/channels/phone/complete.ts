import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditActorOf, type Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/service.ts';
import { findOrCreateContact } from '../../contacts/service.ts';
import { zoneOfRegion } from '../../directory/zones.ts';
import { json } from '../../db/sql.ts';
import { conflict, forbidden, notFound, validation } from '../../platform/errors.ts';
import { publish } from '../../realtime/events.ts';
import { searchUpdate } from '../../tickets/ingest.ts';
import { DRAFT_MARK } from './draft.ts';
import { checkCodes, regionCodeOf } from './lookup.ts';
import type { CompleteCallSchema } from './schemas.ts';
import { resolvePhoneTicket } from './ticket.ts';

type Db = Kysely<Database>;
export type CompleteCallInput = Static<typeof CompleteCallSchema>;

const NOT_A_DRAFT: Record<string, string> = {
  ringing: 'is still ringing', answered: 'is still going on', completed: 'was already completed',
  missed: 'was missed and has no draft: log the call back with POST /api/calls and missed_call_id',
};

async function lockDraft(trx: Db, actor: Actor, id: number) {
  const call = await trx.selectFrom('calls').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!call) throw notFound(`Call ${id}`);
  // A colleague's draft is theirs to write; a supervisor may finish it for them.
  if (actor.role === 'agent' && call.agent_id !== null && call.agent_id !== actor.userId) throw forbidden('This call was taken by another agent');
  if (call.status !== 'draft' || call.ticket_id === null) throw conflict(`Call ${id} ${NOT_A_DRAFT[call.status] ?? 'has no draft'}`);
  return { ...call, ticket_id: call.ticket_id };
}

/** What the agent now knows about the caller fills what the contact did not know yet. */
async function learnCaller(trx: Db, contactId: number, phone: string | null, input: CompleteCallInput, regionCode: string | null): Promise<void> {
  const known = { name: input.caller?.name, institution: input.caller?.institution, regionCode, userCategory: input.user_category };
  if (phone) {
    await findOrCreateContact(trx, { phone, ...known });
    return;
  }
  // A withheld number's contact was made for this call alone: fill it directly.
  const contact = await trx.selectFrom('contacts').selectAll().where('id', '=', contactId).executeTakeFirstOrThrow();
  await trx.updateTable('contacts').set({
    name: contact.name || known.name?.trim() || '', institution: contact.institution ?? (known.institution?.trim() || null),
    region_code: contact.region_code ?? regionCode, user_category: contact.user_category ?? known.userCategory ?? null, updated_at: new Date(),
  }).where('id', '=', contactId).execute();
}

/**
 * Completes the draft ticket an ended call left (POST /api/calls/:id/complete): the summary
 * replaces the placeholder message, topics, region and category are set, and the ticket is
 * resolved (settled) or stays open. Audited; announced to the console.
 */
export async function completeCall(db: Db, actor: Actor, id: number, input: CompleteCallInput, ip?: string): Promise<void> {
  const summary = input.summary.trim();
  if (!summary) throw validation('The summary is empty', [{ field: 'summary', message: 'Write what the caller asked and what was answered' }]);
  const regionCode = await regionCodeOf(db, input.region, 'region');
  await checkCodes(db, input.topics, input.user_category);
  await db.transaction().execute(async (trx) => {
    const call = await lockDraft(trx, actor, id);
    const before = await trx.selectFrom('tickets').select(['id', 'status', 'subject', 'region_code', 'user_category', 'assignee_id', 'contact_id']).where('id', '=', call.ticket_id).executeTakeFirstOrThrow();
    await learnCaller(trx, before.contact_id, call.caller_phone, input, regionCode);
    await trx.updateTable('messages').set({ body: summary, metadata: json({ call_id: call.id, duration_seconds: call.duration_seconds, completed_by: actor.username }) })
      .where('ticket_id', '=', call.ticket_id).where((eb) => eb(eb.ref('metadata', '->>').key(DRAFT_MARK), '=', 'true')).execute();
    await trx.deleteFrom('ticket_topics').where('ticket_id', '=', call.ticket_id).execute();
    await trx.insertInto('ticket_topics').values([...new Set(input.topics)].map((topic_code) => ({ ticket_id: call.ticket_id, topic_code }))).execute();
    const after = await trx.updateTable('tickets').set({
      subject: summary.split('\n')[0]?.slice(0, 200) ?? '', search: searchUpdate(summary), assignee_id: call.agent_id ?? actor.userId, updated_at: new Date(),
      ...(regionCode ? { region_code: regionCode, zone: zoneOfRegion(regionCode) } : {}),
      ...(input.user_category ? { user_category: input.user_category } : {}),
    }).where('id', '=', call.ticket_id).returning(['id', 'status', 'subject', 'region_code', 'user_category', 'assignee_id', 'team_id']).executeTakeFirstOrThrow();
    if (input.settled) await resolvePhoneTicket(trx, call.ticket_id, new Date());
    else await publish(trx, { type: 'ticket.updated', ticket_id: after.id, team_id: after.team_id, assignee_id: after.assignee_id, status: after.status });
    await trx.updateTable('calls').set({ status: 'completed', agent_id: call.agent_id ?? actor.userId, completed_by: actor.userId, completed_at: new Date(), updated_at: new Date() }).where('id', '=', id).execute();
    await recordAudit(trx, auditActorOf(actor, ip), {
      action: 'call.complete', entity: 'call', entityId: id,
      before: { call, ticket: before }, after: { ticket: { ...after, status: input.settled ? 'resolved' : after.status }, topics: input.topics, settled: input.settled },
    });
  });
}
