import type { CallEventKind, CallStatus } from '../../db/schema.ts';
import { secondsBetween } from './duration.ts';

/** One stored PBX event of a call. */
export interface StoredCallEvent {
  kind: CallEventKind;
  at: Date;
  caller_number: string | null;
  extension: string | null;
}

/** What the events say about a call, whatever order they arrived in. */
export interface DerivedCall {
  status: Exclude<CallStatus, 'completed'>;
  ringing_at: Date | null;
  answered_at: Date | null;
  ended_at: Date | null;
  duration_seconds: number | null;
  caller_number: string | null;
  extension: string | null;
}

/** Earliest first; for equal times the lifecycle order (a PBX may stamp ringing and answered alike). */
const LIFECYCLE: Record<CallEventKind, number> = { ringing: 0, answered: 1, ended: 2 };
const byTime = (a: StoredCallEvent, b: StoredCallEvent): number => a.at.getTime() - b.at.getTime() || LIFECYCLE[a.kind] - LIFECYCLE[b.kind];

/**
 * The call's state from its events, by their own timestamps rather than by arrival: an "ended"
 * that came before its "answered" gives the same call as the two in order. Ended and answered
 * means a conversation took place (a draft ticket); ended without answer is a missed call.
 * The agent is the extension that answered, else the one that rang.
 */
export function deriveCall(events: readonly StoredCallEvent[]): DerivedCall {
  const sorted = [...events].sort(byTime);
  const of = (kind: CallEventKind) => sorted.find((e) => e.kind === kind);
  const ringing = of('ringing');
  const answered = of('answered');
  const ended = of('ended');
  const status = ended ? (answered ? 'draft' : 'missed') : answered ? 'answered' : 'ringing';
  return {
    status,
    ringing_at: ringing?.at ?? null,
    answered_at: answered?.at ?? null,
    ended_at: ended?.at ?? null,
    duration_seconds: answered && ended ? secondsBetween(answered.at, ended.at) : null,
    caller_number: sorted.find((e) => e.caller_number)?.caller_number ?? null,
    extension: answered?.extension ?? ringing?.extension ?? ended?.extension ?? null,
  };
}
