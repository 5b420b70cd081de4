import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { inbound } from '../../test/helpers/tickets.ts';

let t: TestApp;
let agent: Session;
let dtu: Session;
let supervisor: Session;
const ids: Record<string, number> = {};

interface QueueItem { ticket_id: number; team_code: string; status: string; note: string; question: string | null; escalated_by: string | null; requester_name: string; score: number | null; pending: boolean }

beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'hanna', 'agent');
  await addUser(t, 'supervisor', 'supervisor');
  await addUser(t, 'l2-dtu', 'l2', 'DTU');
  [agent, dtu, supervisor] = await Promise.all([login(t, 'hanna'), login(t, 'l2-dtu'), login(t, 'supervisor')]);
  const ask = async (key: string, body: string) => {
    ids[key] = (await inbound(t.handle.db, { channel: 'email', from: { email: `${key}@pemda.go.id`, name: `Pemda ${key}` }, body })).ticketId;
  };
  await ask('first', 'Kapan DAU bulan Januari disalurkan?');
  await ask('second', 'Berapa pagu DAU Kab. Bogor?');
  await ask('answered', 'Dasar hukum DAU 2025?');
  await ask('dtk', 'DAK Fisik bidang jalan?');
  for (const [key, team, note] of [['first', 'DTU', 'Mohon jadwal penyaluran'], ['answered', 'DTU', 'Mohon PMK-nya'], ['second', 'DTU', 'Mohon angka pagu'], ['dtk', 'DTK', 'Bidang jalan']] as const) {
    expect((await agent.request('POST', `/api/tickets/${ids[key]}/escalations`, { team, note })).statusCode).toBe(201);
  }
  expect((await dtu.request('POST', `/api/tickets/${ids.answered}/escalations/answer`, { body: 'PMK 108/2024' })).statusCode).toBe(200);
});
afterAll(() => t.close());

describe(`Layer 2 queue (${testDatabaseKind()})`, () => {
  it('lists a team\'s own escalations, open ones first (oldest first), with the question and the L1 note', async () => {
    const response = await dtu.request('GET', '/api/escalations/queue');
    expect(response.statusCode).toBe(200);
    const items = response.json<QueueItem[]>();
    expect(items.map((i) => [i.ticket_id, i.status])).toEqual([[ids.first, 'open'], [ids.second, 'open'], [ids.answered, 'answered']]);
    expect(items[0]).toMatchObject({ team_code: 'DTU', note: 'Mohon jadwal penyaluran', question: 'Kapan DAU bulan Januari disalurkan?', requester_name: 'Pemda first', pending: true, score: null });
    expect(items[0]?.escalated_by).toEqual(expect.any(String));
    expect(items[2]).toMatchObject({ score: 120, pending: false });
  });

  it('ignores another team asked for by a Layer 2 account; a supervisor sees every team or filters one', async () => {
    const own = (await dtu.request('GET', '/api/escalations/queue?team=DTK')).json<QueueItem[]>();
    expect(own.every((i) => i.team_code === 'DTU')).toBe(true);
    const all = (await supervisor.request('GET', '/api/escalations/queue')).json<QueueItem[]>();
    expect(all.map((i) => i.team_code).sort()).toEqual(['DTK', 'DTU', 'DTU', 'DTU']);
    expect(all.slice(0, 3).every((i) => i.status === 'open')).toBe(true);
    const dtk = (await supervisor.request('GET', '/api/escalations/queue?team=DTK')).json<QueueItem[]>();
    expect(dtk.map((i) => i.ticket_id)).toEqual([ids.dtk]);
    expect((await supervisor.request('GET', '/api/escalations/queue?team=NOPE')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/escalations/queue' })).statusCode).toBe(401);
  });
});
