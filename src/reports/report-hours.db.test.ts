import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/connection.ts';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';
import { buildReport } from './report.ts';
import { reportFactory } from './test-data.ts';
import type { MonthlyReport } from './types.ts';

let handle: DatabaseHandle;
let report: MonthlyReport;

const BOGOR = '32.01'; // WIB
const MANADO = '71.71'; // WITA
const JAYAPURA = '91.71'; // WIT

beforeAll(async () => {
  handle = await createTestDatabase();
  const f = reportFactory(handle.db);
  // Inside/outside service hours as the live path stores them (Mon-Fri 08:00-17:00 WIB, holidays closed).
  const thursday = await f.ticket({ at: '2025-01-30T10:00:00+07:00', region: BOGOR }); // inside
  const holiday = await f.ticket({ at: '2025-01-27T10:00:00+07:00', region: MANADO, topics: ['DBH', 'DID_IF'] }); // Isra Mikraj: outside
  await f.ticket({ at: '2025-01-28T10:00:00+07:00', region: JAYAPURA }); // cuti bersama: outside
  const saturday = await f.ticket({ at: '2025-01-11T10:00:00+07:00', topics: ['DBH'] }); // weekend, no region: outside, unidentified
  await f.ticket({ at: '2025-01-31T17:30:00+07:00', region: BOGOR }); // after closing: outside
  await f.ticket({ at: '2025-01-31T16:59:00+07:00', region: MANADO }); // before closing: inside
  await f.ticket({ at: '2025-01-12T09:00:00+07:00', region: BOGOR, inside: true }); // a Sunday, but stored as inside (imported): inside
  await f.ticket({ at: '2025-01-08T08:00:00+07:00' }); // inside, unidentified
  const december = await f.ticket({ at: '2024-12-16T10:00:00+07:00', region: BOGOR });

  // Layer 2 in January. Monday 27 January is a holiday, 28 cuti bersama, 29 a holiday.
  await f.escalation(holiday.id, 'DTU', '2025-01-27T10:00:00+07:00', '2025-01-31T10:00:00+07:00'); // H = Thu 30, answered H+1: 120
  await f.escalation(saturday.id, 'DTU', '2025-01-11T10:00:00+07:00', '2025-01-16T10:00:00+07:00'); // H = Mon 13, answered H+3: 100
  await f.escalation(thursday.id, 'SIPT', '2025-01-23T10:00:00+07:00', '2025-01-30T10:00:00+07:00'); // H = Thu 23; 30 is H+2 across the holidays: 100
  await f.escalation(december.id, 'SIPT', '2025-01-24T10:00:00+07:00'); // unanswered, H+3 long past on 10 February: 80, pending
  // Three in December 2024, four in January 2024.
  for (const day of ['02', '03', '04']) await f.escalation(december.id, 'PDRD', `2024-12-${day}T10:00:00+07:00`, `2024-12-${day}T15:00:00+07:00`);
  for (const day of ['08', '09', '10', '11']) await f.escalation(december.id, 'PDRD', `2024-01-${day}T10:00:00+07:00`, `2024-01-${day}T15:00:00+07:00`);
  report = await buildReport(handle.db, '2025-01', { now: new Date('2025-02-10T03:00:00Z') });
});
afterAll(() => handle.close());

describe(`monthly report: service hours and Layer 2 (${testDatabaseKind()})`, () => {
  it('splits the tickets by zone inside and outside service hours, across a holiday, cuti bersama and a weekend', () => {
    expect(report.service_hours).toEqual({
      identified: 6,
      unidentified: 2,
      inside: { WIB: 2, WITA: 1, WIT: 0, unidentified: 1 },
      outside: { WIB: 1, WITA: 1, WIT: 1, unidentified: 1 },
      outside_total: 4,
      // The holiday ticket (DBH, DID / IF) and the Saturday ticket (DBH) were escalated; the Thursday one was inside hours.
      outside_escalated: { count: 2, share: 0.5, topics: ['DBH', 'DID / IF'] },
    });
  });

  it('writes the service-hours paragraph', () => {
    expect(report.narrative_by_section.service_hours).toEqual([
      'Selama bulan Januari, dari total 8 tiket konsultasi, sebanyak 6 tiket dapat diidentifikasi asal zona waktu, sedangkan 2 tiket sisanya tidak dapat diidentifikasi.',
      'Dari 6 tiket yang dapat diidentifikasi zona waktunya, 3 pengguna layanan menghubungi DJPK di dalam jam layanan, sedangkan 3 sisanya menghubungi DJPK di luar jam layanan yang terdiri dari 1 (33,33%) dari bagian barat (WIB), 1 (33,33%) dari bagian tengah (WITA), dan 1 (33,33%) dari bagian timur (WIT).',
      'Dari 8 tiket, terdapat 4 tiket yang masuk di luar jam layanan, 2 diantaranya atau 50% memerlukan eskalasi lebih lanjut, dengan topik terkait DBH dan DID / IF.',
    ]);
  });

  it('counts escalations by the month they were escalated in, and scores the teams in working days', () => {
    // 4 against 3: +33%; against 4: 0.
    expect(report.escalation.total).toEqual({ value: 4, previous: 3, last_year: 4, change_previous_pct: 33, change_last_year_pct: 0 });
    expect(report.escalation.teams).toEqual([
      { team: 'Direktorat DTU', team_code: 'DTU', unit: 'DTU', count: 2, share: 0.5, score: 110, pending: 0, mean_working_days: 2 },
      { team: 'Tim Reguler Penyaluran Dana Transfer', team_code: 'SIPT', unit: 'SIPT', count: 2, share: 0.5, score: 90, pending: 1, mean_working_days: 2 },
    ]);
  });

  it('ranks Layer 2 in words', () => {
    expect(report.narrative_by_section.escalation).toEqual([
      'Sebanyak 4 tiket dieskalasi ke Layer 2 pada bulan Januari 2025, naik 33% dibandingkan bulan sebelumnya (3) dan sama dengan bulan Januari 2024 (4).',
      'Berdasarkan kecepatan memberikan tanggapan sejak pertanyaan dieskalasi, nilai capaian rata-rata Direktorat DTU menempati peringkat pertama (110).',
      // Equal counts: the faster (equal here), then the higher score.
      'Berdasarkan jumlah tiket yang dieskalasi dan rata-rata waktu pemberian tanggapan tercepat, Direktorat DTU menduduki peringkat pertama dengan jumlah tiket 2 atau 50% dari total seluruh tiket yang dieskalasi pada bulan Januari 2025 (4 tiket), dengan nilai capaian rata-rata 110 dan rata-rata waktu pemberian tanggapan 2 hari kerja.',
    ]);
  });
});
