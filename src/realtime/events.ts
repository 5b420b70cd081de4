import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The PostgreSQL NOTIFY channel every instance listens on. */
export const LIVE_CHANNEL = 'sapa_events';
/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7999;

/** Who an event concerns: enough for the console to decide what to refetch, and for us to filter. */
interface EventScope {
  ticket_id: number;
  team_id: number | null;
  assignee_id: number | null;
}

export type TicketEvent = EventScope & { type: 'ticket.created' | 'ticket.updated'; status: string };
export type TicketMessageEvent = EventScope & { type: 'message.created'; message_id: number; direction: string };
export type EscalationEvent = EventScope & { type: 'escalation.created' | 'escalation.answered'; status?: string };

/**
 * A phone call for one agent's console (the agent of the extension that rang): ringing pops the
 * caller's card up (GET /api/calls/:call_id), ended leaves the draft ticket (ticket_id) or a
 * missed call. assignee_id is that agent; only they receive it (realtime/routes.ts canSee).
 */
export interface CallEvent {
  type: 'call.ringing' | 'call.answered' | 'call.ended';
  call_id: number;
  assignee_id: number;
  contact_id: number | null;
  ticket_id: number | null;
  /** The call's status: ringing, answered, draft, completed or missed. */
  status: string;
}

/** A change the console shows live. Ids and a few fields only, never a message body. */
export type LiveEvent = TicketEvent | TicketMessageEvent | EscalationEvent | CallEvent;
export type LiveEventType = LiveEvent['type'];

const CALL_TYPES: CallEvent['type'][] = ['call.ringing', 'call.answered', 'call.ended'];
const CALL_EVENT_TYPES = new Set<string>(CALL_TYPES);
const EVENT_TYPES = new Set<string>(['ticket.created', 'ticket.updated', 'message.created', 'escalation.created', 'escalation.answered', ...CALL_TYPES] satisfies LiveEventType[]);

export const isCallEvent = (event: LiveEvent): event is CallEvent => CALL_EVENT_TYPES.has(event.type);

/** Keeps only the known fields, so that a caller passing a whole row cannot leak a body. */
function pick(event: LiveEvent): LiveEvent {
  if (isCallEvent(event)) {
    return { type: event.type, call_id: event.call_id, assignee_id: event.assignee_id, contact_id: event.contact_id, ticket_id: event.ticket_id, status: event.status };
  }
  const scope = { ticket_id: event.ticket_id, team_id: event.team_id, assignee_id: event.assignee_id };
  switch (event.type) {
    case 'ticket.created':
    case 'ticket.updated':
      return { type: event.type, ...scope, status: event.status };
    case 'message.created':
      return { type: event.type, ...scope, message_id: event.message_id, direction: event.direction };
    case 'escalation.created':
    case 'escalation.answered':
      return event.status === undefined ? { type: event.type, ...scope } : { type: event.type, ...scope, status: event.status };
  }
}

/**
 * Announces a change to every instance. Call it with the transaction that makes the change:
 * PostgreSQL delivers the notification only when that transaction commits, and never if it
 * rolls back, so listeners never see a change they cannot read yet.
 */
export async function publish(db: Kysely<Database>, event: LiveEvent): Promise<void> {
  const payload = JSON.stringify(pick(event));
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error(`Live event ${event.type} is too large for NOTIFY`);
  await sql`select pg_notify(${sql.lit(LIVE_CHANNEL)}, ${payload})`.execute(db);
}

const isId = (value: unknown): value is number => Number.isSafeInteger(value);
const isIdOrNull = (value: unknown): value is number | null => value === null || isId(value);

/** A notification payload back to an event; undefined when it is not one of ours. */
export function parseEvent(payload: string): LiveEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const event = value as Partial<Record<keyof TicketMessageEvent | 'status', unknown>>;
  if (typeof event.type !== 'string' || !EVENT_TYPES.has(event.type)) return undefined;
  if (CALL_EVENT_TYPES.has(event.type)) return parseCallEvent(value);
  if (!isId(event.ticket_id) || !isIdOrNull(event.team_id) || !isIdOrNull(event.assignee_id)) return undefined;
  if (event.status !== undefined && typeof event.status !== 'string') return undefined;
  const candidate = value as LiveEvent;
  if (candidate.type === 'message.created' && (!isId(event.message_id) || typeof event.direction !== 'string')) return undefined;
  if ((candidate.type === 'ticket.created' || candidate.type === 'ticket.updated') && typeof event.status !== 'string') return undefined;
  return pick(candidate);
}

function parseCallEvent(value: object): CallEvent | undefined {
  const event = value as Partial<Record<keyof CallEvent, unknown>>;
  if (!isId(event.call_id) || !isId(event.assignee_id) || !isIdOrNull(event.contact_id) || !isIdOrNull(event.ticket_id)) return undefined;
  if (typeof event.status !== 'string') return undefined;
  return pick(event as CallEvent) as CallEvent;
}
