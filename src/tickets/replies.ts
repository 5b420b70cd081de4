import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { validation } from '../platform/errors.ts';
import { publish } from '../realtime/events.ts';
import { assertCanWork, visibleTicket } from './access.ts';
import { queueDelivery } from './delivery.ts';
import { searchUpdate } from './ingest.ts';

type Db = Kysely<Database>;

/**
 * An agent's reply (sent to the requester on the ticket's channel through the outbox) or
 * internal note. The reply and its delivery job commit together.
 */
export interface TemplateChoice {
  name: string;
  language: string;
  /** Values for the template body's {{1}}, {{2}}, … */
  parameters?: string[] | undefined;
}

/** What the conversation shows for a template: its name and the values filled in. */
const templateText = (t: TemplateChoice): string => `[Template ${t.name}${t.parameters?.length ? `: ${t.parameters.join(' | ')}` : ''}]`;

export async function addAgentMessage(db: Db, actor: Actor, ticketId: number, input: { body?: string | undefined; internal: boolean; template?: TemplateChoice | undefined }) {
  assertCanWork(actor);
  const template = input.internal ? undefined : input.template;
  const body = (input.body ?? '').trim() || (template ? templateText(template) : '');
  if (!body) throw validation('The message is empty', [{ field: 'body', message: 'Write something to send' }]);
  if (body.length > 20_000) throw validation('The message is too long', [{ field: 'body', message: 'At most 20,000 characters' }]);
  const result = await db.transaction().execute(async (trx) => {
    const ticket = await visibleTicket(trx, actor, ticketId);
    if (!input.internal && ticket.channel === 'phone') {
      throw validation('A phone ticket has no written channel to reply on', [{ field: 'internal', message: 'Add an internal note, or call the requester back' }]);
    }
    if (template && ticket.channel !== 'whatsapp') {
      throw validation('Templates are for WhatsApp tickets', [{ field: 'template', message: `This ticket came by ${ticket.channel}` }]);
    }
    const direction = input.internal ? 'internal' : 'outbound';
    const message = await trx
      .insertInto('messages')
      .values({
        ticket_id: ticketId, direction, body, author_user_id: actor.userId, delivery_status: input.internal ? null : 'queued',
        kind: template ? 'template' : 'text', metadata: JSON.stringify(template ? { template } : {}),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const now = new Date();
    const updated = await trx
      .updateTable('tickets')
      .set({
        updated_at: now,
        search: searchUpdate(body),
        ...(input.internal ? {} : { last_message_at: now }),
        ...(!input.internal && !ticket.first_response_at ? { first_response_at: now } : {}),
        // Whoever answers an unassigned ticket takes it.
        ...(!input.internal && ticket.assignee_id === null && actor.role !== 'l2' ? { assignee_id: actor.userId } : {}),
      })
      .where('id', '=', ticketId)
      .returning(['team_id', 'assignee_id', 'status'])
      .executeTakeFirstOrThrow();
    if (!input.internal) await queueDelivery(trx, message.id, ticketId);
    await publish(trx, { type: 'message.created', ticket_id: ticketId, team_id: updated.team_id, assignee_id: updated.assignee_id, message_id: message.id, direction });
    return message;
  });
  return result;
}
