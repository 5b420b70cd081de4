import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';

let t: TestApp;
let admin: Session;
let agent: Session;
beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'admin', 'admin');
  await addUser(t, 'dian', 'agent');
  admin = await login(t, 'admin');
  agent = await login(t, 'dian');
});
afterAll(() => t.close());

describe(`reference data (${testDatabaseKind()})`, () => {
  it('lists regions with their zone and the data attribution', async () => {
    const response = await agent.request('GET', '/api/regions?province=94');
    const body = response.json<{ attribution: string; items: { code: string; zone: string; level: string }[] }>();
    expect(body.attribution).toBe('Data wilayah: idn-area-data, ODbL');
    expect(body.items.length).toBeGreaterThan(5);
    expect(body.items.every((r) => r.zone === 'WIT')).toBe(true);
  });

  it('matches what users type to a region code, or says it is ambiguous', async () => {
    const match = async (q: string) => (await agent.request('GET', `/api/regions/match?q=${encodeURIComponent(q)}`)).json<Record<string, unknown>>();
    expect(await match('Kab. Bogor')).toMatchObject({ status: 'matched', region: { code: '32.01' } });
    expect(await match('Prov. DKI Jakarta')).toMatchObject({ status: 'matched', region: { code: '31' } });
    const pasuruan = await match('Pasuruan');
    expect(pasuruan.status).toBe('ambiguous');
    expect((pasuruan.candidates as { code: string }[]).map((c) => c.code).sort()).toEqual(['35.14', '35.75']);
    expect(await match('Atlantis')).toMatchObject({ status: 'unknown' });
  });

  it('lets an admin rename a region; the matcher follows, and the change is audited', async () => {
    const renamed = await admin.request('PATCH', '/api/regions/35.75', { name: 'Kota Pasuruan Baru' });
    expect(renamed.statusCode).toBe(200);
    const match = (await agent.request('GET', '/api/regions/match?q=Kota%20Pasuruan%20Baru')).json<{ region: { code: string } }>();
    expect(match.region.code).toBe('35.75');
    expect((await agent.request('PATCH', '/api/regions/35.75', { name: 'x' })).statusCode).toBe(403);
    const audit = (await admin.request('GET', '/api/audit?entity=region&entity_id=35.75')).json<{ before: { name: string }; after: { name: string } }[]>();
    expect(audit[0]).toMatchObject({ before: { name: 'Kota Pasuruan' }, after: { name: 'Kota Pasuruan Baru' } });
  });

  it('lets admins add and edit topics, and agents only read them', async () => {
    const created = await admin.request('POST', '/api/topics', { code: 'KKPD', label: 'KKPD', kind: 'technical' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'KKPD', active: true, description: '' });
    const duplicate = await admin.request('POST', '/api/topics', { code: 'KKPD', label: 'KKPD', kind: 'technical' });
    expect(duplicate.statusCode).toBe(409);
    const badKind = await admin.request('POST', '/api/topics', { code: 'X1', label: 'X', kind: 'weird' });
    expect(badKind.statusCode).toBe(400);
    const edited = await admin.request('PATCH', '/api/topics/KKPD', { label: 'Kartu Kredit Pemerintah Daerah', active: false });
    expect(edited.json()).toMatchObject({ label: 'Kartu Kredit Pemerintah Daerah', active: false });
    expect((await agent.request('POST', '/api/topics', { code: 'NO', label: 'No', kind: 'other' })).statusCode).toBe(403);
    const list = (await agent.request('GET', '/api/topics')).json<{ code: string }[]>();
    expect(list.map((x) => x.code)).toEqual(expect.arrayContaining(['DBH', 'DAU', 'JF_AKPD', 'SPAM', 'PENGADUAN', 'KKPD']));
  });

  it('manages user categories, units and teams', async () => {
    expect((await agent.request('GET', '/api/user-categories')).json<{ code: string }[]>().map((c) => c.code)).toEqual(['pemda', 'kl', 'akademisi', 'lainnya']);
    expect((await admin.request('POST', '/api/units', { code: 'EKD', name: 'Direktorat Evaluasi Keuangan Daerah' })).statusCode).toBe(201);
    const team = await admin.request('POST', '/api/teams', { code: 'EKD-1', name: 'Tim Evaluasi APBD', unit_code: 'EKD' });
    expect(team.statusCode).toBe(201);
    expect(team.json()).toMatchObject({ unit_name: 'Direktorat Evaluasi Keuangan Daerah', active: true });
    const badUnit = await admin.request('POST', '/api/teams', { code: 'T2', name: 'x', unit_code: 'NOPE' });
    expect(badUnit.json()).toMatchObject({ error: { code: 'validation', details: [{ field: 'unit_code' }] } });
    const teams = (await agent.request('GET', '/api/teams')).json<{ code: string }[]>();
    expect(teams.map((x) => x.code)).toContain('SIPT');
  });
});

describe('holidays and service hours', () => {
  it('counts working days across the 2025 Idul Fitri long weekend from the seeded holidays', async () => {
    const response = await agent.request('GET', '/api/calendar/working-days?from=2025-03-27&to=2025-04-08');
    expect(response.json()).toMatchObject({ working_days: 1, from_is_working_day: true, to_is_working_day: true });
  });

  it('lets an admin add and remove a holiday, which the calendar uses at once', async () => {
    const added = await admin.request('POST', '/api/holidays', { date: '2026-12-31', name: 'Libur Tambahan', kind: 'cuti_bersama' });
    expect(added.statusCode).toBe(201);
    const during = (await agent.request('GET', '/api/calendar/working-days?from=2026-12-30&to=2026-12-31')).json<{ working_days: number }>();
    expect(during.working_days).toBe(0);
    expect((await admin.request('DELETE', '/api/holidays/2026-12-31')).statusCode).toBe(204);
    const after = (await agent.request('GET', '/api/calendar/working-days?from=2026-12-30&to=2026-12-31')).json<{ working_days: number }>();
    expect(after.working_days).toBe(1);
    expect((await agent.request('GET', '/api/holidays?year=2025')).json<unknown[]>()).toHaveLength(28);
  });

  it('lets an admin change the service hours and rejects impossible ones', async () => {
    const hours = { 0: null, 1: { open: '07:30', close: '16:00' }, 2: { open: '07:30', close: '16:00' }, 3: { open: '07:30', close: '16:00' }, 4: { open: '07:30', close: '16:00' }, 5: { open: '07:30', close: '16:30' }, 6: null };
    expect((await admin.request('PUT', '/api/service-hours', hours)).statusCode).toBe(200);
    expect((await agent.request('GET', '/api/service-hours')).json()).toMatchObject({ 5: { close: '16:30' }, 6: null });
    const backwards = await admin.request('PUT', '/api/service-hours', { 1: { open: '17:00', close: '08:00' } });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ error: { details: [{ field: '1' }] } });
  });
});
