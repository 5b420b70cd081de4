import type { Kysely } from 'kysely';
import type { CallEventKind, CallStatus, Database } from '../../db/schema.ts';
import { openDraftTicket } from './draft.ts';
import { agentOfExtension } from './extensions.ts';
import { announceCall } from './live.ts';
import { callerPhone, contactByPhone } from './lookup.ts';
import { deriveCall } from './state.ts';

type Db = Kysely<Database>;

/** One event as the PBX reports it (webhook-routes.ts checks the shape). */
export interface PbxEvent {
  event: CallEventKind;
  call_id: string;
  caller?: string | undefined;
  extension?: string | undefined;
  at: string;
  direction?: 'in' | 'out' | undefined;
}

export interface PbxResult {
  callId: number;
  status: CallStatus;
  duplicate: boolean;
}

/** The call's row, created by its first event (whichever kind comes first), locked until commit. */
async function lockCall(trx: Db, input: PbxEvent, at: Date) {
  const created = await trx.insertInto('calls')
    .values({ source: 'pbx', pbx_call_id: input.call_id, direction: input.direction ?? 'in', status: 'ringing', created_at: at })
    .onConflict((oc) => oc.column('pbx_call_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  const call = await trx.selectFrom('calls').select(['id', 'direction', 'status', 'agent_id', 'extension', 'contact_id', 'ticket_id'])
    .where('pbx_call_id', '=', input.call_id).forUpdate().executeTakeFirstOrThrow();
  return { call, created: created !== undefined };
}

/**
 * Stores one PBX event and brings its call up to date, in one transaction, before the webhook
 * answers. A repeat of an event already stored changes nothing. The call's state is derived
 * again from all its events (state.ts), so the order of arrival does not matter; the draft
 * ticket is opened the first time the call is both answered and ended.
 */
export async function recordPbxEvent(db: Db, input: PbxEvent): Promise<PbxResult> {
  const at = new Date(input.at);
  return db.transaction().execute(async (trx) => {
    const { call, created } = await lockCall(trx, input, at);
    const stored = await trx.insertInto('call_events')
      .values({ call_id: call.id, kind: input.event, at, caller_number: input.caller?.trim() || null, extension: input.extension?.trim() || null })
      .onConflict((oc) => oc.columns(['call_id', 'kind']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!stored) return { callId: call.id, status: call.status, duplicate: true };

    const events = await trx.selectFrom('call_events').select(['kind', 'at', 'caller_number', 'extension']).where('call_id', '=', call.id).execute();
    const derived = deriveCall(events);
    const phone = callerPhone(derived.caller_number);
    const agentId = derived.extension === call.extension && call.agent_id !== null ? call.agent_id : await agentOfExtension(trx, derived.extension);
    const status: CallStatus = call.status === 'completed' ? 'completed' : derived.status;
    let contactId = call.contact_id ?? (await contactByPhone(trx, phone));
    let ticketId = call.ticket_id;
    if (status === 'draft' && ticketId === null) {
      const draft = await openDraftTicket(trx, { id: call.id, direction: call.direction, caller_phone: phone, agent_id: agentId }, derived, db);
      ticketId = draft.ticketId;
      contactId = draft.contactId;
    }
    const firstAt = [derived.ringing_at, derived.answered_at, derived.ended_at].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0] ?? at;
    const updated = await trx.updateTable('calls')
      .set({ ...derived, status, caller_phone: phone, agent_id: agentId, contact_id: contactId, ticket_id: ticketId, created_at: firstAt, updated_at: new Date() })
      .where('id', '=', call.id)
      .returning(['id', 'status', 'agent_id', 'contact_id', 'ticket_id'])
      .executeTakeFirstOrThrow();
    await announceCall(trx, updated, created ? null : call.status);
    return { callId: call.id, status, duplicate: false };
  });
}
