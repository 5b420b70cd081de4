import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { auditActorOf } from '../auth/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { conflict, forbidden, notFound, validation } from '../platform/errors.ts';
import { loadCalendar } from '../platform/calendar-service.ts';
import { resolveTeamId } from '../users/service.ts';
import { publish } from '../realtime/events.ts';
import { assertCanWork, visibleTicket } from './access.ts';
import { scoreEscalation } from './l2-score.ts';

type Db = Kysely<Database>;

export async function escalationsOfTicket(db: Db, ticketId: number) {
  const rows = await db
    .selectFrom('escalations')
    .innerJoin('teams', 'teams.id', 'escalations.team_id')
    .select(['escalations.id', 'escalations.team_id', 'teams.code as team_code', 'teams.name as team_name', 'escalations.escalated_at', 'escalations.note', 'escalations.status', 'escalations.answered_at'])
    .where('escalations.ticket_id', '=', ticketId)
    .orderBy('escalations.id')
    .execute();
  const calendar = await loadCalendar(db);
  const now = new Date();
  return rows.map((e) => ({ ...e, ...scoreEscalation(calendar, e.escalated_at, e.answered_at, now) }));
}

async function addInternal(db: Db, ticketId: number, actor: Actor, body: string, kind: string): Promise<number> {
  const message = await db
    .insertInto('messages')
    .values({ ticket_id: ticketId, direction: 'internal', kind, body, author_user_id: actor.userId, metadata: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.updateTable('tickets').set({ updated_at: new Date() }).where('id', '=', ticketId).execute();
  return message.id;
}

/** Layer 1 hands a ticket to a Layer 2 team with a note; the team then sees it. */
export async function escalate(db: Db, actor: Actor, ticketId: number, input: { team: string | number; note: string }, ip?: string) {
  assertCanWork(actor);
  if (!input.note.trim()) throw validation('Say what Layer 2 should answer', [{ field: 'note', message: 'The note must not be empty' }]);
  return db.transaction().execute(async (trx) => {
    const ticket = await visibleTicket(trx, actor, ticketId);
    const teamId = await resolveTeamId(trx, input.team);
    const open = await trx.selectFrom('escalations').select('id').where('ticket_id', '=', ticketId).where('status', '=', 'open').executeTakeFirst();
    if (open) throw conflict(`Ticket ${ticket.number} already waits for a Layer 2 answer (escalation ${open.id})`);
    const escalation = await trx
      .insertInto('escalations')
      .values({ ticket_id: ticketId, team_id: teamId, escalated_by: actor.userId, note: input.note.trim() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await addInternal(trx, ticketId, actor, input.note.trim(), 'escalation');
    await trx.updateTable('tickets').set({ status: 'escalated', team_id: teamId }).where('id', '=', ticketId).execute();
    await recordAudit(trx, auditActorOf(actor, ip), { action: 'ticket.escalate', entity: 'ticket', entityId: ticketId, after: escalation });
    await publish(trx, { type: 'escalation.created', ticket_id: ticketId, team_id: teamId, assignee_id: ticket.assignee_id, status: 'escalated' });
    return escalation;
  });
}

/**
 * Layer 2 answers (or sends the ticket back with a question). The answer is an internal
 * message for Layer 1, who replies to the requester; the ticket returns to Layer 1 as open.
 */
export async function respondToEscalation(db: Db, actor: Actor, ticketId: number, input: { body: string; outcome: 'answered' | 'returned' }, ip?: string) {
  if (!input.body.trim()) throw validation('The answer is empty', [{ field: 'body', message: 'Write the answer for Layer 1' }]);
  return db.transaction().execute(async (trx) => {
    const ticket = await visibleTicket(trx, actor, ticketId);
    const escalation = await trx.selectFrom('escalations').selectAll().where('ticket_id', '=', ticketId).where('status', '=', 'open').orderBy('id', 'desc').executeTakeFirst();
    if (!escalation) throw notFound(`An open escalation of ticket ${ticket.number}`);
    if (actor.role === 'l2' && escalation.team_id !== actor.teamId) throw forbidden('This escalation belongs to another team');
    if (actor.role === 'agent') throw forbidden('Only the Layer 2 team (or a supervisor) answers an escalation');
    const messageId = await addInternal(trx, ticketId, actor, input.body.trim(), input.outcome === 'answered' ? 'l2_answer' : 'l2_question');
    const after = await trx
      .updateTable('escalations')
      .set({ status: input.outcome, answered_at: new Date(), answered_by: actor.userId, answer_message_id: messageId })
      .where('id', '=', escalation.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.updateTable('tickets').set({ status: 'open' }).where('id', '=', ticketId).execute();
    await recordAudit(trx, auditActorOf(actor, ip), { action: `escalation.${input.outcome}`, entity: 'escalation', entityId: escalation.id, before: escalation, after });
    await publish(trx, { type: 'escalation.answered', ticket_id: ticketId, team_id: escalation.team_id, assignee_id: ticket.assignee_id, status: 'open' });
    return after;
  });
}
