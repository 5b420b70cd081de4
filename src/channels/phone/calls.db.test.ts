import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { inbound, MONDAY_MORNING } from '../../../test/helpers/tickets.ts';
import { testDatabaseKind } from '../../../test/helpers/db.ts';
import { buildReport } from '../../reports/report.ts';

type Details = { error: { code: string; details?: { field: string }[] } };

let t: TestApp;
let admin: Session;
let agent: Session;
let agentId: number;
let l2: Session;

/** A quick log as the console would send it; fields override. */
const quickLog = (fields: Record<string, unknown> = {}) => ({
  caller: { phone: '+62 811 1504 207', name: 'Bu Sari', institution: 'BPKAD Kab. Bogor' },
  region: 'Kab. Bogor', topics: ['DAU'], summary: 'Menanyakan jadwal penyaluran DAU tahap I.', duration: '3:05', direction: 'in', settled: true,
  at: '2025-01-06T10:00:00+07:00',
  ...fields,
});

const fieldsOf = (body: string): string[] => ((JSON.parse(body) as Details).error.details ?? []).map((d) => d.field);

beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'admin', 'admin');
  agentId = await addUser(t, 'sari', 'agent');
  await addUser(t, 'dtu', 'l2', 'DTU');
  [admin, agent, l2] = await Promise.all([login(t, 'admin'), login(t, 'sari'), login(t, 'dtu')]);
});

afterAll(async () => t.close());

describe(`quick call logging (${testDatabaseKind()})`, () => {
  it('makes a phone ticket for the contact an earlier WhatsApp ticket knows by the same number: summary, duration, agent, resolved', async () => {
    const whatsapp = await inbound(t.handle.db, { from: { phone: '0811-150420-7', name: 'Sari' }, body: 'Halo', receivedAt: MONDAY_MORNING });
    const logged = await agent.request('POST', '/api/calls', quickLog());
    expect(logged.statusCode, logged.body).toBe(201);
    const call = logged.json<{ id: number; ticket_id: number; duration_seconds: number; duration: string; status: string; agent_id: number; source: string }>();
    expect(call).toMatchObject({ duration_seconds: 185, duration: '3:05', status: 'completed', agent_id: agentId, source: 'manual' });

    const ticket = (await agent.request('GET', `/api/tickets/${call.ticket_id}`)).json<Record<string, unknown> & { requester: { id: number; institution: string }; assignee: { username: string }; messages: { body: string }[] }>();
    const whatsappTicket = (await agent.request('GET', `/api/tickets/${whatsapp.ticketId}`)).json<{ requester: { id: number } }>();
    expect(ticket.requester.id).toBe(whatsappTicket.requester.id);
    expect(ticket).toMatchObject({ channel: 'phone', status: 'resolved', region_code: '32.01', zone: 'WIB', topics: ['DAU'], assignee: { username: 'sari' } });
    expect(ticket.requester.institution).toBe('BPKAD Kab. Bogor');
    expect(ticket.messages.map((m) => m.body)).toEqual(['Menanyakan jadwal penyaluran DAU tahap I.']);
    expect(ticket.resolved_at).toBe('2025-01-06T03:03:05.000Z');

    const open = (await agent.request('POST', '/api/calls', quickLog({ caller: { name: 'Pak Budi' }, region: undefined, settled: false, duration: 40, direction: 'out' }))).json<{ ticket_id: number; direction: string }>();
    expect(open.direction).toBe('out');
    expect((await agent.request('GET', `/api/tickets/${open.ticket_id}`)).json()).toMatchObject({ status: 'open', assignee: { username: 'sari' } });

    const audit = (await admin.request('GET', `/api/audit?entity=call&entity_id=${call.id}`)).json<{ action: string; actor: string }[]>();
    expect(audit).toMatchObject([{ action: 'call.log', actor: 'sari' }]);
  });

  it('counts logged calls in the report\'s phone figures and topics', async () => {
    const report = await buildReport(t.handle.db, '2025-01', { now: new Date('2025-02-03T02:00:00Z') });
    expect(report.consultations.by_channel.phone.value).toBe(2);
    expect(report.channel_top_topics.phone).toMatchObject([{ topic: 'DAU', count: 2 }]);
  });

  it('names the field of each problem', async () => {
    const problems: [Record<string, unknown>, string][] = [
      [{ caller: { phone: '12' } }, 'caller.phone'],
      [{ caller: { institution: 'Pemkab' } }, 'caller'],
      [{ duration: '3 menit' }, 'duration'],
      [{ duration: '13:00:00' }, 'duration'],
      [{ region: 'Kab. Antah Berantah' }, 'region'],
      [{ topics: ['NO_SUCH_TOPIC'] }, 'topics'],
      [{ summary: '   ' }, 'summary'],
      [{ at: '2099-01-01T00:00:00Z' }, 'at'],
      [{ topics: [] }, 'body.topics'],
      [{ settled: undefined }, 'body'],
      [{ missed_call_id: 999_999 }, 'missed_call_id'],
    ];
    for (const [fields, field] of problems) {
      const response = await agent.request('POST', '/api/calls', quickLog(fields));
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expect(fieldsOf(response.body), JSON.stringify(fields)).toContain(field);
    }
    const tickets = await t.handle.db.selectFrom('tickets').select('id').where('channel', '=', 'phone').execute();
    expect(tickets).toHaveLength(2);
  });

  it('lets Layer 1 log calls, not a Layer 2 team or anyone anonymous', async () => {
    expect((await l2.request('POST', '/api/calls', quickLog())).statusCode).toBe(403);
    expect((await l2.request('GET', '/api/calls')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/calls', payload: quickLog() })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/calls/1' })).statusCode).toBe(401);
    expect((await admin.request('POST', '/api/calls', quickLog({ caller: { phone: '0812-3456-7890' } }))).statusCode).toBe(201);
  });

  it('gives agents extensions (admin only, audited), one each', async () => {
    const l2Id = await t.handle.db.selectFrom('users').select('id').where('username', '=', 'dtu').executeTakeFirstOrThrow();
    expect((await agent.request('PUT', '/api/phone/extensions/201', { user_id: agentId })).statusCode).toBe(403);
    const toL2 = await admin.request('PUT', '/api/phone/extensions/201', { user_id: l2Id.id });
    expect(toL2.statusCode).toBe(400);
    expect(fieldsOf(toL2.body)).toEqual(['user_id']);
    expect((await admin.request('PUT', '/api/phone/extensions/201', { user_id: agentId })).json()).toMatchObject({ extension: '201', username: 'sari' });
    // Moving to another desk lets the old extension go.
    expect((await admin.request('PUT', '/api/phone/extensions/205', { user_id: agentId })).statusCode).toBe(200);
    expect((await admin.request('GET', '/api/phone/extensions')).json()).toMatchObject([{ extension: '205', user_id: agentId }]);
    expect((await admin.request('DELETE', '/api/phone/extensions/205')).statusCode).toBe(204);
    expect((await admin.request('GET', '/api/phone/extensions')).json()).toEqual([]);
    const audit = (await admin.request('GET', '/api/audit?entity=phone_extension')).json<{ action: string; entity_id: string }[]>();
    expect(audit.map((a) => `${a.action} ${a.entity_id}`)).toEqual(['phone_extension.remove 205', 'phone_extension.set 205', 'phone_extension.set 201']);
  });
});
