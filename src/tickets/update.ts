import type { Kysely } from 'kysely';
import type { Database, TicketStatus } from '../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { auditActorOf } from '../auth/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { validation } from '../platform/errors.ts';
import { zoneOfRegion } from '../directory/zones.ts';
import { publish } from '../realtime/events.ts';
import { assertCanWork, visibleTicket } from './access.ts';
import { topicsOf } from './views.ts';
import { queueSurvey } from '../surveys/queue.ts';

type Db = Kysely<Database>;

export interface TicketChanges {
  status?: TicketStatus | undefined;
  assignee_id?: number | null | undefined;
  topics?: string[] | undefined;
  user_category?: string | null | undefined;
  region_code?: string | null | undefined;
  complaint?: boolean | undefined;
  spam?: boolean | undefined;
  subject?: string | undefined;
}

async function checkReferences(db: Db, changes: TicketChanges): Promise<void> {
  const missing = async (table: 'topics' | 'user_categories' | 'regions', codes: string[]) => {
    if (!codes.length) return [];
    const found = await db.selectFrom(table).select('code').where('code', 'in', codes).execute();
    return codes.filter((c) => !found.some((f) => f.code === c));
  };
  const problems = [
    ...(await missing('topics', changes.topics ?? [])).map((v) => ({ field: 'topics', message: 'Unknown topic code', value: v })),
    ...(await missing('user_categories', changes.user_category ? [changes.user_category] : [])).map((v) => ({ field: 'user_category', message: 'Unknown user category', value: v })),
    ...(await missing('regions', changes.region_code ? [changes.region_code] : [])).map((v) => ({ field: 'region_code', message: 'Unknown region code', value: v })),
  ];
  if (changes.assignee_id) {
    const agent = await db.selectFrom('users').select('role').where('id', '=', changes.assignee_id).where('active', '=', true).executeTakeFirst();
    if (!agent || agent.role === 'l2') problems.push({ field: 'assignee_id', message: 'Assign to an active Layer 1 agent, supervisor or admin', value: String(changes.assignee_id) });
  }
  if (problems.length) throw validation('Some values are not known to Sapa', problems);
}

function statusTimestamps(status: TicketStatus | undefined) {
  const now = new Date();
  switch (status) {
    case undefined: return {};
    case 'resolved': return { resolved_at: now };
    case 'closed': return { closed_at: now };
    case 'open':
    case 'pending':
    case 'escalated': return { resolved_at: null, closed_at: null };
  }
}

/** Changes a ticket's status, assignment, tags or flags; audited and announced live. */
export async function updateTicket(db: Db, actor: Actor, id: number, changes: TicketChanges, ip?: string) {
  assertCanWork(actor);
  return db.transaction().execute(async (trx) => {
    const before = await visibleTicket(trx, actor, id);
    await checkReferences(trx, changes);
    const { topics, region_code, ...fields } = changes;
    const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const region = region_code === undefined ? {} : { region_code, zone: region_code ? zoneOfRegion(region_code) : null };
    const after = await trx
      .updateTable('tickets')
      .set({ ...set, ...region, ...statusTimestamps(changes.status), updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const beforeTopics = (await topicsOf(trx, [id])).get(id) ?? [];
    if (topics) {
      await trx.deleteFrom('ticket_topics').where('ticket_id', '=', id).execute();
      if (topics.length) await trx.insertInto('ticket_topics').values([...new Set(topics)].map((topic_code) => ({ ticket_id: id, topic_code }))).execute();
    }
    const strip = ({ search: _s, ...t }: typeof before) => t;
    await recordAudit(trx, auditActorOf(actor, ip), {
      action: 'ticket.update', entity: 'ticket', entityId: id,
      before: { ...strip(before), topics: beforeTopics }, after: { ...strip(after), topics: topics ?? beforeTopics },
    });
    // The requester is asked to rate the service once per resolution, in this transaction.
    if (after.status === 'resolved' && before.status !== 'resolved') await queueSurvey(trx, after);
    await publish(trx, { type: 'ticket.updated', ticket_id: id, team_id: after.team_id, assignee_id: after.assignee_id, status: after.status });
    return after;
  });
}
