/**
 * The seed month reproduced (issue 5, item 6): the January 2025 report of the DJPK contact
 * center rebuilt as CSV files (test/fixtures/seed-2025-01, see its README), imported with the
 * import of `sapa import`, and reported. The figures below are the seed's, page by page; where
 * the seed's arithmetic is wrong the test expects the right figure and says so.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBookingRules } from '../src/bookings/rules.ts';
import type { DatabaseHandle } from '../src/db/connection.ts';
import { runImport, type ImportKind, type ImportSummary } from '../src/imports/run.ts';
import { formatShare } from '../src/platform/format.ts';
import { buildReport } from '../src/reports/report.ts';
import type { Comparable, MonthlyReport } from '../src/reports/types.ts';
import {
  CHATBOT_MENU_2025_01, EMAIL_BLASTS_2025_01, PUBLICATIONS_2025_01, VISITS_2025_01, WEBINARS_2025_01,
} from './fixtures/seed-2025-01/seed-tables.ts';
import { createTestDatabase, testDatabaseKind } from './helpers/db.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'seed-2025-01');
const FILES: readonly [ImportKind, string][] = [
  ['tickets', 'tickets.csv'],
  ['chatbot_sessions', 'chatbot_sessions.csv'],
  ['bookings', 'bookings.csv'],
  ['broadcasts', 'broadcasts.csv'],
  ['outreach', 'outreach.csv'],
];

let handle: DatabaseHandle;
let scratch: string;
let report: MonthlyReport;
const summaries = new Map<ImportKind, ImportSummary>();

beforeAll(async () => {
  handle = await createTestDatabase();
  // Rejected rows (there should be none) go to a scratch folder, never beside the committed fixture.
  scratch = await mkdtemp(path.join(tmpdir(), 'sapa-seed-month-'));
  for (const [kind, file] of FILES) {
    summaries.set(kind, await runImport(handle.db, kind, path.join(FIXTURE, file), { rejectedPath: path.join(scratch, `${file}.rejected.csv`) }));
  }
  // Generated a week into February: escalations still unanswered by then are scored as late.
  report = await buildReport(handle.db, '2025-01', { now: new Date('2025-02-07T10:00:00+07:00') });
}, 300_000);

afterAll(async () => {
  await handle?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** value, previous (Des-24), last year (Jan-24), and the two whole-percent changes. */
const cmp = (value: number, previous: number, lastYear: number, changePrevious: number | null, changeLastYear: number | null): Comparable => ({
  value, previous, last_year: lastYear, change_previous_pct: changePrevious, change_last_year_pct: changeLastYear,
});

const dataRows = async (file: string): Promise<number> => parse<unknown>(await readFile(path.join(FIXTURE, file)), { columns: true }).length;

describe(`the seed month, January 2025 (${testDatabaseKind()})`, () => {
  it('imports every fixture row, none rejected', async () => {
    for (const [kind, file] of FILES) {
      const summary = summaries.get(kind);
      expect(summary, kind).toMatchObject({ rejected: 0, updated: 0, read: await dataRows(file) });
      expect(summary?.inserted, kind).toBe(summary?.read);
    }
  });

  it('counts the consultations by channel against December 2024 and January 2024 (pages 10, 18, 21-25)', () => {
    const { total, by_channel } = report.consultations;
    // Page 10: "turun 23% dibandingkan bulan Januari 2024 (1.304)", "turun 9%" against 1.112.
    expect(total).toEqual(cmp(1010, 1112, 1304, -9, -23));
    expect(by_channel.whatsapp).toMatchObject(cmp(695, 771, 1028, -10, -32));
    expect(by_channel.email).toMatchObject(cmp(219, 237, 181, -8, 21));
    expect(by_channel.phone).toMatchObject(cmp(60, 63, 63, -5, -5));
    expect(by_channel.helpdesk).toMatchObject(cmp(32, 28, 10, 14, 220));
    expect(by_channel.livechat).toMatchObject(cmp(4, 13, 22, -69, -82));
    expect(by_channel.whatsapp.share).toBeCloseTo(695 / 1010, 12);
    expect(formatShare(by_channel.email.share)).toBe('21,68%');
  });

  it('splits the users by category (page 15)', () => {
    const categories = report.user_categories;
    expect(Object.fromEntries(Object.entries(categories).map(([key, c]) => [key, c.count]))).toEqual({ pemda: 824, kl: 93, akademisi: 33, lainnya: 60 });
    expect(categories.pemda.share).toBeCloseTo(824 / 1010, 12);
    expect([categories.pemda, categories.kl, categories.akademisi, categories.lainnya].map((c) => formatShare(c.share)))
      .toEqual(['81,58%', '9,21%', '3,27%', '5,94%']);
  });

  it('counts tickets inside and outside service hours by zone, and the outside ones escalated (page 17)', () => {
    const hours = report.service_hours;
    expect(hours).toMatchObject({
      identified: 987,
      unidentified: 23,
      inside: { WIB: 635, WITA: 265, WIT: 54, unidentified: 14 },
      outside: { WIB: 19, WITA: 9, WIT: 5, unidentified: 9 },
      outside_total: 42,
    });
    expect(hours.inside.WIB + hours.inside.WITA + hours.inside.WIT).toBe(954);
    // "3 diantaranya atau 7% memerlukan eskalasi lebih lanjut, dengan topik terkait DBH dan Insentif Fiskal".
    expect(hours.outside_escalated.count).toBe(3);
    expect(hours.outside_escalated.share).toBeCloseTo(3 / 42, 12);
    expect(hours.outside_escalated.topics).toEqual(['DBH', 'DID / IF']);
  });

  it('counts the topics (pages 12-13) and the top topics of each channel (pages 18, 21-23)', () => {
    const topics = Object.fromEntries(report.topics.map((t) => [t.topic, t.count]));
    // Page 13, "Topik Konsultasi Lainnya", exactly.
    expect(topics).toMatchObject({ MAGANG: 2, PENGADUAN: 4, SPAM: 5, PERMINTAAN_DATA: 21, NON_DJPK: 23, RESERVASI: 54, LAINNYA: 97, SURAT_MASUK: 120 });
    // Page 12 is partly legible: DBH 166 and DAU 160 are; the rest was chosen for the fixture (its README).
    expect(topics).toMatchObject({
      DBH: 166, DAU: 160, APLIKASI: 87, JF_AKPD: 78, TRANSFER: 71, DAK_FISIK: 54, DAK_NON_FISIK: 36, PDRD: 31,
      DANA_DESA: 29, DID_IF: 24, DKD: 15, SHSR: 12, EV_KEUDA: 6, HIBAH: 5, PEMBIAYAAN: 4,
    });
    expect(report.topics).toHaveLength(23);
    expect(report.topics.slice(0, 2).map((t) => t.topic)).toEqual(['DBH', 'DAU']);
    const top = (channel: keyof MonthlyReport['channel_top_topics']) => report.channel_top_topics[channel].map((t) => [t.topic, t.count]);
    expect(top('whatsapp')).toEqual([['DBH', 128], ['DAU', 120], ['JF_AKPD', 65]]);
    expect(top('phone')).toEqual([['RESERVASI', 16], ['DAU', 12], ['SURAT_MASUK', 9]]);
    expect(top('helpdesk')).toEqual([['DAU', 9], ['DANA_DESA', 7], ['SURAT_MASUK', 4]]);
    expect(top('livechat')).toEqual([['DAU', 3], ['DBH', 2], ['PERMINTAAN_DATA', 1]]);
  });

  it('names the three Pemda with most tickets, 11 each, with their topics (page 16)', () => {
    // Tied at 11: the seed lists Bangka Selatan, Manado, Probolinggo; the report breaks ties by name.
    const regions = [...report.top_regions].sort((a, b) => a.region_code.localeCompare(b.region_code));
    expect(regions).toEqual([
      { region_code: '19.03', region_name: 'Kab. Bangka Selatan', count: 11, topics: ['DAU', 'Aplikasi', 'Surat Masuk'] },
      { region_code: '35.13', region_name: 'Kab. Probolinggo', count: 11, topics: ['DKD', 'Surat Masuk'] },
      { region_code: '71.71', region_name: 'Kota Manado', count: 11, topics: ['SHSR', 'DBH', 'Surat Masuk'] },
    ]);
  });

  it('lists the complaints by subject with the regions that sent them (page 14)', () => {
    // "turun 50% dibandingkan pengaduan bulan sebelumnya (8) dan naik 300% ... Januari 2024 (1)".
    expect(report.complaints.count).toEqual(cmp(4, 8, 1, -50, 300));
    expect(report.complaints.items).toHaveLength(1);
    expect(report.complaints.items[0]).toMatchObject({
      subject: 'Surat Palsu Undangan Pendidikan/Pelatihan Tugas dan Tanggung Jawab Bagi Staff/Bidang Keuangan dan Bendahara Penerimaan/Bendahara Pengeluaran dalam Pengelolaan Keuangan Serta Strategi Dalam Menghadapi Audit',
      count: 4,
      regions: ['Kab. Bogor', 'Kab. Cirebon', 'Kota Samarinda'],
      unidentified_regions: 1,
    });
  });

  it('counts the escalations to Layer 2 by team (page 34) and the ratings per agent (page 33)', () => {
    // "67 Tiket Dieskalasi ... pada Bulan Januari 2025"; December 2024 (72) and January 2024 (35) are the fixture's.
    expect(report.escalation.total).toEqual(cmp(67, 72, 35, -7, 91));
    const teams = Object.fromEntries(report.escalation.teams.map((t) => [t.team_code, t.count]));
    expect(teams).toEqual({ DTU: 17, DTK: 15, SIPT: 11, PDRD: 7, DDIOKK: 6, SEKRETARIAT: 6, P2D: 5 });
    const agents = Object.fromEntries(report.satisfaction.agents.map((a) => [a.agent, [a.ratings, a.raters, a.meets_minimum]]));
    // At least 5 ratings from at least 5 different users: Ronald has 4.
    expect(agents).toEqual({ linna: [12, 12, true], hanna: [10, 10, true], dian: [9, 9, true], horas: [7, 7, true], ronald: [4, 4, false] });
  });

  it('counts the chatbot users without Chat Agent by menu (page 20)', () => {
    // "374 pengguna", naik 11% against 337 and turun 35% against 577; the sessions handed to an agent do not count.
    expect(report.chatbot.users).toEqual(cmp(374, 337, 577, 11, -35));
    expect(Object.fromEntries(report.chatbot.by_menu.map((m) => [m.menu, m.count]))).toEqual(Object.fromEntries(CHATBOT_MENU_2025_01));
    expect(report.chatbot.by_menu.reduce((sum, m) => sum + m.count, 0)).toBe(374);
    expect(report.chatbot.handed_to_agent).toBe(142);
  });

  it('lists the video conferences held (page 26)', () => {
    // "turun 50% dibandingkan bulan sebelumnya (4)"; against January 2024 (2) "sama".
    expect(report.video_conferences.count).toEqual(cmp(2, 4, 2, -50, 0));
    expect(report.video_conferences.items).toEqual([
      { date: '2025-01-07', region: 'Kab. Banjarnegara', topics: ['IF'] },
      { date: '2025-01-31', region: 'Kab. Kolaka', topics: ['JF AKPD'] },
    ]);
  });

  it('lists the face-to-face visits with their guests and counts those above the guest limit (page 28)', async () => {
    // 24 against 33 is -27% (the seed agrees); 24 against 25 is -4%: the seed's "turun 1%" is wrong.
    expect(report.face_to_face.count).toEqual(cmp(24, 33, 25, -27, -4));
    const { max_guests } = await getBookingRules(handle.db);
    expect(report.face_to_face.guest_limit).toBe(max_guests);
    expect(report.face_to_face.over_guest_limit).toBe(VISITS_2025_01.filter((v) => v.guests > max_guests).length);
    // With the default limit of 5 guests: Bank BJB (6), Lebong, Padang Lawas, Kab. Pasuruan, Bolaang Mongondow, Siak, ...
    if (max_guests === 5) expect(report.face_to_face.over_guest_limit).toBe(13);
    expect(report.face_to_face.items.map((i) => ({ ...i, topics: i.topics.map((t) => t.toLowerCase()) }))).toEqual(
      VISITS_2025_01.map((v) => ({ date: v.date, visitor: v.visitor, topics: v.topics.map((t) => t.toLowerCase()), guests: v.guests })),
    );
  });

  it('compares the outreach figures and lists the publications and webinars (pages 2-5, social media, PPID)', () => {
    const metric = (name: string) => {
      const { label: _label, ...figure } = report.outreach.metrics[name] ?? { label: '' };
      return figure;
    };
    // 15 against 12 is +25% (the seed agrees); 15 against 7 is +114%: the seed's "naik 71%" is wrong.
    expect(metric('website_publications')).toEqual(cmp(15, 12, 7, 25, 114));
    expect(metric('webinars')).toEqual(cmp(3, 12, 9, -75, -67));
    expect(metric('website_active_users')).toEqual(cmp(104000, 90000, 58000, 16, 79));
    expect(metric('social_posts_avg')).toEqual(cmp(36, 34, 39, 6, -8));
    expect(metric('instagram_followers')).toEqual(cmp(118723, 118585, 117069, 0, 1));
    expect(metric('facebook_followers')).toEqual(cmp(14278, 14249, 13991, 0, 2));
    expect(metric('ppid_requests')).toEqual(cmp(19, 25, 17, -24, 12));
    const isoDate = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');
    const byDateTitle = (a: { date: string | null; title: string }, b: { date: string | null; title: string }) =>
      (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title);
    expect([...(report.outreach.lists.publications ?? [])].sort(byDateTitle))
      .toEqual(PUBLICATIONS_2025_01.map((p) => ({ ...p, date: isoDate(p.date) })).sort(byDateTitle));
    expect(report.outreach.lists.webinars).toEqual(WEBINARS_2025_01);
  });

  it('lists the email blasts of the month (page 4)', () => {
    expect(report.broadcasts.email.count).toEqual(cmp(6, 4, 1, 50, 500));
    expect(report.broadcasts.email.items.map((b) => [b.date, b.subject])).toEqual(EMAIL_BLASTS_2025_01.map((b) => [b.date, b.subject]));
    // WhatsApp blasts were suspended (page 4): none since the three of January 2024.
    expect(report.broadcasts.whatsapp.count).toEqual(cmp(0, 0, 3, null, -100));
  });

  it('tells the consultations, complaints, service hours and chatbot in the seed\'s sentences (pages 10, 14, 17, 20)', () => {
    expect(report.narrative).toEqual(expect.arrayContaining([
      'Jumlah konsultasi di bulan Januari 2025 turun 23% dibandingkan bulan Januari 2024 (1.304 konsultasi).',
      'Jika dibandingkan dengan jumlah konsultasi di bulan sebelumnya (1.112 konsultasi), jumlah konsultasi di bulan Januari 2025 turun 9%.',
      'Jumlah pengaduan pada bulan Januari 2025 turun 50% dibandingkan pengaduan bulan sebelumnya (8) dan naik 300% jika dibandingkan dengan bulan Januari 2024 (1).',
      `Pengaduan pada bulan Januari 2025 terdiri dari: ${report.complaints.items[0]?.subject} (Kab. Bogor, Kab. Cirebon, Kota Samarinda, 1 daerah tidak teridentifikasi).`,
      'Selama bulan Januari, dari total 1.010 tiket konsultasi, sebanyak 987 tiket dapat diidentifikasi asal zona waktu, sedangkan 23 tiket sisanya tidak dapat diidentifikasi.',
      // The seed writes "menguhubungi" (a typo) and one-decimal shares: 19 (57,6%), 9 (27,3%) and 5 (15.1%), where 5 of 33
      // is 15,15%; Sapa shows shares with two decimals (report.md).
      'Dari 987 tiket yang dapat diidentifikasi zona waktunya, 954 pengguna layanan menghubungi DJPK di dalam jam layanan, sedangkan 33 sisanya menghubungi DJPK di luar jam layanan yang terdiri dari 19 (57,58%) dari bagian barat (WIB), 9 (27,27%) dari bagian tengah (WITA), dan 5 (15,15%) dari bagian timur (WIT).',
      // The seed names the topic "Insentif Fiskal"; Sapa uses the topic's label, "DID / IF".
      'Dari 1.010 tiket, terdapat 42 tiket yang masuk di luar jam layanan, 3 diantaranya atau 7% memerlukan eskalasi lebih lanjut, dengan topik terkait DBH dan DID / IF.',
      'Pada bulan Januari 2025, jumlah pengguna layanan Chatbot (tanpa Chat Agent) adalah sebanyak 374 pengguna.',
      'Jumlah ini naik 11% dibandingkan dengan pengguna pada bulan sebelumnya (337 pengguna) dan turun 35% dibandingkan Januari 2024 (577).',
      'Pengguna layanan pada bulan Januari 2025 terdiri atas Pemda 81,58% (824 pengguna), Kementerian/Lembaga 9,21% (93 pengguna), Akademisi 3,27% (33 pengguna), dan Lainnya 5,94% (60 pengguna).',
    ]));
  });

  it('tells each channel in the seed\'s sentences (pages 18, 21-24)', () => {
    expect(report.narrative).toEqual(expect.arrayContaining([
      'Jumlah konsultasi pada bulan Januari 2025 melalui WhatsApp DJPK sebesar 695 layanan atau turun 10% dibandingkan bulan sebelumnya (771 layanan).',
      'Jika dibandingkan dengan Januari 2024 (1.028 layanan), jumlah konsultasi melalui WhatsApp turun sebesar 32%.',
      'Topik konsultasi terbanyak melalui WhatsApp adalah DBH (128), DAU (120), dan JF AKPD (65).',
      // The seed rounds the channel shares to whole percents, inconsistently: phone "5%" (5,94%), live chat "1%" (0,40%).
      'Pada bulan Januari 2025, sebanyak 5,94% atau 60 pengguna menggunakan layanan telepon sebagai media konsultasi.',
      'Jumlah ini turun 5% dibandingkan layanan telepon pada bulan sebelumnya (63 layanan).',
      'Jika dibandingkan dengan Januari 2024 (63 layanan), jumlah ini juga turun 5%.',
      'Jumlah layanan pada bulan Januari 2025 naik 14% dibandingkan bulan sebelumnya (28 layanan), jika dibandingkan dengan Januari 2024 (10 layanan), naik 220%.',
      'Pada bulan Januari 2025, sebanyak 0,40% (4 pengguna) menggunakan layanan Live Chat yang dapat diakses melalui situs contact-djpk.kemenkeu.go.id, jumlah ini turun 69% dibandingkan layanan pada bulan sebelumnya (13 layanan).',
      'Jika dibandingkan dengan Januari 2024, jumlah ini juga turun 82% (22 layanan).',
      'Sebanyak 21,68% atau 219 pengguna layanan informasi DJPK menggunakan Layanan Email di bulan Januari 2025, jumlah ini turun 8% dibandingkan layanan pada bulan sebelumnya (237 pengguna).',
      'Jika dibandingkan dengan Januari 2024 (181 pengguna), jumlah ini naik 21%.',
    ]));
  });

  it('tells the visits, publications, webinars, website, social media and PPID with the right percentages (pages 2-5, 26-28, social media, PPID)', async () => {
    const { max_guests } = await getBookingRules(handle.db);
    const overLimit = VISITS_2025_01.filter((v) => v.guests > max_guests).length;
    expect(report.narrative).toEqual(expect.arrayContaining([
      'Jumlah video conference pada bulan Januari 2025 turun 50% dibandingkan bulan sebelumnya (4).',
      'Jika dibandingkan dengan Januari 2024 (2), jumlah video conference yang dilaksanakan Januari 2025 sama.',
      'Pada bulan Januari 2025, telah dilaksanakan 24 kali konsultasi tatap muka.',
      // The seed says "turun 1%" against January 2024 (25): 24 against 25 is -4%.
      'Jumlah ini turun 27% dibanding bulan sebelumnya (33), dan turun 4% dibandingkan Januari 2024 (25).',
      `Namun, dalam pelaksanaannya beberapa pengguna layanan belum mematuhi ketentuan pelaksanaan konsultasi tatap muka, seperti jumlah tamu yang hadir melebihi ketentuan (maksimal ${max_guests} orang) pada ${overLimit} kunjungan.`,
      // The seed says "naik 71%" against January 2024 (7): 15 against 7 is +114%.
      'Jumlah publikasi website bulan Januari naik 25% dibandingkan bulan sebelumnya (12) dan naik 114% dibandingkan bulan Januari 2024 (7).',
      'Publikasi webinar bulan Januari 2025 turun 75% jika dibandingkan dengan publikasi webinar bulan sebelumnya (12) dan turun 67% jika dibandingkan dengan publikasi webinar Januari 2024 (9).',
      'Jumlah pengunjung website DJPK selama bulan Januari 2025 sekitar 104.000, naik 16% dibandingkan bulan sebelumnya (90.000).',
      'Jika dibandingkan dengan Januari 2024 (58.000), pengunjung website pada bulan Januari 2025 naik 79%.',
      'Rata-rata publikasi konten media sosial DJPK pada bulan Januari 2025 naik 6% dibandingkan bulan sebelumnya (34).',
      'Jika dibandingkan dengan Januari 2024 (39), rata-rata publikasi konten turun 8%.',
      // The seed's PPID page says "Pada bulan Oktober 2024 terdapat 19 permohonan" (left over from an earlier report).
      'Permohonan pada bulan Januari 2025 turun 24% dibandingkan dengan bulan sebelumnya (25) dan naik 12% dibandingkan Januari 2024 (17).',
    ]));
    const publications = report.narrative.find((sentence) => sentence.startsWith('Pada bulan Januari, terdapat 15 publikasi pada Website DJPK yang terdiri atas '));
    for (const type of new Set(PUBLICATIONS_2025_01.map((p) => p.type))) expect(publications).toContain(type);
  });
});
