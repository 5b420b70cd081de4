import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { inbound } from '../../test/helpers/tickets.ts';

let t: TestApp;
let agent: Session;
let dtu: Session;
let dtk: Session;
let escalatedId: number;
let plainId: number;
let otherTeamId: number;

beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'hanna', 'agent');
  await addUser(t, 'supervisor', 'supervisor');
  await addUser(t, 'l2-dtu', 'l2', 'DTU');
  await addUser(t, 'l2-dtk', 'l2', 'DTK');
  [agent, dtu, dtk] = await Promise.all([login(t, 'hanna'), login(t, 'l2-dtu'), login(t, 'l2-dtk')]);
  escalatedId = (await inbound(t.handle.db, { from: { phone: '081200000001', name: 'Dewi' }, body: 'Alokasi DAU 2025 berapa?' })).ticketId;
  plainId = (await inbound(t.handle.db, { from: { phone: '081200000002' }, body: 'belum dieskalasi' })).ticketId;
  otherTeamId = (await inbound(t.handle.db, { from: { phone: '081200000003' }, body: 'untuk DTK' })).ticketId;
  expect((await agent.request('POST', `/api/tickets/${escalatedId}/escalations`, { team: 'DTU', note: 'Mohon data alokasi DAU Kab. Bogor' })).statusCode).toBe(201);
  expect((await agent.request('POST', `/api/tickets/${otherTeamId}/escalations`, { team: 'DTK', note: 'DAK' })).statusCode).toBe(201);
});
afterAll(() => t.close());

describe(`Layer 2 (${testDatabaseKind()})`, () => {
  it('shows a team only the tickets escalated to it', async () => {
    const list = (await dtu.request('GET', '/api/tickets')).json<{ items: { id: number; status: string }[] }>();
    expect(list.items.map((i) => i.id)).toEqual([escalatedId]);
    expect(list.items[0]?.status).toBe('escalated');
    expect((await dtu.request('GET', `/api/tickets/${plainId}`)).statusCode).toBe(404);
    expect((await dtu.request('GET', `/api/tickets/${otherTeamId}`)).statusCode).toBe(404);
    expect((await dtu.request('GET', `/api/tickets/${escalatedId}`)).statusCode).toBe(200);
    expect((await dtu.request('GET', '/api/tickets/counts')).json()).toMatchObject({ escalated: 1, total: 1 });
  });

  it('does not let a team change tickets, reply to requesters, or answer another team\'s escalation', async () => {
    expect((await dtu.request('PATCH', `/api/tickets/${escalatedId}`, { status: 'resolved' })).statusCode).toBe(403);
    expect((await dtu.request('PATCH', `/api/tickets/${plainId}`, { status: 'resolved' })).statusCode).toBe(403);
    expect((await dtu.request('POST', `/api/tickets/${escalatedId}/messages`, { body: 'langsung ke pemda' })).statusCode).toBe(403);
    expect((await dtu.request('POST', `/api/tickets/${escalatedId}/escalations`, { team: 'DTK', note: 'x' })).statusCode).toBe(403);
    expect((await dtk.request('POST', `/api/tickets/${escalatedId}/escalations/answer`, { body: 'jawaban' })).statusCode).toBe(404);
    expect((await agent.request('POST', `/api/tickets/${escalatedId}/escalations/answer`, { body: 'jawaban' })).statusCode).toBe(403);
    expect((await agent.request('POST', `/api/tickets/${escalatedId}/escalations`, { team: 'DTK', note: 'lagi' })).statusCode).toBe(409);
    expect((await dtk.request('GET', '/api/escalations?month=2099-01')).json()).toEqual([]);
  });

  it('returns the answer to Layer 1 as an internal message, then Layer 1 replies to the requester', async () => {
    const answered = await dtu.request('POST', `/api/tickets/${escalatedId}/escalations/answer`, { body: 'Alokasi DAU Kab. Bogor 2025 ada di PMK 108/2024.' });
    expect(answered.statusCode).toBe(200);
    const ticket = answered.json<{ status: string; messages: { direction: string; kind: string; author: string }[]; escalations: { status: string; score: number; workingDays: number }[] }>();
    expect(ticket.status).toBe('open');
    expect(ticket.messages.slice(-2).map((m) => [m.direction, m.kind, m.author])).toEqual([['internal', 'escalation', 'hanna'], ['internal', 'l2_answer', 'l2-dtu']]);
    expect(ticket.escalations[0]).toMatchObject({ status: 'answered', score: 120 });
    const reply = await agent.request('POST', `/api/tickets/${escalatedId}/messages`, { body: 'Alokasi ada di PMK 108/2024.' });
    expect(reply.json()).toMatchObject({ direction: 'outbound', delivery_status: 'queued' });
    // The team still sees the ticket it answered.
    expect((await dtu.request('GET', `/api/tickets/${escalatedId}`)).statusCode).toBe(200);
  });

  it('lets a team send a ticket back with a question', async () => {
    const returned = await dtk.request('POST', `/api/tickets/${otherTeamId}/escalations/return`, { body: 'Untuk DAK Fisik bidang apa?' });
    expect(returned.json()).toMatchObject({ status: 'open', escalations: [{ status: 'returned' }] });
  });

  it('scores and ranks the teams of a month by working days, across holidays', async () => {
    const teams = await t.handle.db.selectFrom('teams').select(['id', 'code']).execute();
    const team = (code: string) => teams.find((x) => x.code === code)!.id;
    const escalation = async (code: string, escalatedAt: string, answeredAt: string | null) => {
      const { ticketId } = await inbound(t.handle.db, { channel: 'email', from: { email: `${code}${escalatedAt}@x.go.id` }, body: 'skor' });
      await t.handle.db.insertInto('escalations').values({ ticket_id: ticketId, team_id: team(code), escalated_at: escalatedAt, answered_at: answeredAt, status: answeredAt ? 'answered' : 'open' }).execute();
    };
    // Thursday 27 March 2025: the next working day is Tuesday 8 April (cuti bersama, Nyepi, Idul Fitri).
    await escalation('SIPT', '2025-03-27T10:00:00+07:00', '2025-04-08T10:00:00+07:00'); // H+1: 120
    await escalation('SIPT', '2025-03-27T10:00:00+07:00', '2025-04-10T10:00:00+07:00'); // H+3: 100
    await escalation('PDRD', '2025-03-27T10:00:00+07:00', '2025-04-11T10:00:00+07:00'); // H+4: 80
    await escalation('PDRD', '2025-03-26T10:00:00+07:00', '2025-04-01T10:00:00+07:00'); // answered on a holiday: counts as 27 March, H+1: 120
    await escalation('P2D', '2025-03-31T10:00:00+07:00', null); // escalated on a holiday, never answered: 80, pending
    const scores = (await agent.request('GET', '/api/l2/scores?month=2025-03')).json<{ team_code: string; count: number; score: number; pending: number; share: number }[]>();
    expect(scores.map((s) => [s.team_code, s.count, s.score, s.pending])).toEqual([['SIPT', 2, 110, 0], ['PDRD', 2, 100, 0], ['P2D', 1, 80, 1]]);
    expect(scores[0]?.share).toBeCloseTo(0.4);
    const own = (await dtu.request('GET', '/api/l2/scores?month=2025-03')).json<unknown[]>();
    expect(own).toEqual([]);
  });
});
