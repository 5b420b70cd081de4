import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { forbidden, notFound } from '../platform/errors.ts';

type Db = Kysely<Database>;

/**
 * Which tickets an actor may see: Layer 1 and managers see all; a Layer 2 team sees only
 * tickets that were escalated to it.
 */
export function visibleTo(actor: Actor) {
  return (eb: ExpressionBuilder<Database, 'tickets'>) =>
    actor.role === 'l2'
      ? eb.exists(
          eb.selectFrom('escalations').select('escalations.id').whereRef('escalations.ticket_id', '=', 'tickets.id').where('escalations.team_id', '=', actor.teamId ?? -1),
        )
      : eb.lit(true);
}

/** The ticket if the actor may see it; otherwise "not found", so that its existence is not revealed. */
export async function visibleTicket(db: Db, actor: Actor, id: number) {
  const ticket = await db.selectFrom('tickets').selectAll().where('id', '=', id).where(visibleTo(actor)).executeTakeFirst();
  if (!ticket) throw notFound(`Ticket ${id}`);
  return ticket;
}

/** Layer 2 answers through its escalation; only Layer 1 and managers change a ticket itself. */
export function assertCanWork(actor: Actor): void {
  if (actor.role === 'l2') throw forbidden('A Layer 2 team answers through its escalation, not on the ticket itself');
}
