import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/connection.ts';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';
import { buildReport } from './report.ts';
import { reportFactory } from './test-data.ts';
import type { MonthlyReport } from './types.ts';

let handle: DatabaseHandle;
let report: MonthlyReport;
const fake = 'Surat palsu undangan pelatihan';
const fakeTickets: { id: number; number: number }[] = [];
let slowTicket: { id: number; number: number };

beforeAll(async () => {
  handle = await createTestDatabase();
  const f = reportFactory(handle.db);
  const jan = (day: string) => `2025-01-${day}T10:00:00+07:00`;
  // Complaints: one subject from four regions (Bogor twice) and one unknown, another from Jayapura.
  for (const region of ['32.01', '64.72', '32.01', '32.09', null]) {
    fakeTickets.push(await f.ticket({ at: jan('06'), subject: fake, region, complaint: true, topics: ['PENGADUAN'] }));
  }
  slowTicket = await f.ticket({ at: jan('07'), subject: 'Layanan lambat', region: '91.71', complaint: true });
  await f.ticket({ at: jan('07'), subject: fake, region: '32.01' }); // same subject, not a complaint
  await f.tickets(2, { at: '2024-12-05T10:00:00+07:00', subject: 'Lain', complaint: true });

  // Satisfaction at the minimum's boundary: 5 ratings from 5 different users.
  const ani = await f.user('ani', 'Ani');
  const budi = await f.user('budi', 'Budi');
  const citra = await f.user('citra', 'Citra');
  await f.user('dedi', 'Dedi'); // an active agent without ratings
  await f.user('eko', 'Eko', 'agent', false); // inactive, no ratings: not listed
  const sari = await f.user('sari', 'Sari', 'supervisor'); // not an agent, but rated: listed
  const raters = await Promise.all([1, 2, 3, 4, 5].map(() => f.contact()));
  const [r1, r2, r3, r4, r5] = raters as [number, number, number, number, number];
  for (const [rater, service] of [[r1, 5], [r2, 5], [r3, 4], [r4, 4]] as const) await f.rating(ani, rater, service, 5, jan('10')); // 4 from 4
  for (const rater of [r1, r2, r3, r4, r4]) await f.rating(budi, rater, 4, 3, jan('11')); // 5 from 4
  for (const [rater, service] of [[r1, 5], [r2, 4], [r3, 5], [r4, 4]] as const) await f.rating(citra, rater, service, 4, jan('12'));
  await f.rating(citra, r5, 5, 4, '2025-01-31T23:30:00+07:00'); // the fifth, from a fifth user, still January
  await f.rating(citra, r5, 1, 1, '2025-02-01T00:10:00+07:00'); // February: not counted
  await f.rating(sari, r1, 3, 3, jan('13'));
  report = await buildReport(handle.db, '2025-01', { now: new Date('2025-02-03T02:00:00Z') });
});
afterAll(() => handle.close());

describe(`monthly report: complaints and satisfaction (${testDatabaseKind()})`, () => {
  it('groups the complaints by subject, regions most frequent first, unknown regions counted', () => {
    expect(report.complaints.count).toEqual({ value: 6, previous: 2, last_year: 0, change_previous_pct: 200, change_last_year_pct: null });
    expect(report.complaints.items).toEqual([
      {
        ticket: fakeTickets[0]!.id, tickets: fakeTickets.map((t) => t.id), numbers: fakeTickets.map((t) => t.number),
        subject: fake, count: 5, regions: ['Kab. Bogor', 'Kab. Cirebon', 'Kota Samarinda'], unidentified_regions: 1,
      },
      { ticket: slowTicket.id, tickets: [slowTicket.id], numbers: [slowTicket.number], subject: 'Layanan lambat', count: 1, regions: ['Kota Jayapura'], unidentified_regions: 0 },
    ]);
  });

  it('writes the complaints in words, without a percentage from zero', () => {
    expect(report.narrative_by_section.complaints).toEqual([
      'Jumlah pengaduan pada bulan Januari 2025 sebanyak 6, naik 200% dibandingkan bulan sebelumnya (2).',
      'Pada bulan Januari 2024 tidak ada pengaduan, sedangkan pada bulan Januari 2025 terdapat 6 pengaduan.',
      'Pengaduan pada bulan Januari 2025 terdiri dari: Surat palsu undangan pelatihan (Kab. Bogor, Kab. Cirebon, Kota Samarinda, 1 daerah tidak teridentifikasi); Layanan lambat (Kota Jayapura).',
    ]);
  });

  it('rates each agent over the month and checks the minimum of 5 ratings from 5 users', () => {
    const s = report.satisfaction;
    expect(s.minimum).toEqual({ ratings: 5, raters: 5 });
    expect(s.agents).toEqual([
      { agent: 'ani', name: 'Ani', ratings: 4, raters: 4, service: 4.5, substance: 5, score: 4.75, meets_minimum: false },
      { agent: 'citra', name: 'Citra', ratings: 5, raters: 5, service: 4.6, substance: 4, score: (4.6 + 4) / 2, meets_minimum: true },
      { agent: 'budi', name: 'Budi', ratings: 5, raters: 4, service: 4, substance: 3, score: 3.5, meets_minimum: false },
      { agent: 'sari', name: 'Sari', ratings: 1, raters: 1, service: 3, substance: 3, score: 3, meets_minimum: false },
      { agent: 'dedi', name: 'Dedi', ratings: 0, raters: 0, service: null, substance: null, score: null, meets_minimum: false },
    ]);
  });

  it('names the best agent among those meeting the minimum, and those below it', () => {
    expect(report.narrative_by_section.satisfaction).toEqual([
      'Setiap agen minimal memiliki 5 penilaian dari minimal 5 pengguna yang berbeda setiap bulannya.',
      'Rata-rata nilai kepuasan tertinggi pada bulan Januari 2025 diraih oleh Citra (4,3).',
      'Agen yang belum memenuhi ketentuan minimal penilaian pada bulan Januari 2025: Ani (4 penilaian dari 4 pengguna), Budi (5 penilaian dari 4 pengguna), Sari (1 penilaian dari 1 pengguna), dan Dedi (0 penilaian dari 0 pengguna).',
    ]);
  });
});
