import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { formatDuration } from './duration.ts';
import type { DerivedCall } from './state.ts';
import { openPhoneTicket } from './ticket.ts';

type Db = Kysely<Database>;

interface EndedCall {
  id: number;
  direction: 'in' | 'out';
  caller_phone: string | null;
  agent_id: number | null;
}

/** Marks the draft's placeholder message, which the agent's summary replaces (complete.ts). */
export const DRAFT_MARK = 'draft';

/**
 * The ticket an answered call leaves when it ends, so that nothing is lost if the agent
 * forgets to log it: a placeholder message, the call's duration, the extension's agent.
 * Called once per call (the caller holds the call's row lock and checks ticket_id).
 */
export async function openDraftTicket(trx: Db, call: EndedCall, derived: DerivedCall, cacheFrom: Db): Promise<{ ticketId: number; contactId: number }> {
  const duration = derived.duration_seconds ?? 0;
  const who = derived.caller_number ?? 'nomor tersembunyi';
  const body = `Panggilan telepon ${call.direction === 'in' ? 'dari' : 'ke'} ${who}, durasi ${formatDuration(duration)}. Ringkasan belum diisi.`;
  return openPhoneTicket(trx, {
    caller: { phone: call.caller_phone },
    body,
    topics: [],
    at: derived.answered_at ?? derived.ended_at ?? new Date(),
    agentId: call.agent_id,
    regionCode: null,
    metadata: { call_id: call.id, [DRAFT_MARK]: true, duration_seconds: duration, direction: call.direction },
  }, cacheFrom);
}
