import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { inbound } from '../../test/helpers/tickets.ts';
import type { Actor } from '../auth/actor.ts';
import type { Channel, TicketStatus, Zone } from '../db/schema.ts';
import { dashboard } from './routes.ts';

let t: TestApp;
let agentId: number;
// Wednesday 15 January 2025, 10:00 WIB.
const NOW = new Date('2025-01-15T10:00:00+07:00');
const ADMIN: Actor = { userId: 0, username: 'test', name: 'Test', role: 'admin', teamId: null, via: 'token' };
const at = (local: string) => new Date(`${local}+07:00`);

interface Row { channel: Channel; created: string; zone: Zone | null; inside: boolean; status: TicketStatus; answered: string | null }
// Minutes to the first answer are in the comments; T6 is last month's, T7 yesterday's.
const ROWS: Row[] = [
  { channel: 'whatsapp', created: '2025-01-15T08:30', zone: 'WIB', inside: true, status: 'open', answered: '2025-01-15T08:40' }, // T1 10
  { channel: 'email', created: '2025-01-15T09:00', zone: 'WITA', inside: true, status: 'pending', answered: '2025-01-15T09:30' }, // T2 30
  { channel: 'whatsapp', created: '2025-01-15T02:00', zone: null, inside: false, status: 'escalated', answered: '2025-01-15T08:05' }, // T3 365
  { channel: 'livechat', created: '2025-01-15T07:00', zone: 'WIT', inside: false, status: 'open', answered: null }, // T4 waiting
  { channel: 'phone', created: '2025-01-03T10:00', zone: 'WIB', inside: true, status: 'resolved', answered: '2025-01-03T10:20' }, // T5 20
  { channel: 'helpdesk', created: '2024-12-31T10:00', zone: 'WIB', inside: true, status: 'open', answered: null }, // T6
  { channel: 'whatsapp', created: '2025-01-14T23:30', zone: 'WIT', inside: false, status: 'closed', answered: '2025-01-15T08:00' }, // T7 510
];

beforeAll(async () => {
  t = await createTestApp();
  agentId = await addUser(t, 'hanna', 'agent');
  await addUser(t, 'supervisor', 'supervisor');
  await addUser(t, 'boss', 'admin');
  await addUser(t, 'l2-dtu', 'l2', 'DTU');
  const db = t.handle.db;
  const ids: number[] = [];
  for (const [i, row] of ROWS.entries()) {
    const { ticketId } = await inbound(db, { channel: 'email', from: { email: `t${i + 1}@pemda.go.id` }, body: `pertanyaan ${i + 1}` });
    await db.updateTable('tickets').set({
      channel: row.channel, created_at: at(row.created), zone: row.zone, inside_service_hours: row.inside, status: row.status,
      first_response_at: row.answered ? at(row.answered) : null,
    }).where('id', '=', ticketId).execute();
    ids.push(ticketId);
  }
  const teams = await db.selectFrom('teams').select(['id', 'code']).execute();
  const team = (code: string) => teams.find((x) => x.code === code)!.id;
  await db.insertInto('escalations').values([
    { ticket_id: ids[4]!, team_id: team('DTU'), escalated_at: at('2025-01-06T10:00'), answered_at: at('2025-01-10T10:00'), status: 'answered' }, // H+4: 80
    { ticket_id: ids[1]!, team_id: team('DTU'), escalated_at: at('2025-01-15T09:10'), answered_at: at('2025-01-15T09:50'), status: 'answered' }, // H: 120
    { ticket_id: ids[6]!, team_id: team('PDRD'), escalated_at: at('2025-01-15T08:10'), answered_at: null, status: 'open' }, // not yet scored
  ]).execute();
  const contacts = await db.selectFrom('tickets').select(['id', 'contact_id']).where('id', 'in', ids).execute();
  const contactOf = (id: number) => contacts.find((c) => c.id === id)!.contact_id;
  await db.insertInto('csat_ratings').values([
    { ticket_id: ids[0]!, agent_id: agentId, contact_id: contactOf(ids[0]!), service: 5, substance: 4, rated_at: at('2025-01-15T09:00') },
    { ticket_id: ids[4]!, agent_id: agentId, contact_id: contactOf(ids[4]!), service: 3, substance: 4, rated_at: at('2025-01-04T09:00') },
    { ticket_id: ids[5]!, agent_id: agentId, contact_id: contactOf(ids[5]!), service: 1, substance: 1, rated_at: at('2024-12-31T12:00') }, // last month
  ]).execute();
});
afterAll(() => t.close());

describe(`supervisor dashboard (${testDatabaseKind()})`, () => {
  it('counts today\'s tickets (Jakarta midnight to midnight) by channel, status and zone, with first-response times', async () => {
    const today = await dashboard(t.handle.db, ADMIN, 'today', NOW);
    expect(today.from).toEqual(at('2025-01-15T00:00'));
    expect(today.tickets).toEqual({
      total: 4,
      by_channel: { whatsapp: 2, email: 1, phone: 0, helpdesk: 0, livechat: 1 },
      by_status: { open: 2, pending: 1, escalated: 1, resolved: 0, closed: 0 },
    });
    // 10, 30 and 365 minutes: median 30, mean 135; T4 still waits.
    expect(today.first_response).toEqual({ answered: 3, waiting: 1, median_minutes: 30, average_minutes: 135 });
    expect(today.service_hours).toEqual({ inside: { WIB: 1, WITA: 1, WIT: 0, unidentified: 0 }, outside: { WIB: 0, WITA: 0, WIT: 1, unidentified: 1 } });
    expect(today.timeline).toHaveLength(24);
    expect(today.timeline.filter((p) => p.count > 0)).toEqual([{ bucket: '02', count: 1 }, { bucket: '07', count: 1 }, { bucket: '08', count: 1 }, { bucket: '09', count: 1 }]);
  });

  it('counts the month and the queue now, whatever the period', async () => {
    const month = await dashboard(t.handle.db, ADMIN, 'month', NOW);
    expect(month.month).toBe('2025-01');
    expect(month.tickets.total).toBe(6);
    expect(month.tickets.by_channel).toEqual({ whatsapp: 3, email: 1, phone: 1, helpdesk: 0, livechat: 1 });
    expect(month.tickets.by_status).toEqual({ open: 2, pending: 1, escalated: 1, resolved: 1, closed: 1 });
    // 10, 20, 30, 365, 510: median 30, mean 187.
    expect(month.first_response).toEqual({ answered: 5, waiting: 1, median_minutes: 30, average_minutes: 187 });
    expect(month.service_hours).toEqual({ inside: { WIB: 2, WITA: 1, WIT: 0, unidentified: 0 }, outside: { WIB: 0, WITA: 0, WIT: 2, unidentified: 1 } });
    expect(month.timeline).toHaveLength(31);
    expect(month.timeline.filter((p) => p.count > 0)).toEqual([{ bucket: '2025-01-03', count: 1 }, { bucket: '2025-01-14', count: 1 }, { bucket: '2025-01-15', count: 4 }]);
    // T6 (December) is still open: the queue is every open, pending and escalated ticket.
    expect(month.queue).toEqual({ open: 3, pending: 1, escalated: 1 });
  });

  it('shows this month\'s L2 scores per team and ratings per agent', async () => {
    const today = await dashboard(t.handle.db, ADMIN, 'today', NOW);
    expect(today.l2_scores.map((s) => [s.team_code, s.count, s.score, s.pending])).toEqual([['DTU', 2, 100, 0], ['PDRD', 1, null, 1]]);
    expect(today.ratings.minimum).toEqual({ ratings: 5, raters: 5 });
    expect(today.ratings.agents).toEqual([{ agent: 'hanna', name: expect.any(String) as string, ratings: 2, raters: 2, service: 4, substance: 4, score: 4, meets_minimum: false }]);
  });

  it('is for supervisors and administrators only', async () => {
    const [supervisor, admin, agent, l2] = await Promise.all(['supervisor', 'boss', 'hanna', 'l2-dtu'].map((u) => login(t, u)));
    for (const session of [supervisor!, admin!]) {
      const response = await session.request('GET', '/api/dashboard?period=month');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ period: 'month', tickets: { total: expect.any(Number) as number }, queue: { open: 3, pending: 1, escalated: 1 } });
    }
    expect((await supervisor!.request('GET', '/api/dashboard')).json()).toMatchObject({ period: 'today' });
    expect((await supervisor!.request('GET', '/api/dashboard?period=week')).statusCode).toBe(400);
    expect((await agent!.request('GET', '/api/dashboard')).statusCode).toBe(403);
    expect((await l2!.request('GET', '/api/dashboard')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/dashboard' })).statusCode).toBe(401);
  });
});
