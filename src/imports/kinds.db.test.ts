import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';
import { importFolder, readRejected, whereRejected } from '../../test/fixtures/imports/files.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { runImport, type ImportKind, type ImportSummary } from './run.ts';

let handle: DatabaseHandle;
let files: Awaited<ReturnType<typeof importFolder>>;
const db = () => handle.db;

beforeAll(async () => {
  handle = await createTestDatabase();
  files = await importFolder();
});
afterAll(async () => {
  await handle.close();
  await files.remove();
});

/** Imports test/fixtures/imports/<kind>.csv and checks that no row is lost. */
async function importFixture(kind: ImportKind): Promise<ImportSummary> {
  const summary = await runImport(db(), kind, await files.fixture(`${kind}.csv`));
  expect(summary.read).toBe(summary.inserted + summary.updated + summary.rejected);
  return summary;
}

const rejectedOf = async (summary: ImportSummary) => whereRejected(await readRejected(summary.rejectedFile ?? ''));

describe(`importing the other records (${testDatabaseKind()})`, () => {
  it('chatbot sessions: ended at their start, menus by report label, Chat Agent handed over', async () => {
    const summary = await importFixture('chatbot_sessions');
    expect(summary).toMatchObject({ read: 7, inserted: 5, updated: 0, rejected: 2 });
    expect(await rejectedOf(summary)).toEqual([[7, 'started_at', 'kemarin'], [8, 'region', 'Atlantis']]);
    const sessions = await db().selectFrom('chatbot_sessions')
      .select(['external_ref', 'contact_key', 'menu', 'handed_to_agent', 'end_reason', 'registration_complete', 'region_code', 'email', 'started_at', 'ended_at', 'last_activity_at'])
      .orderBy('external_ref').execute();
    expect(sessions.map((s) => [s.external_ref, s.contact_key, s.menu, s.handed_to_agent, s.end_reason, s.registration_complete])).toEqual([
      ['S-1', '+6281233330001', 'Informasi Anggaran Transfer ke Daerah', false, 'completed', true],
      ['S-2', '+6281233330001', 'Informasi Anggaran Transfer ke Daerah', false, 'completed', false],
      ['S-3', '+6281233330002', 'Chat Agent', true, 'handoff', true],
      ['S-4', 'import:S-4', null, false, 'idle', false],
      ['S-5', '+6281233330003', 'Menu Lama Yang Dihapus', true, 'handoff', true],
    ]);
    expect(sessions[0]).toMatchObject({ region_code: '32.01', email: 'budi@example.go.id' });
    for (const s of sessions) expect([s.ended_at, s.last_activity_at]).toEqual([s.started_at, s.started_at]);
    expect(await importFixture('chatbot_sessions')).toMatchObject({ inserted: 0, updated: 5, rejected: 2 });
    expect(await db().selectFrom('chatbot_sessions').select(sql<number>`count(*)::int`.as('n')).executeTakeFirst()).toEqual({ n: 5 });
  });

  it('bookings: IMP references, labels, topics as codes or words, the visitor as region', async () => {
    const summary = await importFixture('bookings');
    expect(summary).toMatchObject({ read: 5, inserted: 3, updated: 0, rejected: 2 });
    expect(await rejectedOf(summary)).toEqual([[5, 'kind', 'Kunjungan Kerja'], [6, 'start_time', '25:00']]);
    const bookings = await db().selectFrom('bookings').select(['reference', 'kind', 'date', 'start_time', 'visitor', 'region_code', 'topics', 'guests', 'status', 'meeting_link', 'source']).orderBy('reference').execute();
    expect(bookings).toEqual([
      { reference: 'IMP-B-1', kind: 'face_to_face', date: '2025-01-15', start_time: '09:00', visitor: 'Kab. Bogor', region_code: '32.01', topics: ['DAU', 'DAU PPPK'], guests: 5, status: 'held', meeting_link: null, source: 'import' },
      { reference: 'IMP-B-2', kind: 'video', date: '2025-01-16', start_time: null, visitor: 'Bank BJB', region_code: null, topics: ['DANA_DESA'], guests: null, status: 'approved', meeting_link: 'https://zoom.us/j/1', source: 'import' },
      { reference: 'IMP-B-3', kind: 'video', date: '2025-01-17', start_time: '13:30', visitor: 'Pemprov Jabar', region_code: '32', topics: ['DBH'], guests: 3, status: 'held', meeting_link: null, source: 'import' },
    ]);
    expect(await importFixture('bookings')).toMatchObject({ inserted: 0, updated: 3, rejected: 2 });
  });

  it('broadcasts: sent when sent_at is given', async () => {
    const summary = await importFixture('broadcasts');
    expect(summary).toMatchObject({ read: 4, inserted: 2, updated: 0, rejected: 2 });
    expect(await rejectedOf(summary)).toEqual([[4, 'channel', 'sms'], [5, 'subject', '']]);
    const rows = await db().selectFrom('broadcasts').select(['external_ref', 'channel', 'subject', 'status', 'sent_at', 'recipients']).orderBy('external_ref').execute();
    expect(rows).toEqual([
      { external_ref: 'BC-1', channel: 'email', subject: 'Undangan Sosialisasi DAK', status: 'sent', sent_at: new Date('2025-01-10T02:00:00Z'), recipients: 1200 },
      { external_ref: 'BC-2', channel: 'whatsapp', subject: 'Draf pengumuman', status: 'draft', sent_at: null, recipients: 0 },
    ]);
  });

  it('outreach: figures and list rows in one file; a figure given twice is overwritten and counted as updated', async () => {
    const summary = await importFixture('outreach');
    expect(summary).toMatchObject({ read: 9, inserted: 6, updated: 1, rejected: 2 });
    expect(await rejectedOf(summary)).toEqual([[8, 'metric', 'Metrik Baru!'], [9, 'month', '2025-13']]);
    const figures = await db().selectFrom('outreach_figures').select(['month', 'metric', 'value']).orderBy('metric').execute();
    expect(figures).toEqual([
      { month: '2025-01', metric: 'advocacy_achievement_pct', value: 81.58 },
      { month: '2025-01', metric: 'instagram_followers', value: 118723 },
      { month: '2025-01', metric: 'tiktok_followers', value: 900 },
      { month: '2025-01', metric: 'website_active_users', value: 105000 },
    ]);
    const items = await db().selectFrom('outreach_items').select(['list', 'date', 'title', 'type']).orderBy('list').execute();
    expect(items).toEqual([
      { list: 'publications', date: '2025-01-15', title: 'Rilis Alokasi DAU 2025', type: 'berita' },
      { list: 'webinars', date: '2025-01-20', title: 'Webinar TKD 2025', type: 'webinar' },
    ]);
    expect(await importFixture('outreach')).toMatchObject({ inserted: 0, updated: 7, rejected: 2 });
  });

  it('knowledge-base articles: topics by code or label, review state, searchable', async () => {
    const summary = await importFixture('kb_articles');
    expect(summary).toMatchObject({ read: 6, inserted: 3, updated: 0, rejected: 3 });
    expect(await rejectedOf(summary)).toEqual([[5, 'topic', 'XYZ'], [6, 'question', ''], [7, 'status', 'archived']]);
    const articles = await db().selectFrom('kb_articles').select(['external_ref', 'topic_code', 'status', 'flagged_at', 'reviewed_at']).orderBy('external_ref').execute();
    expect(articles).toEqual([
      { external_ref: 'K-1', topic_code: 'DAU', status: 'published', flagged_at: null, reviewed_at: null },
      { external_ref: 'K-2', topic_code: 'JF_AKPD', status: 'needs_review', flagged_at: new Date('2025-01-10T03:00:00Z'), reviewed_at: null },
      { external_ref: 'K-3', topic_code: 'DANA_DESA', status: 'reviewed', flagged_at: new Date('2025-01-05T02:00:00Z'), reviewed_at: new Date('2025-01-12T07:00:00Z') },
    ]);
    const { rows } = await sql<{ external_ref: string }>`select external_ref from kb_articles where search @@ websearch_to_tsquery('indonesian', 'celah fiskal')`.execute(db());
    expect(rows).toEqual([{ external_ref: 'K-1' }]);
    expect(await importFixture('kb_articles')).toMatchObject({ inserted: 0, updated: 3, rejected: 3 });
  });

  it('says which columns a file of a kind needs', async () => {
    const outreach = await files.write('outreach-bad.csv', 'month,value\n2025-01,5\n');
    await expect(runImport(db(), 'outreach', outreach)).rejects.toThrow(/metric and value, or list and title/);
    const bookings = await files.write('bookings-bad.csv', 'id,date\nB-9,2025-01-01\n');
    await expect(runImport(db(), 'bookings', bookings)).rejects.toThrow('missing required columns: kind, visitor');
    await expect(runImport(db(), 'surveys' as ImportKind, bookings)).rejects.toThrow(/Jenis impor tidak dikenal: surveys/);
  });
});
