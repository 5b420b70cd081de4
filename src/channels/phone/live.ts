import type { Kysely } from 'kysely';
import type { CallStatus, Database } from '../../db/schema.ts';
import { publish, type CallEvent } from '../../realtime/events.ts';

const EVENT_OF: Record<CallStatus, CallEvent['type']> = {
  ringing: 'call.ringing', answered: 'call.answered', draft: 'call.ended', missed: 'call.ended', completed: 'call.ended',
};

interface CallRef {
  id: number;
  status: CallStatus;
  agent_id: number | null;
  contact_id: number | null;
  ticket_id: number | null;
}

/**
 * Tells the console of the call's agent, on commit, that the call moved on (ringing pops the
 * caller's card up). Nothing when no agent has the extension, or when a late event (ringing
 * after answered) did not change the call.
 */
export async function announceCall(trx: Kysely<Database>, call: CallRef, previous: CallStatus | null): Promise<void> {
  if (call.agent_id === null || call.status === previous) return;
  await publish(trx, { type: EVENT_OF[call.status], call_id: call.id, assignee_id: call.agent_id, contact_id: call.contact_id, ticket_id: call.ticket_id, status: call.status });
}
