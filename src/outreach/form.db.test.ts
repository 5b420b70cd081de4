import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { OUTREACH_METRICS } from './metrics.ts';

let t: TestApp;
let supervisor: Session;
let agent: Session;
let l2: Session;

beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'koordinator', 'supervisor');
  await addUser(t, 'linna', 'agent');
  await addUser(t, 'l2-dtu', 'l2', 'DTU');
  [supervisor, agent, l2] = await Promise.all([login(t, 'koordinator'), login(t, 'linna'), login(t, 'l2-dtu')]);
});
afterAll(() => t.close());

type Metric = { name: string; label: string; value: number | null; previous: number | null; last_year: number | null };
type Form = { month: string; previous_month: string; last_year_month: string; metrics: Metric[]; lists: Record<string, { date: string | null; title: string; type: string }[]> };
const form = async (month: string): Promise<Form> => (await supervisor.request('GET', `/api/outreach/${month}`)).json<Form>();
const metric = (f: Form, name: string): Metric | undefined => f.metrics.find((m) => m.name === name);
const errorFields = (body: string): string[] => (JSON.parse(body) as { error: { details: { field: string }[] } }).error.details.map((d) => d.field);

// The seed's January 2025: 104.000 visitors against 90.000 (Dec-24) and 58.000 (Jan-24); publications and webinars listed.
describe(`Outreach figures form (${testDatabaseKind()})`, () => {
  it('saves a month and shows it beside the previous month and the same month last year', async () => {
    expect((await supervisor.request('PUT', '/api/outreach/2024-12', { figures: { website_active_users: 90000, webinars: 12 } })).statusCode).toBe(200);
    expect((await supervisor.request('PUT', '/api/outreach/2024-01', { figures: { website_active_users: 58000, webinars: 9 } })).statusCode).toBe(200);
    const saved = await supervisor.request('PUT', '/api/outreach/2025-01', {
      figures: { website_active_users: 104000, webinars: 3, instagram_followers: 118723, advocacy_achievement_pct: 85.5 },
      lists: {
        webinars: [
          { date: '2025-01-31', title: 'Penandatanganan Kontrak Kinerja DJPK', type: 'Webinar' },
          { date: '2025-01-10', title: 'Townhall bersama Menteri Keuangan', type: 'Webinar' },
          { date: '2025-01-23', title: 'Sosialisasi Layanan Kepegawaian', type: 'Sosialisasi' },
        ],
        top_pages: [{ title: 'Portal Data SIKD' }],
      },
    });
    expect(saved.statusCode).toBe(200);

    const january = await form('2025-01');
    expect(january).toMatchObject({ month: '2025-01', previous_month: '2024-12', last_year_month: '2024-01' });
    expect(january.metrics.map((m) => m.name)).toEqual(OUTREACH_METRICS.map((m) => m.name));
    expect(metric(january, 'website_active_users')).toMatchObject({ value: 104000, previous: 90000, last_year: 58000, label: 'Pengunjung website (active users)' });
    expect(metric(january, 'webinars')).toMatchObject({ value: 3, previous: 12, last_year: 9 });
    expect(metric(january, 'advocacy_achievement_pct')?.value).toBe(85.5);
    expect(metric(january, 'x_followers')).toMatchObject({ value: null, previous: null, last_year: null });
    expect(january.lists.webinars?.map((w) => w.date)).toEqual(['2025-01-10', '2025-01-23', '2025-01-31']);
    expect(january.lists.top_pages).toEqual([{ date: null, title: 'Portal Data SIKD', type: '' }]);
    expect(january.lists.publications).toEqual([]);
    // February's "previous month" is January.
    expect(metric(await form('2025-02'), 'website_active_users')).toMatchObject({ value: null, previous: 104000, last_year: null });
  });

  it('deletes a figure given as null and leaves untouched figures and lists as they were; audited with before and after', async () => {
    expect((await supervisor.request('PUT', '/api/outreach/2025-01', { figures: { instagram_followers: null, website_active_users: 104500 } })).statusCode).toBe(200);
    const january = await form('2025-01');
    expect(metric(january, 'instagram_followers')?.value).toBeNull();
    expect(metric(january, 'website_active_users')?.value).toBe(104500);
    expect(metric(january, 'webinars')?.value).toBe(3);
    expect(january.lists.webinars).toHaveLength(3);
    const audit = await t.handle.db.selectFrom('audit_log').select(['actor', 'before', 'after']).where('action', '=', 'outreach.update').where('entity_id', '=', '2025-01').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor: 'koordinator',
      before: { figures: { instagram_followers: 118723, website_active_users: 104000 }, lists: {} },
      after: { figures: { instagram_followers: null, website_active_users: 104500 }, lists: {} },
    });
  });

  it('refuses unknown metrics and lists, negative values, bad dates and months, changing nothing', async () => {
    const bad = await supervisor.request('PUT', '/api/outreach/2025-01', { figures: { website_active_users: 1, tiktok_followers: 5, x_followers: -1 }, lists: { videos: [], webinars: [{ date: '31/01/2025', title: 'x' }] } });
    expect(bad.statusCode).toBe(400);
    expect(errorFields(bad.body).sort()).toEqual(['figures.tiktok_followers', 'figures.x_followers', 'lists.videos', 'lists.webinars[0].date']);
    expect(metric(await form('2025-01'), 'website_active_users')?.value).toBe(104500);
    expect((await supervisor.request('PUT', '/api/outreach/2025-13', { figures: { webinars: 1 } })).statusCode).toBe(400);
    expect((await supervisor.request('GET', '/api/outreach/januari')).statusCode).toBe(400);
    const twice = await supervisor.request('PUT', '/api/outreach/2025-01', { figures: {}, lists: { publications: [{ date: '2025-01-02', title: 'KMK 43/KM.7/2024' }, { date: '2025-01-02', title: 'KMK 43/KM.7/2024' }] } });
    expect(errorFields(twice.body)).toEqual(['lists.publications[1]']);
  });

  it('lets agents read the form but only admins and supervisors save it', async () => {
    expect((await agent.request('GET', '/api/outreach/2025-01')).statusCode).toBe(200);
    expect((await agent.request('PUT', '/api/outreach/2025-01', { figures: { webinars: 4 } })).statusCode).toBe(403);
    expect((await l2.request('GET', '/api/outreach/2025-01')).statusCode).toBe(403);
    expect(metric(await form('2025-01'), 'webinars')?.value).toBe(3);
  });
});
