import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { ME_KEY } from './session.ts';

// The staff WebSocket /api/live (src/realtime/routes.ts): one shared connection for the whole
// page, opened while at least one component listens, reconnecting with backoff.

interface EventScope {
  ticket_id: number;
  team_id: number | null;
  assignee_id: number | null;
}

/** The server's events (src/realtime/events.ts), plus "resync": events may have been missed, refetch. */
export type LiveEvent =
  | (EventScope & { type: 'ticket.created' | 'ticket.updated'; status: string })
  | (EventScope & { type: 'message.created'; message_id: number; direction: string })
  | (EventScope & { type: 'escalation.created' | 'escalation.answered'; status?: string })
  | { type: 'call.ringing' | 'call.answered' | 'call.ended'; call_id: number; assignee_id: number; contact_id: number | null; ticket_id: number | null; status: string }
  | { type: 'resync' };

export type LiveEventType = LiveEvent['type'];
export type LiveStatus = 'connecting' | 'open' | 'closed';

const PATH = '/api/live';
/** The server closes with this code when the session or token ended: log in again. */
const CLOSE_REAUTHENTICATE = 4401;
const PING_EVERY_MS = 25_000;
const BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 15_000];
const KNOWN_TYPES = new Set<string>(['ticket.created', 'ticket.updated', 'message.created', 'escalation.created', 'escalation.answered', 'call.ringing', 'call.answered', 'call.ended', 'resync']);

const handlers = new Set<(event: LiveEvent) => void>();
const sessionEndedListeners = new Set<() => void>();
const statusListeners = new Set<() => void>();
let status: LiveStatus = 'closed';
let socket: WebSocket | null = null;
let attempt = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let pingTimer: ReturnType<typeof setInterval> | undefined;
let everOpened = false;

function setStatus(next: LiveStatus): void {
  status = next;
  for (const listener of statusListeners) listener();
}

function dispatch(event: LiveEvent): void {
  for (const handler of handlers) {
    try {
      handler(event);
    } catch (error) {
      console.error('live event handler failed', error);
    }
  }
}

function parse(data: unknown): LiveEvent | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const frame = JSON.parse(data) as { type?: unknown };
    return typeof frame.type === 'string' && KNOWN_TYPES.has(frame.type) ? (frame as LiveEvent) : undefined;
  } catch {
    return undefined;
  }
}

function connect(): void {
  clearTimeout(retryTimer);
  if (socket || handlers.size === 0) return;
  setStatus('connecting');
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${PATH}`;
  const ws = new WebSocket(url);
  socket = ws;
  ws.onopen = () => {
    attempt = 0;
    setStatus('open');
    // After a reconnect anything may have happened meanwhile: let every listener refetch.
    if (everOpened) dispatch({ type: 'resync' });
    everOpened = true;
    pingTimer = setInterval(() => ws.readyState === WebSocket.OPEN && ws.send('{"type":"ping"}'), PING_EVERY_MS);
  };
  ws.onmessage = (message) => {
    const event = parse(message.data);
    if (event) dispatch(event);
  };
  ws.onclose = (close) => {
    clearInterval(pingTimer);
    socket = null;
    setStatus('closed');
    if (close.code === CLOSE_REAUTHENTICATE) {
      for (const listener of sessionEndedListeners) listener();
      return;
    }
    scheduleReconnect();
  };
}

function scheduleReconnect(): void {
  if (handlers.size === 0) return;
  const base = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] ?? 15_000;
  attempt += 1;
  retryTimer = setTimeout(connect, base + Math.random() * base * 0.3);
}

function disconnectIfUnused(): void {
  if (handlers.size > 0) return;
  clearTimeout(retryTimer);
  clearInterval(pingTimer);
  const ws = socket;
  socket = null;
  everOpened = false;
  if (ws) {
    ws.onclose = null;
    ws.close(1000, 'No listeners');
  }
  setStatus('closed');
}

if (typeof window !== 'undefined') {
  // Back online or back on the tab: try at once instead of waiting out the backoff.
  const retryNow = () => {
    if (!socket && handlers.size > 0) connect();
  };
  window.addEventListener('online', retryNow);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && retryNow());
}

/**
 * Calls handler for every live event the user may see (and {type:'resync'} when events may
 * have been missed, e.g. after a reconnect). The handler need not be memoised.
 */
export function useLiveEvents(handler: (event: LiveEvent) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  const client = useQueryClient();
  useEffect(() => {
    const forward = (event: LiveEvent) => latest.current(event);
    // The session ended on the server: asking /api/me again shows the login page.
    const onSessionEnded = () => void client.invalidateQueries({ queryKey: ME_KEY });
    handlers.add(forward);
    sessionEndedListeners.add(onSessionEnded);
    connect();
    return () => {
      handlers.delete(forward);
      sessionEndedListeners.delete(onSessionEnded);
      // A short grace period, so that a page change does not drop and reopen the connection.
      setTimeout(disconnectIfUnused, 1_000);
    };
  }, [client]);
}

/** The shared connection's state, for a small "live" indicator. */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(
    (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    () => status,
  );
}

/**
 * Invalidates the given TanStack queries (by key prefix) when a live event matches `when`, and
 * always on resync. A burst of events costs one refetch: invalidations are batched for `delayMs`.
 */
export function useLiveInvalidate(queryKeys: readonly QueryKey[], when: (event: LiveEvent) => boolean = () => true, delayMs = 300): void {
  const client = useQueryClient();
  const keys = useRef(queryKeys);
  keys.current = queryKeys;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useLiveEvents((event) => {
    if (event.type !== 'resync' && !when(event)) return;
    if (timer.current !== undefined) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      for (const queryKey of keys.current) void client.invalidateQueries({ queryKey });
    }, delayMs);
  });
}

/** Whether an event is about tickets (not a phone call), for `when` filters. */
export const isTicketEvent = (event: LiveEvent): event is Extract<LiveEvent, { ticket_id: number; team_id: number | null }> =>
  event.type !== 'resync' && !event.type.startsWith('call.');
