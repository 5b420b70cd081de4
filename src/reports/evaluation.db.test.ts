import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { reportFactory } from './test-data.ts';
import type { EvaluationRecord } from './notes.ts';
import type { MonthlyReport } from './types.ts';

// What the console's report page relies on: the JSON download, and the evaluation's author, time and conflicts.
let t: TestApp;
let agent: Session;
let supervisor: Session;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'hanna', 'agent');
  await addUser(t, 'supervisor', 'supervisor');
  await addUser(t, 'boss', 'admin');
  [agent, supervisor, admin] = await Promise.all([login(t, 'hanna'), login(t, 'supervisor'), login(t, 'boss')]);
  await reportFactory(t.handle.db).tickets(2, { at: '2025-03-10T10:00:00+07:00', channel: 'whatsapp' });
});
afterAll(() => t.close());

const url = (month: string): string => `/api/reports/monthly/${month}/evaluation`;

describe(`report page support (${testDatabaseKind()})`, () => {
  it('downloads the report as a JSON file with its name', async () => {
    const response = await agent.request('GET', '/api/reports/monthly/2025-03/export?format=json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="laporan-contact-center-2025-03.json"');
    const report = JSON.parse(response.body) as MonthlyReport;
    expect(report.month).toBe('2025-03');
    expect(report.consultations.by_channel.whatsapp.value).toBe(2);
  });

  it('says who saved the evaluation and when, and refuses a save over someone else\'s', async () => {
    const empty = await agent.request('GET', url('2025-03'));
    expect(empty.json()).toEqual({ month: '2025-03', evaluation: '', updated_at: null, updated_by: null });

    const first = await supervisor.request('PUT', url('2025-03'), { text: 'Respons WhatsApp perlu dipercepat.', expected_updated_at: null });
    expect(first.statusCode).toBe(200);
    const saved = first.json<EvaluationRecord>();
    expect(saved).toMatchObject({ evaluation: 'Respons WhatsApp perlu dipercepat.', updated_by: { username: 'supervisor' } });
    expect(Date.parse(saved.updated_at ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect((await agent.request('GET', url('2025-03'))).json()).toEqual(saved);

    // The admin started from the empty text too: the supervisor's save is not overwritten.
    const stale = await admin.request('PUT', url('2025-03'), { text: 'Lain.', expected_updated_at: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'conflict' } });
    expect((await agent.request('GET', url('2025-03'))).json<EvaluationRecord>().evaluation).toBe('Respons WhatsApp perlu dipercepat.');

    const next = await admin.request('PUT', url('2025-03'), { text: 'Respons WhatsApp dan email perlu dipercepat.', expected_updated_at: saved.updated_at });
    expect(next.statusCode).toBe(200);
    expect(next.json()).toMatchObject({ updated_by: { username: 'boss' } });
    // Without expected_updated_at the text is replaced as before (scripts, the CLI).
    expect((await supervisor.request('PUT', url('2025-03'), { text: 'Final.' })).statusCode).toBe(200);
    expect((await agent.request('PUT', url('2025-03'), { text: 'x' })).statusCode).toBe(403);
  });
});
