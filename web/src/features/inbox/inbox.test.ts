import { describe, expect, it } from 'vitest';
import { listQuery, countQuery, parseFilters, toParams, extraFilterCount } from './filters.ts';
import { unreadIn } from './unread.ts';

const parse = (search: string, role: 'agent' | 'supervisor' = 'agent') => parseFilters(new URLSearchParams(search), role);

describe('inbox filters in the address', () => {
  it('defaults to the working queue: active statuses, an agent on their own tickets, a supervisor on all', () => {
    expect(parse('')).toMatchObject({ status: 'active', scope: 'me', channel: [], q: '' });
    expect(parse('', 'supervisor').scope).toBe('all');
    expect(listQuery(parse(''))).toMatchObject({ status: 'open,pending,escalated', assignee: 'me' });
    expect(listQuery(parse('', 'supervisor')).assignee).toBeUndefined();
  });

  it('keeps every filter through a reload (address -> filters -> address)', () => {
    const search = 'status=resolved&assignee=7&channel=whatsapp%2Cemail&topic=DAU&team=DTU&zone=WITA&complaint=true&from=2026-11-01&to=2026-11-30&q=dana+desa';
    const filters = parse(search);
    expect(filters).toEqual({ status: 'resolved', scope: 7, channel: ['whatsapp', 'email'], topic: 'DAU', team: 'DTU', zone: 'WITA', complaint: true, from: '2026-11-01', to: '2026-11-30', q: 'dana desa' });
    expect(toParams(filters, 'agent').toString()).toBe(search);
    expect(extraFilterCount(filters)).toBe(6);
  });

  it('drops values the API would refuse instead of sending them', () => {
    expect(parse('status=nope&channel=fax,whatsapp&zone=UTC&from=yesterday&complaint=maybe')).toMatchObject({ status: 'active', channel: ['whatsapp'], zone: null, from: null, complaint: null });
  });

  it('asks the API for the picked last day included (its "to" is exclusive) and leaves status out of the counts', () => {
    const filters = parse('status=all&assignee=none&from=2026-12-31&to=2026-12-31');
    expect(listQuery(filters)).toMatchObject({ status: undefined, assignee: 'none', from: '2026-12-31', to: '2027-01-01' });
    expect(countQuery(filters)).not.toHaveProperty('status');
  });
});

describe('unread markers', () => {
  const state = { since: '2026-11-28T00:00:00.000Z', seen: { 1: '2026-11-28T02:00:00.000Z' } };
  it('is unread when the requester wrote after the last view, and never for the archive before "since"', () => {
    expect(unreadIn(state, { id: 1, last_inbound_at: '2026-11-28T02:00:00.000Z' })).toBe(false);
    expect(unreadIn(state, { id: 1, last_inbound_at: '2026-11-28T03:00:00.000Z' })).toBe(true);
    expect(unreadIn(state, { id: 2, last_inbound_at: '2026-11-28T01:00:00.000Z' })).toBe(true);
    expect(unreadIn(state, { id: 3, last_inbound_at: '2026-11-27T23:00:00.000Z' })).toBe(false);
    expect(unreadIn(state, { id: 4, last_inbound_at: null })).toBe(false);
  });
});
