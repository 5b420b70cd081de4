import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { auditActorOf } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/service.ts';
import { conflict, validation } from '../../platform/errors.ts';
import { parseDuration } from './duration.ts';
import { callerPhone, checkCodes, regionCodeOf } from './lookup.ts';
import type { LogCallSchema } from './schemas.ts';
import { openPhoneTicket, resolvePhoneTicket } from './ticket.ts';

type Db = Kysely<Database>;
export type LogCallInput = Static<typeof LogCallSchema>;

/** Five minutes of clock difference between the console and the server are tolerated. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** Checks what the schema cannot; each problem names its field. */
async function checked(db: Db, input: LogCallInput) {
  const typedPhone = input.caller.phone?.trim();
  const phone = typedPhone ? callerPhone(typedPhone) : null;
  if (typedPhone && !phone) throw validation(`Not a phone number: ${typedPhone}`, [{ field: 'caller.phone', message: 'Use a number such as 0811-150420-7 or +62 21 3450 123', value: typedPhone }]);
  if (!phone && !input.caller.name?.trim()) throw validation('Say who called', [{ field: 'caller', message: 'Give the caller\'s phone number or name' }]);
  const summary = input.summary.trim();
  if (!summary) throw validation('The summary is empty', [{ field: 'summary', message: 'Write what the caller asked and what was answered' }]);
  const duration = parseDuration(input.duration);
  if (duration === undefined) throw validation(`Not a call duration: ${input.duration}`, [{ field: 'duration', message: 'Give seconds (125) or minutes:seconds (2:05), at most 12 hours', value: input.duration }]);
  const startedAt = input.at ? new Date(input.at) : new Date(Date.now() - duration * 1000);
  if (startedAt.getTime() > Date.now() + FUTURE_SLACK_MS) throw validation('The call cannot start in the future', [{ field: 'at', message: 'Give when the call started', value: input.at }]);
  const regionCode = await regionCodeOf(db, input.region, 'region');
  await checkCodes(db, input.topics, input.user_category);
  return { phone, summary, duration, startedAt, regionCode };
}

/** A missed call being returned by this one: it must still be waiting for its call back. */
async function claimMissedCall(trx: Db, id: number): Promise<void> {
  const missed = await trx.selectFrom('calls').select(['status', 'ticket_id']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!missed || missed.status !== 'missed') throw validation(`Call ${id} is not a missed call`, [{ field: 'missed_call_id', message: 'Give the id of a missed call (GET /api/calls?status=missed)', value: id }]);
  if (missed.ticket_id !== null) throw conflict(`Missed call ${id} was already returned (ticket ${missed.ticket_id})`);
}

/**
 * The agent's quick log of a call (POST /api/calls): a phone ticket for the caller (found by
 * number across channels, or new) with the summary as its message, assigned to the agent,
 * resolved when settled during the call; and the call itself with its duration. Audited.
 */
export async function logCall(db: Db, actor: Actor, input: LogCallInput, ip?: string): Promise<number> {
  const { phone, summary, duration, startedAt, regionCode } = await checked(db, input);
  const direction = input.direction ?? 'in';
  const endedAt = new Date(startedAt.getTime() + duration * 1000);
  return db.transaction().execute(async (trx) => {
    if (input.missed_call_id !== undefined) await claimMissedCall(trx, input.missed_call_id);
    const { ticketId, contactId } = await openPhoneTicket(trx, {
      caller: { phone, name: input.caller.name, institution: input.caller.institution, regionCode, userCategory: input.user_category },
      body: summary, topics: input.topics, at: startedAt, agentId: actor.userId, regionCode, userCategory: input.user_category,
      metadata: { duration_seconds: duration, direction, logged_by: actor.username },
    }, db);
    if (input.settled) await resolvePhoneTicket(trx, ticketId, endedAt);
    const call = await trx.insertInto('calls').values({
      source: 'manual', direction, status: 'completed', caller_number: input.caller.phone?.trim() || null, caller_phone: phone,
      contact_id: contactId, agent_id: actor.userId, answered_at: startedAt, ended_at: endedAt, duration_seconds: duration,
      ticket_id: ticketId, completed_by: actor.userId, completed_at: new Date(), created_at: startedAt,
    }).returningAll().executeTakeFirstOrThrow();
    if (input.missed_call_id !== undefined) {
      await trx.updateTable('calls').set({ ticket_id: ticketId, updated_at: new Date() }).where('id', '=', input.missed_call_id).execute();
    }
    await recordAudit(trx, auditActorOf(actor, ip), { action: 'call.log', entity: 'call', entityId: call.id, after: { ...call, topics: input.topics, settled: input.settled, missed_call_id: input.missed_call_id ?? null } });
    return call.id;
  });
}
