import type { Kysely } from 'kysely';
import type { Static } from '@sinclair/typebox';
import { CHANNELS, TICKET_STATUSES, type Channel, type Database, type TicketStatus } from '../db/schema.ts';
import { validation } from '../platform/errors.ts';
import { resolveTeamId } from '../users/service.ts';
import type { InboxFilters } from './inbox.ts';
import type { InboxQuerySchema } from './schemas.ts';

function list<T extends string>(raw: string | undefined, allowed: readonly T[], field: string): T[] | undefined {
  if (!raw) return undefined;
  const values = raw.split(',').map((v) => v.trim()).filter(Boolean);
  const bad = values.filter((v) => !allowed.includes(v as T));
  if (bad.length) throw validation(`Unknown ${field}: ${bad.join(', ')}`, [{ field, message: `Use ${allowed.join(', ')}`, value: bad.join(',') }]);
  return values as T[];
}

/** A day (YYYY-MM-DD) means Jakarta midnight; anything else must be an ISO instant. */
function instant(raw: string | undefined, field: string): Date | undefined {
  if (!raw) return undefined;
  const value = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T00:00:00+07:00`) : new Date(raw);
  if (Number.isNaN(value.getTime())) throw validation(`Invalid ${field} date ${raw}`, [{ field, message: 'Use YYYY-MM-DD or an ISO 8601 instant', value: raw }]);
  return value;
}

function assignee(raw: string | undefined): InboxFilters['assignee'] {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'me' || raw === 'none') return raw;
  if (/^\d+$/.test(raw)) return Number(raw);
  throw validation(`Invalid assignee ${raw}`, [{ field: 'assignee', message: 'A user id, "me" or "none"', value: raw }]);
}

/** Turns the inbox query string into filters, naming any value that is wrong. */
export async function parseInboxQuery(db: Kysely<Database>, q: Static<typeof InboxQuerySchema>): Promise<InboxFilters> {
  return {
    status: list<TicketStatus>(q.status, TICKET_STATUSES, 'status'),
    channel: list<Channel>(q.channel, CHANNELS, 'channel'),
    topic: q.topic,
    assignee: assignee(q.assignee),
    team: q.team ? await resolveTeamId(db, q.team) : undefined,
    zone: q.zone as InboxFilters['zone'],
    complaint: q.complaint,
    spam: q.spam,
    contact: q.contact,
    from: instant(q.from, 'from'),
    to: instant(q.to, 'to'),
    q: q.q,
  };
}
