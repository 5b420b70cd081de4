import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequesterInput } from '../../contacts/service.ts';
import { zoneOfRegion } from '../../directory/zones.ts';
import { publish } from '../../realtime/events.ts';
import { queueSurvey } from '../../surveys/queue.ts';
import { receiveInbound } from '../../tickets/ingest.ts';

type Db = Kysely<Database>;

export interface PhoneTicketInput {
  caller: RequesterInput;
  /** The call's summary (or a draft's placeholder): the ticket's message. */
  body: string;
  topics: string[];
  /** When the call was answered: the ticket's time, and its first response (the agent spoke live). */
  at: Date;
  /** The agent who took the call; null leaves the ticket to the usual assignment. */
  agentId: number | null;
  /** The region the call was about, when it differs from the contact's. */
  regionCode: string | null;
  userCategory?: string | null | undefined;
  metadata: Record<string, unknown>;
}

/**
 * Opens the phone ticket of a call through the tickets core (contact recognised by number
 * across channels), then gives it to the agent who took the call. Call within a transaction.
 */
export async function openPhoneTicket(trx: Db, input: PhoneTicketInput, cacheFrom: Db): Promise<{ ticketId: number; contactId: number }> {
  const { ticketId } = await receiveInbound(trx, {
    channel: 'phone', from: input.caller, body: input.body, topics: input.topics, receivedAt: input.at, metadata: input.metadata,
  }, cacheFrom);
  const region = input.regionCode ? { region_code: input.regionCode, zone: zoneOfRegion(input.regionCode) } : {};
  const category = input.userCategory ? { user_category: input.userCategory } : {};
  const ticket = await trx.updateTable('tickets')
    .set({ ...region, ...category, ...(input.agentId ? { assignee_id: input.agentId } : {}), first_response_at: input.at, updated_at: new Date() })
    .where('id', '=', ticketId)
    .returning(['contact_id', 'team_id', 'assignee_id', 'status'])
    .executeTakeFirstOrThrow();
  await publish(trx, { type: 'ticket.updated', ticket_id: ticketId, team_id: ticket.team_id, assignee_id: ticket.assignee_id, status: ticket.status });
  return { ticketId, contactId: ticket.contact_id };
}

/** Marks a call's ticket resolved (settled on the phone), which starts its satisfaction survey as any resolution does. */
export async function resolvePhoneTicket(trx: Db, ticketId: number, at: Date): Promise<void> {
  const after = await trx.updateTable('tickets')
    .set({ status: 'resolved', resolved_at: at, closed_at: null, updated_at: new Date() })
    .where('id', '=', ticketId)
    .returningAll()
    .executeTakeFirstOrThrow();
  await queueSurvey(trx, after);
  await publish(trx, { type: 'ticket.updated', ticket_id: ticketId, team_id: after.team_id, assignee_id: after.assignee_id, status: after.status });
}
