import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/connection.ts';
import { json } from '../db/sql.ts';
import { CLI_ACTOR } from '../auth/actor.ts';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';
import { buildReport } from './report.ts';
import { setEvaluation } from './notes.ts';
import { reportFactory } from './test-data.ts';
import type { MonthlyReport } from './types.ts';

let handle: DatabaseHandle;
let report: MonthlyReport;
const TRANSFER = 'Informasi Anggaran Transfer ke Daerah';
const VISIT = 'Informasi Kunjungan ke DJPK';

beforeAll(async () => {
  handle = await createTestDatabase();
  const f = reportFactory(handle.db);
  const jan = '2025-01-14T10:00:00+07:00';
  // Chatbot: sessions never handed to an agent are the users "tanpa Chat Agent", one per session.
  for (let i = 0; i < 3; i++) await f.session({ at: jan, menu: TRANSFER });
  await f.session({ at: jan, menu: VISIT });
  await f.session({ at: '2024-12-31T17:30:00Z', menu: VISIT }); // 1 January 00:30 WIB
  await f.session({ at: '2025-02-01T00:10:00+07:00', menu: VISIT }); // February
  await f.session({ at: jan, menu: null }); // ended without a choice: "Tidak Dilanjutkan"
  await f.session({ at: jan, menu: null });
  await f.session({ at: jan, menu: null, ended: false }); // still open: a user, no menu yet
  await f.session({ at: jan, menu: 'Chat Agent' }); // chose Chat Agent but never reached one: a user, not a menu row
  await f.session({ at: jan, menu: 'Chat Agent', handed: true });
  await f.session({ at: jan, menu: 'Chat Agent', handed: true });
  await f.session({ at: jan, menu: 'Informasi Permohonan Data', handed: true });
  for (let i = 0; i < 6; i++) await f.session({ at: '2024-12-10T10:00:00+07:00', menu: TRANSFER });
  for (let i = 0; i < 9; i++) await f.session({ at: '2024-01-10T10:00:00+07:00', menu: TRANSFER });
  await f.session({ at: '2024-01-10T10:00:00+07:00', menu: 'Chat Agent', handed: true });

  // Bookings that took place; the guest limit is set to 7 (a visit of exactly 7 is within it).
  await handle.db.insertInto('settings').values({ key: 'bookings.rules', value: json({ max_guests: 7 }) }).execute();
  await f.booking({ kind: 'video', date: '2025-01-31', visitor: 'Bank BJB', topics: ['JF_AKPD', 'Pinjaman daerah'] });
  await f.booking({ kind: 'video', date: '2025-01-07', visitor: 'Pemkab Banjarnegara', region: '33.04', topics: ['DID_IF'] });
  await f.booking({ kind: 'video', date: '2025-01-20', status: 'approved' });
  await f.booking({ kind: 'video', date: '2025-02-01' });
  for (const date of ['2024-12-03', '2024-12-04']) await f.booking({ kind: 'video', date });
  await f.booking({ kind: 'face_to_face', date: '2025-01-08', visitor: 'Kab. Bogor', topics: ['DAK_NON_FISIK'], guests: 5 });
  await f.booking({ kind: 'face_to_face', date: '2025-01-09', visitor: 'Kab. Pasuruan', topics: ['DAU', 'DBH'], guests: 4, actualGuests: 7 });
  await f.booking({ kind: 'face_to_face', date: '2025-01-10', visitor: 'Kota Bima', topics: ['DAU'], guests: 8 });
  await f.booking({ kind: 'face_to_face', date: '2025-01-10', visitor: 'Kab. Siak' });
  await f.booking({ kind: 'face_to_face', date: '2025-01-15', visitor: 'Kab. Lebong', status: 'cancelled', guests: 20 });
  await f.booking({ kind: 'face_to_face', date: '2024-12-31' });
  for (const date of ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-31']) await f.booking({ kind: 'face_to_face', date });

  // Knowledge base: articles waiting for review now.
  await f.article('DBH', 'needs_review', '2024-12-01T02:00:00Z');
  await f.article('DBH', 'needs_review', '2024-11-01T02:00:00Z');
  await f.article('PDRD', 'needs_review', '2025-01-05T02:00:00Z');
  await f.article(null, 'needs_review');
  await f.article('DBH', 'published');

  // Broadcasts by the Jakarta day they were sent.
  await f.broadcast('email', '2025-01-05T09:00:00+07:00', 'Majalah Media Defis', 1200);
  await f.broadcast('email', '2025-01-31T23:30:00+07:00', 'Bimtek PMK 67', 600);
  await f.broadcast('email', '2024-12-31T17:30:00Z', 'Undangan', 300);
  await f.broadcast('email', null, 'Draf');
  await f.broadcast('email', '2024-01-20T09:00:00+07:00', 'Tahun lalu');
  await f.broadcast('whatsapp', '2024-12-10T09:00:00+07:00', 'WA Desember');

  // Outreach: figures where recorded, publications counted from their list where not.
  await f.figure('2025-01', 'website_active_users', 104000);
  await f.figure('2024-12', 'website_active_users', 90000);
  await f.figure('2024-01', 'website_active_users', 58000);
  await f.figure('2025-01', 'social_posts_avg', 36.5);
  await f.figure('2024-12', 'social_posts_avg', 34);
  await f.figure('2025-01', 'tiktok_followers', 500);
  await f.figure('2025-01', 'webinars', 4);
  await f.figure('2024-12', 'website_publications', 12);
  await f.item('2025-01', 'publications', '2025-01-15', 'Alokasi APBD 2025', 'APBD');
  await f.item('2025-01', 'publications', null, 'Tanpa tanggal', 'Peraturan');
  await f.item('2025-01', 'publications', '2025-01-02', 'KMK 43/KM.7/2024', 'Peraturan');
  for (const title of ['Townhall', 'Sosialisasi', 'Kontrak Kinerja']) await f.item('2025-01', 'webinars', '2025-01-10', title, 'Webinar');
  for (const title of ['A', 'B']) await f.item('2024-12', 'publications', '2024-12-02', title);
  for (const title of ['C', 'D']) await f.item('2024-01', 'publications', '2024-01-02', title);

  await setEvaluation(handle.db, CLI_ACTOR, '2025-01', '  Koordinasi dengan Layer 2 perlu ditingkatkan.  ');
  report = await buildReport(handle.db, '2025-01', { now: new Date('2025-02-03T02:00:00Z') });
});
afterAll(() => handle.close());

describe(`monthly report: chatbot, bookings and other records (${testDatabaseKind()})`, () => {
  it('counts chatbot users without Chat Agent and their menus', () => {
    // 3 + 2 + 2 + 1 open + 1 that chose Chat Agent without reaching one = 9; 6 in December, 9 in January 2024.
    expect(report.chatbot).toEqual({
      users: { value: 9, previous: 6, last_year: 9, change_previous_pct: 50, change_last_year_pct: 0 },
      sessions: 12,
      handed_to_agent: 3,
      by_menu: [{ menu: TRANSFER, count: 3 }, { menu: VISIT, count: 2 }, { menu: 'Tidak Dilanjutkan', count: 2 }],
    });
    expect(report.narrative_by_section.chatbot?.[1]).toBe('Jumlah ini naik 50% dibandingkan dengan pengguna pada bulan sebelumnya (6 pengguna) dan sama dengan Januari 2024 (9).');
  });

  it('lists the video conferences held, with region names and topic labels', () => {
    expect(report.video_conferences).toEqual({
      count: { value: 2, previous: 2, last_year: 0, change_previous_pct: 0, change_last_year_pct: null },
      no_show: 0,
      items: [
        { date: '2025-01-07', region: 'Kab. Banjarnegara', topics: ['DID / IF'] },
        { date: '2025-01-31', region: 'Bank BJB', topics: ['JF AKPD', 'Pinjaman daerah'] },
      ],
    });
  });

  it('counts face-to-face visits with the guests who came, and those above the limit', () => {
    expect(report.face_to_face).toEqual({
      count: { value: 4, previous: 1, last_year: 4, change_previous_pct: 300, change_last_year_pct: 0 },
      guest_limit: 7,
      over_guest_limit: 1, // Kota Bima's 8; Pasuruan's 7 who came are within the limit
      no_show: 0,
      items: [
        { date: '2025-01-08', visitor: 'Kab. Bogor', topics: ['DAK Non Fisik'], guests: 5 },
        { date: '2025-01-09', visitor: 'Kab. Pasuruan', topics: ['DAU', 'DBH'], guests: 7 },
        { date: '2025-01-10', visitor: 'Kota Bima', topics: ['DAU'], guests: 8 },
        { date: '2025-01-10', visitor: 'Kab. Siak', topics: [], guests: null },
      ],
    });
    expect(report.narrative_by_section.face_to_face).toEqual([
      'Pada bulan Januari 2025, telah dilaksanakan 4 kali konsultasi tatap muka.',
      'Jumlah ini naik 300% dibanding bulan sebelumnya (1), dan sama dengan Januari 2024 (4).',
      'Namun, dalam pelaksanaannya beberapa pengguna layanan belum mematuhi ketentuan pelaksanaan konsultasi tatap muka, seperti jumlah tamu yang hadir melebihi ketentuan (maksimal 7 orang) pada 1 kunjungan.',
    ]);
  });

  it('counts the knowledge-base articles awaiting review per topic', () => {
    expect(report.knowledge_base).toEqual({
      awaiting_review: [
        { topic: 'DBH', label: 'DBH', count: 2, oldest_flagged_at: '2024-11-01T02:00:00.000Z' },
        { topic: 'PDRD', label: 'PDRD', count: 1, oldest_flagged_at: '2025-01-05T02:00:00.000Z' },
        { topic: '', label: 'Tanpa topik', count: 1, oldest_flagged_at: null },
      ],
      total_awaiting_review: 4,
    });
  });

  it('lists the broadcasts sent in the month by their Jakarta day', () => {
    expect(report.broadcasts).toEqual({
      email: {
        count: { value: 3, previous: 0, last_year: 1, change_previous_pct: null, change_last_year_pct: 200 },
        items: [
          { date: '2025-01-01', subject: 'Undangan', recipients: 300 },
          { date: '2025-01-05', subject: 'Majalah Media Defis', recipients: 1200 },
          { date: '2025-01-31', subject: 'Bimtek PMK 67', recipients: 600 },
        ],
      },
      whatsapp: { count: { value: 0, previous: 1, last_year: 0, change_previous_pct: -100, change_last_year_pct: null }, items: [] },
    });
  });

  it('compares every outreach metric recorded for the month; publications are counted from the list when not recorded', () => {
    expect(report.outreach.metrics).toEqual({
      // January from its 3 list rows, December as recorded (12, not its 2 rows), January 2024 from its 2 rows.
      website_publications: { label: 'Publikasi website', value: 3, previous: 12, last_year: 2, change_previous_pct: -75, change_last_year_pct: 50 },
      website_active_users: { label: 'Pengunjung website (active users)', value: 104000, previous: 90000, last_year: 58000, change_previous_pct: 16, change_last_year_pct: 79 },
      webinars: { label: 'Publikasi webinar', value: 4, previous: 0, last_year: 0, change_previous_pct: null, change_last_year_pct: null },
      social_posts_avg: { label: 'Rata-rata publikasi konten media sosial', value: 36.5, previous: 34, last_year: 0, change_previous_pct: 7, change_last_year_pct: null },
      tiktok_followers: { label: 'tiktok_followers', value: 500, previous: 0, last_year: 0, change_previous_pct: null, change_last_year_pct: null },
    });
    expect(Object.keys(report.outreach.lists)).toEqual(['publications', 'webinars']);
    expect(report.outreach.lists.publications?.map((i) => [i.date, i.title])).toEqual([
      ['2025-01-02', 'KMK 43/KM.7/2024'], ['2025-01-15', 'Alokasi APBD 2025'], [null, 'Tanpa tanggal'],
    ]);
    expect(report.narrative_by_section.publications).toEqual([
      'Pada bulan Januari, terdapat 3 publikasi pada Website DJPK yang terdiri atas Peraturan dan APBD.',
      'Jumlah publikasi website bulan Januari turun 75% dibandingkan bulan sebelumnya (12) dan naik 50% dibandingkan bulan Januari 2024 (2).',
    ]);
    expect(report.narrative_by_section.social_media).toEqual([
      'Rata-rata publikasi konten media sosial DJPK pada bulan Januari 2025 sebanyak 36,5, naik 7% dibandingkan bulan sebelumnya (34).',
      'Pada bulan Januari 2024 tidak ada publikasi konten media sosial, sedangkan pada bulan Januari 2025 terdapat 36,5 publikasi konten media sosial.',
    ]);
  });

  it('includes the supervisor\'s evaluation', () => {
    expect(report.evaluation).toBe('Koordinasi dengan Layer 2 perlu ditingkatkan.');
  });
});
