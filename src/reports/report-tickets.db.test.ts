import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/connection.ts';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';
import { buildReport } from './report.ts';
import { reportFactory } from './test-data.ts';
import type { MonthlyReport } from './types.ts';

let handle: DatabaseHandle;
let report: MonthlyReport;

const BOGOR = '32.01';
const MANADO = '71.71'; // WITA
const BANGKA_SELATAN = '19.03';
const PROBOLINGGO = '35.13';

beforeAll(async () => {
  handle = await createTestDatabase();
  const f = reportFactory(handle.db);
  const jan = '2025-01-15T10:00:00+07:00';
  // Month boundaries in Asia/Jakarta (UTC+7): the first two are January, the last two are not.
  await f.ticket({ at: '2025-01-31T23:30:00+07:00', channel: 'phone', category: 'lainnya', topics: ['RESERVASI'] });
  await f.ticket({ at: '2024-12-31T17:30:00Z', channel: 'phone', topics: ['RESERVASI'] }); // 1 January 00:30 WIB
  await f.ticket({ at: '2025-02-01T00:10:00+07:00', channel: 'phone', category: 'pemda', region: BOGOR, topics: ['DBH'] });
  await f.ticket({ at: '2024-12-31T16:59:00Z', channel: 'phone' }); // 31 December 23:59 WIB
  await f.ticket({ at: '2024-12-10T10:00:00+07:00', channel: 'phone' });
  // January: WhatsApp 9, email 7, phone 2 (above), help desk 1 = 19.
  await f.tickets(3, { at: jan, channel: 'whatsapp', category: 'pemda', region: BOGOR, topics: ['DBH'] });
  await f.tickets(2, { at: jan, channel: 'whatsapp', category: 'pemda', region: MANADO, topics: ['DAU', 'DBH'] });
  await f.tickets(2, { at: jan, channel: 'whatsapp', category: 'pemda', region: BANGKA_SELATAN, topics: ['DAU'] });
  await f.ticket({ at: jan, channel: 'whatsapp', category: 'pemda', region: PROBOLINGGO, topics: ['SHSR'] });
  await f.ticket({ at: jan, channel: 'whatsapp', category: 'kl' });
  await f.tickets(2, { at: jan, channel: 'email', category: 'pemda', region: PROBOLINGGO, topics: ['SURAT_MASUK'] });
  await f.tickets(2, { at: jan, channel: 'email', category: 'akademisi', topics: ['PERMINTAAN_DATA'] });
  await f.tickets(3, { at: jan, channel: 'email', category: null, topics: ['SURAT_MASUK'] });
  await f.ticket({ at: jan, channel: 'helpdesk', category: 'pemda', region: MANADO, topics: ['DANA_DESA'] });
  // December 2024: WhatsApp 8, email 8, phone 2 (above) = 18. January 2024: WhatsApp 6, email 7 = 13.
  await f.tickets(8, { at: '2024-12-02T09:00:00+07:00', channel: 'whatsapp' });
  await f.tickets(8, { at: '2024-12-20T09:00:00+07:00', channel: 'email' });
  await f.tickets(6, { at: '2024-01-05T09:00:00+07:00', channel: 'whatsapp' });
  await f.tickets(7, { at: '2024-01-31T23:59:00+07:00', channel: 'email' });
  report = await buildReport(handle.db, '2025-01', { now: new Date('2025-02-03T02:00:00Z') });
});
afterAll(() => handle.close());

describe(`monthly report: consultations and topics (${testDatabaseKind()})`, () => {
  it('names the three months and when it was generated', () => {
    expect(report).toMatchObject({ month: '2025-01', previous_month: '2024-12', last_year_month: '2024-01', generated_at: '2025-02-03T02:00:00.000Z' });
  });

  it('counts a ticket in the Jakarta month it was created in', () => {
    // Phone: 23:30 WIB on 31 January and 00:30 WIB on 1 January are January; 00:10 WIB on 1 February and 23:59 WIB on 31 December are not.
    expect(report.consultations.by_channel.phone).toMatchObject({ value: 2, previous: 2, last_year: 0 });
  });

  it('compares each channel with the previous month and a year earlier, rounding half up', () => {
    const c = report.consultations;
    // 19 against 18: +5,6% -> 6; against 13: +46,2% -> 46.
    expect(c.total).toEqual({ value: 19, previous: 18, last_year: 13, change_previous_pct: 6, change_last_year_pct: 46 });
    // 9 against 8 is +12,5% -> 13; 7 against 8 is -12,5% -> -13 (half away from zero).
    expect(c.by_channel.whatsapp).toEqual({ value: 9, previous: 8, last_year: 6, change_previous_pct: 13, change_last_year_pct: 50, share: 9 / 19 });
    expect(c.by_channel.email).toEqual({ value: 7, previous: 8, last_year: 7, change_previous_pct: -13, change_last_year_pct: 0, share: 7 / 19 });
    // Equal -> 0; a zero base -> null.
    expect(c.by_channel.phone).toEqual({ value: 2, previous: 2, last_year: 0, change_previous_pct: 0, change_last_year_pct: null, share: 2 / 19 });
    expect(c.by_channel.helpdesk).toMatchObject({ value: 1, previous: 0, change_previous_pct: null });
    expect(c.by_channel.livechat).toEqual({ value: 0, previous: 0, last_year: 0, change_previous_pct: null, change_last_year_pct: null, share: 0 });
  });

  it('writes the comparisons in words: "sama" when equal, no percentage from zero', () => {
    const phone = report.narrative_by_section.phone ?? [];
    expect(phone[0]).toBe('Pada bulan Januari 2025, sebanyak 10,53% atau 2 pengguna menggunakan layanan telepon sebagai media konsultasi.');
    expect(phone).toContain('Jumlah konsultasi melalui telepon pada bulan Januari 2025 sebanyak 2, sama dengan bulan sebelumnya (2).');
    expect(phone).toContain('Pada bulan Januari 2024 tidak ada konsultasi melalui telepon, sedangkan pada bulan Januari 2025 terdapat 2 konsultasi melalui telepon.');
    expect(report.narrative_by_section.consultations).toEqual([
      'Jumlah konsultasi di bulan Januari 2025 naik 46% dibandingkan bulan Januari 2024 (13 konsultasi).',
      'Jika dibandingkan dengan jumlah konsultasi di bulan sebelumnya (18 konsultasi), jumlah konsultasi di bulan Januari 2025 naik 6%.',
    ]);
    expect(report.narrative).toContain('Jumlah konsultasi pada bulan Januari 2025 melalui WhatsApp DJPK sebesar 9 layanan atau naik 13% dibandingkan bulan sebelumnya (8 layanan).');
  });

  it('counts users by category; no category counts as lainnya', () => {
    // pemda: 8 WhatsApp + 2 email + 1 help desk; lainnya: 3 email without category + 2 phone.
    expect(report.user_categories).toEqual({
      pemda: { count: 11, share: 11 / 19 }, kl: { count: 1, share: 1 / 19 },
      akademisi: { count: 2, share: 2 / 19 }, lainnya: { count: 5, share: 5 / 19 },
    });
  });

  it('counts every topic of a ticket once, most first, then by label', () => {
    expect(report.topics.map((t) => [t.topic, t.label, t.count])).toEqual([
      ['DBH', 'DBH', 5], ['SURAT_MASUK', 'Surat Masuk', 5], ['DAU', 'DAU', 4], ['PERMINTAAN_DATA', 'Permintaan Data', 2],
      ['RESERVASI', 'Reservasi', 2], ['DANA_DESA', 'Dana Desa', 1], ['SHSR', 'SHSR', 1],
    ]);
  });

  it('ranks the top 3 topics of each channel', () => {
    const top = Object.fromEntries(Object.entries(report.channel_top_topics).map(([channel, topics]) => [channel, topics.map((t) => `${t.label}:${t.count}`)]));
    expect(top).toEqual({
      whatsapp: ['DBH:5', 'DAU:4', 'SHSR:1'], email: ['Surat Masuk:5', 'Permintaan Data:2'], phone: ['Reservasi:2'],
      helpdesk: ['Dana Desa:1'], livechat: [],
    });
  });

  it('finds the 3 regions with most pemda tickets (ties by name) and their top topics', () => {
    // Bogor, Manado and Probolinggo have 3 each; Bangka Selatan's 2 do not make the list.
    expect(report.top_regions).toEqual([
      { region_code: BOGOR, region_name: 'Kab. Bogor', count: 3, topics: ['DBH'] },
      { region_code: PROBOLINGGO, region_name: 'Kab. Probolinggo', count: 3, topics: ['Surat Masuk', 'SHSR'] },
      { region_code: MANADO, region_name: 'Kota Manado', count: 3, topics: ['DAU', 'DBH', 'Dana Desa'] },
    ]);
  });
});
