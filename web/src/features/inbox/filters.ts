import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Role } from '../../lib/session.ts';
import { CHANNELS, STATUSES, ZONES, type Channel, type Status, type ZoneFilter } from './types.ts';

/** A status tab: one status, the working queue ("active": open, pending, escalated) or every status. */
export type StatusTab = Status | 'active' | 'all';
/** Whose tickets: mine, nobody's, everybody's, or one agent's (a user id). */
export type Scope = 'me' | 'none' | 'all' | number;

/** The inbox filters as kept in the address (?status=...&channel=...), so that a reload keeps them. */
export interface InboxFilters {
  status: StatusTab;
  scope: Scope;
  channel: Channel[];
  topic: string | null;
  team: string | null;
  zone: ZoneFilter | null;
  complaint: boolean | null;
  /** YYYY-MM-DD, Jakarta days, both inclusive. */
  from: string | null;
  to: string | null;
  q: string;
}

export const ACTIVE_STATUSES: Status[] = ['open', 'pending', 'escalated'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Agents start on their own tickets; supervisors and admins on everybody's. */
export const defaultScope = (role: Role): Scope => (role === 'agent' ? 'me' : 'all');

function parseScope(raw: string | null, role: Role): Scope {
  if (raw === 'me' || raw === 'none' || raw === 'all') return raw;
  if (raw && /^\d+$/.test(raw)) return Number(raw);
  return defaultScope(role);
}

export function parseFilters(params: URLSearchParams, role: Role): InboxFilters {
  const status = params.get('status');
  const zone = params.get('zone');
  const complaint = params.get('complaint');
  const day = (name: string) => (DAY.test(params.get(name) ?? '') ? params.get(name) : null);
  return {
    status: status === 'all' || STATUSES.includes(status as Status) ? (status as StatusTab) : 'active',
    scope: parseScope(params.get('assignee'), role),
    channel: (params.get('channel') ?? '').split(',').filter((c): c is Channel => CHANNELS.includes(c as Channel)),
    topic: params.get('topic') || null,
    team: params.get('team') || null,
    zone: ZONES.includes(zone as ZoneFilter) ? (zone as ZoneFilter) : null,
    complaint: complaint === 'true' ? true : complaint === 'false' ? false : null,
    from: day('from'),
    to: day('to'),
    q: params.get('q') ?? '',
  };
}

export function toParams(f: InboxFilters, role: Role): URLSearchParams {
  const params = new URLSearchParams();
  if (f.status !== 'active') params.set('status', f.status);
  if (f.scope !== defaultScope(role)) params.set('assignee', String(f.scope));
  if (f.channel.length) params.set('channel', f.channel.join(','));
  if (f.topic) params.set('topic', f.topic);
  if (f.team) params.set('team', f.team);
  if (f.zone) params.set('zone', f.zone);
  if (f.complaint !== null) params.set('complaint', String(f.complaint));
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  if (f.q.trim()) params.set('q', f.q.trim());
  return params;
}

/** The filters in the address and a setter that replaces the history entry (no back-button spam). */
export function useInboxFilters(role: Role): [InboxFilters, (change: Partial<InboxFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params, role), [params, role]);
  const update = useCallback(
    (change: Partial<InboxFilters>) => setParams((current) => toParams({ ...parseFilters(current, role), ...change }, role), { replace: true }),
    [setParams, role],
  );
  return [filters, update];
}

const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The query of GET /api/tickets/counts: every filter but status (src/tickets/schemas.ts InboxQuerySchema). */
export function countQuery(f: InboxFilters): Record<string, string | boolean | undefined> {
  return {
    assignee: f.scope === 'all' ? undefined : String(f.scope),
    channel: f.channel.length ? f.channel.join(',') : undefined,
    topic: f.topic ?? undefined,
    team: f.team ?? undefined,
    zone: f.zone ?? undefined,
    complaint: f.complaint ?? undefined,
    from: f.from ?? undefined,
    // The API's "to" is exclusive; the picker's last day is inclusive.
    to: f.to ? nextDay(f.to) : undefined,
    q: f.q.trim() || undefined,
  };
}

/** The query of GET /api/tickets (without limit and cursor). */
export function listQuery(f: InboxFilters): Record<string, string | boolean | undefined> {
  const status = f.status === 'all' ? undefined : f.status === 'active' ? ACTIVE_STATUSES.join(',') : f.status;
  return { ...countQuery(f), status };
}

/** How many filters beyond status, scope and text are set (for the Filters button). */
export const extraFilterCount = (f: InboxFilters): number =>
  [f.channel.length > 0, f.topic, f.team, f.zone, f.complaint !== null, f.from || f.to].filter(Boolean).length;
