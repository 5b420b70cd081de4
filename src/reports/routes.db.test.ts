import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { reportFactory } from './test-data.ts';
import type { MonthlyReport } from './types.ts';

// Rendering is another module's job (and its own tests): here only the route around it.
vi.mock('./render/index.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./render/index.ts')>()),
  renderReport: vi.fn((_db: unknown, report: MonthlyReport, format: string) => Promise.resolve(Buffer.from(`${format} ${report.month}`))),
}));

let t: TestApp;
let agent: Session;
let supervisor: Session;
let admin: Session;
let l2: Session;

beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'hanna', 'agent');
  await addUser(t, 'supervisor', 'supervisor');
  await addUser(t, 'boss', 'admin');
  await addUser(t, 'l2-dtu', 'l2', 'DTU');
  [agent, supervisor, admin, l2] = await Promise.all([login(t, 'hanna'), login(t, 'supervisor'), login(t, 'boss'), login(t, 'l2-dtu')]);
  const f = reportFactory(t.handle.db);
  await f.tickets(3, { at: '2025-01-10T10:00:00+07:00', channel: 'email', category: 'pemda', region: '32.01' });
  await f.ticket({ at: '2024-12-10T10:00:00+07:00', channel: 'email' });
});
afterAll(() => t.close());

describe(`monthly report API (${testDatabaseKind()})`, () => {
  it('returns the whole report as JSON to agents, supervisors and admins', async () => {
    const response = await agent.request('GET', '/api/reports/monthly/2025-01');
    expect(response.statusCode).toBe(200);
    const report = response.json<MonthlyReport>();
    expect(report).toMatchObject({ month: '2025-01', previous_month: '2024-12', last_year_month: '2024-01', evaluation: '' });
    // Nothing of the contract is stripped by the response schema, nested fields included.
    expect(report.consultations.by_channel.email).toEqual({ value: 3, previous: 1, last_year: 0, change_previous_pct: 200, change_last_year_pct: null, share: 1 });
    expect(report.top_regions).toEqual([{ region_code: '32.01', region_name: 'Kab. Bogor', count: 3, topics: [] }]);
    expect(report.narrative_by_section.email?.[0]).toBe('Sebanyak 100,00% atau 3 pengguna layanan informasi DJPK menggunakan Layanan Email di bulan Januari 2025.');
    expect(report.narrative.length).toBeGreaterThan(10);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['satisfaction', 'chatbot', 'face_to_face', 'knowledge_base', 'broadcasts', 'outreach', 'generated_at']));
    for (const session of [supervisor, admin]) expect((await session.request('GET', '/api/reports/monthly/2025-01')).statusCode).toBe(200);
  });

  it('refuses Layer 2 accounts and anonymous callers', async () => {
    expect((await l2.request('GET', '/api/reports/monthly/2025-01')).statusCode).toBe(403);
    expect((await l2.request('GET', '/api/reports/monthly/2025-01/export?format=pdf')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/reports/monthly/2025-01' })).statusCode).toBe(401);
  });

  it('says what a month must look like', async () => {
    for (const month of ['2025-13', '2025-1', 'januari']) {
      const response = await agent.request('GET', `/api/reports/monthly/${month}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'validation', message: `Invalid month '${month}': expected YYYY-MM, e.g. 2025-01` } });
    }
  });

  it('downloads the rendered file with its name and content type', async () => {
    const response = await agent.request('GET', '/api/reports/monthly/2025-01/export?format=pptx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(response.headers['content-disposition']).toBe('attachment; filename="laporan-contact-center-2025-01.pptx"');
    expect(response.body).toBe('pptx 2025-01');
    const pdf = await agent.request('GET', '/api/reports/monthly/2024-12/export?format=pdf');
    expect([pdf.headers['content-type'], pdf.headers['content-disposition']]).toEqual(['application/pdf', 'attachment; filename="laporan-contact-center-2024-12.pdf"']);
    expect((await agent.request('GET', '/api/reports/monthly/2025-01/export?format=docx')).statusCode).toBe(400);
    expect((await agent.request('GET', '/api/reports/monthly/2025-01/export')).statusCode).toBe(400);
  });

  it('saves the evaluation for supervisors and admins, audited, and includes it in the report', async () => {
    const first = await supervisor.request('PUT', '/api/reports/monthly/2025-01/evaluation', { text: 'Koordinasi perlu ditingkatkan.' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ month: '2025-01', evaluation: 'Koordinasi perlu ditingkatkan.', updated_by: { username: 'supervisor' } });
    expect((await admin.request('PUT', '/api/reports/monthly/2025-01/evaluation', { text: 'Koordinasi dengan Layer 2 perlu ditingkatkan.' })).statusCode).toBe(200);
    expect((await agent.request('PUT', '/api/reports/monthly/2025-01/evaluation', { text: 'x' })).statusCode).toBe(403);
    expect((await supervisor.request('PUT', '/api/reports/monthly/2025-13/evaluation', { text: 'x' })).statusCode).toBe(400);

    const report = (await agent.request('GET', '/api/reports/monthly/2025-01')).json<MonthlyReport>();
    expect(report.evaluation).toBe('Koordinasi dengan Layer 2 perlu ditingkatkan.');
    expect((await agent.request('GET', '/api/reports/monthly/2024-12')).json<MonthlyReport>().evaluation).toBe('');

    const audit = await t.handle.db.selectFrom('audit_log').select(['actor', 'action', 'entity_id', 'before', 'after'])
      .where('entity', '=', 'report_note').orderBy('id').execute();
    expect(audit).toEqual([
      { actor: 'supervisor', action: 'report_note.update', entity_id: '2025-01', before: { evaluation: '' }, after: { evaluation: 'Koordinasi perlu ditingkatkan.' } },
      { actor: 'boss', action: 'report_note.update', entity_id: '2025-01', before: { evaluation: 'Koordinasi perlu ditingkatkan.' }, after: { evaluation: 'Koordinasi dengan Layer 2 perlu ditingkatkan.' } },
    ]);
  });
});
