import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { until } from '../../test/helpers/until.ts';

let t: TestApp;
let supervisor: Session;
let agent: Session;
const fixture = (name: string) => readFile(path.join(import.meta.dirname, '../../test/fixtures/imports', name));

beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'spv', 'supervisor');
  await addUser(t, 'linna', 'agent');
  [supervisor, agent] = await Promise.all([login(t, 'spv'), login(t, 'linna')]);
});
afterAll(() => t.close());

/** A browser upload: the raw file as the body, with the session cookie and CSRF header. */
function upload(session: Session, kind: string, filename: string, body: Buffer, contentType = 'text/csv') {
  return t.app.inject({
    method: 'POST', url: `/api/imports/${kind}?filename=${encodeURIComponent(filename)}`, payload: body,
    cookies: { sapa_session: session.cookie }, headers: { 'x-csrf-token': session.csrf, 'content-type': contentType },
  });
}

interface Run { id: number; status: string; read: number; inserted: number; updated: number; rejected: number; summary: Record<string, unknown> | null; error: string | null }

async function finished(id: number): Promise<Run> {
  return until(async () => {
    const run = (await supervisor.request('GET', `/api/imports/${id}`)).json<Run>();
    return run.status === 'running' ? undefined : run;
  }, 20_000);
}

describe(`the import API (${testDatabaseKind()})`, () => {
  it('imports a supervisor\'s upload in the background and reports the counts', async () => {
    const response = await upload(supervisor, 'tickets', 'tiket januari.csv', await fixture('tickets.csv'), 'text/csv; charset=utf-8');
    expect(response.statusCode).toBe(202);
    const { id } = response.json<{ id: number }>();
    const run = await finished(id);
    expect(run).toMatchObject({ status: 'done', read: 13, inserted: 6, updated: 0, rejected: 7, error: null });
    expect(run.summary).toMatchObject({ kind: 'tickets', file: 'tiket januari.csv', read: 13, rejectedFile: `/api/imports/${id}/rejected.csv`, createdAgents: ['rudi'], createdTeams: ['Tim Pajak Daerah Baru'] });

    const rejected = await supervisor.request('GET', `/api/imports/${id}/rejected.csv`);
    expect(rejected.statusCode).toBe(200);
    expect(rejected.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse<Record<string, string>>(rejected.body, { columns: true });
    expect(rows.map((r) => [r.line, r.column])).toEqual([['7', 'channel'], ['8', 'created_at'], ['9', 'region'], ['10', 'csat_service'], ['11', 'id'], ['12', 'region'], ['15', 'topics']]);

    const audit = await t.handle.db.selectFrom('audit_log').select(['actor', 'entity_id', 'after']).where('action', '=', 'import.upload').execute();
    expect(audit).toEqual([{ actor: 'spv', entity_id: String(id), after: { kind: 'tickets', filename: 'tiket januari.csv', bytes: (await fixture('tickets.csv')).length } }]);
  });

  it('imports the same file again as updates, and an XLSX upload; lists the runs newest first', async () => {
    const again = await upload(supervisor, 'tickets', 'tiket.csv', await fixture('tickets.csv'), 'application/octet-stream');
    expect(await finished(again.json<{ id: number }>().id)).toMatchObject({ status: 'done', read: 13, inserted: 0, updated: 6, rejected: 7 });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Kunjungan');
    sheet.addRow(['id', 'kind', 'date', 'visitor', 'guests']);
    sheet.addRow(['B-1', 'Tatap Muka', new Date(Date.UTC(2025, 0, 15)), 'Kab. Bogor', 4]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(supervisor, 'bookings', 'kunjungan.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const run = await finished(response.json<{ id: number }>().id);
    expect(run).toMatchObject({ status: 'done', read: 1, inserted: 1, rejected: 0, summary: { rejectedFile: null } });
    expect(await t.handle.db.selectFrom('bookings').select(['date', 'region_code', 'guests']).execute()).toEqual([{ date: '2025-01-15', region_code: '32.01', guests: 4 }]);
    const list = (await supervisor.request('GET', '/api/imports')).json<Run[]>();
    expect(list.map((r) => [r.id, r.status])).toEqual([[run.id, 'done'], [run.id - 1, 'done'], [run.id - 2, 'done']]);
    expect((await supervisor.request('GET', `/api/imports/${run.id}/rejected.csv`)).statusCode).toBe(404);
  });

  it('marks a run failed with the reason when the file cannot be imported', async () => {
    const response = await upload(supervisor, 'bookings', 'kunjungan.csv', Buffer.from('id,date\nB-1,2025-01-01\n'));
    const run = await finished(response.json<{ id: number }>().id);
    expect(run).toMatchObject({ status: 'failed', read: 0, summary: null });
    expect(run.error).toContain('missing required columns: kind, visitor');
  });

  it('refuses agents, unknown kinds and other file types, keeping no refused file', async () => {
    const body = await fixture('tickets.csv');
    const uploadFolders = async () => (await readdir(tmpdir())).filter((name) => /^sapa-import-(?!test-)/.test(name)).length;
    const foldersBefore = await uploadFolders();
    const forbidden = await upload(agent, 'tickets', 'x.csv', body);
    expect(forbidden.statusCode).toBe(403);
    expect((await agent.request('GET', '/api/imports')).statusCode).toBe(403);
    expect((await upload(supervisor, 'surveys', 'x.csv', body)).statusCode).toBe(400);
    expect((await upload(supervisor, 'tickets', 'x.pdf', body)).statusCode).toBe(400);
    expect((await upload(supervisor, 'tickets', 'x.csv', body, 'application/pdf')).statusCode).toBe(415);
    expect((await supervisor.request('GET', '/api/imports/999999')).statusCode).toBe(404);
    const runs = await t.handle.db.selectFrom('import_runs').select('id').execute();
    expect(runs).toHaveLength(4);
    // The refused uploads were stored before their parameters were checked; they are gone again.
    await until(async () => ((await uploadFolders()) === foldersBefore ? true : undefined));
  });
});
