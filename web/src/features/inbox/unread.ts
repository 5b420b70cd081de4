import { useCallback, useSyncExternalStore } from 'react';
import type { TicketListItem } from './types.ts';

// "Unread" for this user: the requester wrote (last_inbound_at) after this user last opened the
// ticket here. The server keeps no read state, so it lives in localStorage, per user and
// browser. Messages older than the first time this browser opened the inbox count as read,
// so that the archive does not start out unread.

export interface SeenState {
  /** When this user first opened the inbox in this browser (ISO). */
  since: string;
  /** Ticket id -> the last_inbound_at the user had seen when they last opened it. */
  seen: Record<string, string>;
}

const MAX_ENTRIES = 2_000;
const listeners = new Set<() => void>();
const cache = new Map<number, SeenState>();

const storageKey = (userId: number) => `sapa.inbox.seen.${userId}`;

function load(userId: number): SeenState {
  const cached = cache.get(userId);
  if (cached) return cached;
  let state: SeenState | undefined;
  try {
    const parsed = JSON.parse(localStorage.getItem(storageKey(userId)) ?? 'null') as SeenState | null;
    if (parsed && typeof parsed.since === 'string' && typeof parsed.seen === 'object') state = parsed;
  } catch {
    // A damaged entry starts afresh.
  }
  state ??= { since: new Date().toISOString(), seen: {} };
  cache.set(userId, state);
  save(userId, state);
  return state;
}

function save(userId: number, state: SeenState): void {
  try {
    localStorage.setItem(storageKey(userId), JSON.stringify(state));
  } catch {
    // Storage full or disabled: read markers last for this page only.
  }
}

function markSeen(userId: number, ticketId: number, inboundAt: string): void {
  const state = load(userId);
  const before = state.seen[ticketId];
  if (before && Date.parse(before) >= Date.parse(inboundAt)) return;
  let seen: Record<string, string> = { ...state.seen, [ticketId]: inboundAt };
  const ids = Object.keys(seen);
  if (ids.length > MAX_ENTRIES) {
    // Keep the most recent; a forgotten old ticket may show as unread again (rare, harmless).
    seen = Object.fromEntries(Object.entries(seen).sort((a, b) => b[1].localeCompare(a[1])).slice(0, MAX_ENTRIES));
  }
  const next = { since: state.since, seen };
  cache.set(userId, next);
  save(userId, next);
  for (const listener of listeners) listener();
}

/** The requester wrote after "since" and after the last time this user opened the ticket. */
export function unreadIn(state: SeenState, ticket: Pick<TicketListItem, 'id' | 'last_inbound_at'>): boolean {
  const inbound = ticket.last_inbound_at;
  if (!inbound || Date.parse(inbound) <= Date.parse(state.since)) return false;
  const seen = state.seen[ticket.id];
  return !seen || Date.parse(inbound) > Date.parse(seen);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether a ticket is unread for this user, and how to mark it read (when it is opened). */
export function useUnread(userId: number) {
  const state = useSyncExternalStore(subscribe, () => load(userId));
  const isUnread = useCallback((ticket: Pick<TicketListItem, 'id' | 'last_inbound_at'>) => unreadIn(state, ticket), [state]);
  const markRead = useCallback(
    (ticket: Pick<TicketListItem, 'id' | 'last_inbound_at'>) => {
      if (ticket.last_inbound_at) markSeen(userId, ticket.id, ticket.last_inbound_at);
    },
    [userId],
  );
  return { isUnread, markRead };
}
