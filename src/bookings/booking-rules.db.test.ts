import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { jakartaDate, type Calendar } from '../platform/calendar.ts';
import { addHoliday, loadCalendar } from '../platform/calendar-service.ts';
import { SYSTEM_ACTOR } from '../auth/actor.ts';
import { addDays, bookingWindow } from './window.ts';
import type { BookingRules } from './rules.ts';

// The rules of SE-2/PK.1/2024 at each limit through the public API and the public page, and
// two requests for one slot (or the day's last slot) at once: exactly one wins.
const RULES: BookingRules = { max_guests: 3, min_days_ahead: 2, max_days_ahead: 15, slots_per_day: 2, slot_times: ['09:00', '10:00', '13:30'], working_days_only: true };

let t: TestApp;
let supervisor: Session;
let calendar: Calendar;
let days: string[];
let address = 0;
const today = jakartaDate(new Date());

beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'sari', 'supervisor');
  supervisor = await login(t, 'sari');
  expect((await supervisor.request('PUT', '/api/bookings/rules', RULES)).statusCode).toBe(200);
  calendar = await loadCalendar(t.handle.db);
  days = bookingWindow(RULES, calendar, today);
});
afterAll(async () => t.close());

const db = () => t.handle.db;
// Each request from its own address, as different offices: the rate limit is not what these tests are about.
const from = (): string => `10.20.${Math.floor(++address / 250)}.${(address % 250) + 1}`;

const request = (overrides: Record<string, unknown> = {}) => ({
  kind: 'face_to_face', date: days[0], start_time: '09:00', region_code: '32.01', contact_name: 'Dedi Supriadi',
  contact_email: 'dedi@bpkad.bogorkab.go.id', contact_phone: '0812 1111 2222', topics: ['DAU'], guests: 2, guest_names: ['Dedi Supriadi', 'Rina'],
  ...overrides,
});
const book = (overrides: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/bookings/requests', payload: request(overrides), remoteAddress: from() });
const messagesOf = (body: string): string[] => (JSON.parse(body) as { error: { details: { message: string }[] } }).error.details.map((d) => d.message);
const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `Tamu ${i + 1}`);

describe(`booking rules at their limits (${testDatabaseKind()})`, () => {
  it('accepts the earliest allowed day and refuses the working day before it, naming the rule', async () => {
    const first = days[0] ?? '';
    expect(calendar.workingDaysBetween(today, first)).toBe(RULES.min_days_ahead);
    const ok = await book({ date: first, start_time: '09:00' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ reference: expect.stringMatching(/^RSV-\d{4}-\d{5}$/) as unknown, status: 'requested', status_url: expect.stringContaining('/reservasi/status/') as unknown });
    const early = await book({ date: calendar.previousWorkingDay(first), start_time: '10:00' });
    expect(early.statusCode).toBe(400);
    expect(messagesOf(early.body)).toEqual([expect.stringContaining('paling lambat 2 hari kerja sebelum tanggal konsultasi (ketentuan SE-2/PK.1/2024)')]);
  });

  it('accepts the last allowed day and refuses the next working day', async () => {
    const last = days.at(-1) ?? '';
    expect(calendar.workingDaysBetween(today, last)).toBe(RULES.max_days_ahead);
    expect((await book({ date: last })).statusCode).toBe(201);
    const late = await book({ date: calendar.nextWorkingDay(last) });
    expect(late.statusCode).toBe(400);
    expect(messagesOf(late.body)).toEqual([expect.stringContaining('paling jauh 15 hari kerja')]);
  });

  it('accepts the maximum of guests and refuses one more; a video conference has no guest limit', async () => {
    expect((await book({ date: days[1], guests: 3, guest_names: names(3) })).statusCode).toBe(201);
    const over = await book({ date: days[1], start_time: '10:00', guests: 4, guest_names: names(4) });
    expect(over.statusCode).toBe(400);
    expect(messagesOf(over.body)).toEqual(['Jumlah tamu paling banyak 3 orang per kunjungan tatap muka (ketentuan SE-2/PK.1/2024); Anda mengisi 4 orang.']);
    expect((await book({ kind: 'video', date: days[1], start_time: '10:00', guests: 12, guest_names: [] })).statusCode).toBe(201);
  });

  it('takes the day\'s slots up to the quota and refuses one more with the quota named (409)', async () => {
    const day = days[2];
    expect((await book({ date: day, start_time: '09:00' })).statusCode).toBe(201);
    const video = await book({ date: day, start_time: '13:30', kind: 'video', guests: null });
    expect(video.statusCode, video.body).toBe(201);
    const third = await book({ date: day, start_time: '10:00' });
    expect(third.statusCode).toBe(409);
    expect(third.json<{ error: { message: string } }>().error.message).toMatch(/^Kuota 2 sesi konsultasi per hari pada \S+, \d+ \S+ \d{4} sudah penuh \(ketentuan SE-2\/PK\.1\/2024\)/);
    const slots = await t.app.inject({ method: 'GET', url: `/api/bookings/slots?from=${day}&to=${day}` });
    expect(slots.json()).toEqual({ days: [{ date: day, label: expect.any(String) as unknown, open: [] }] });
  });

  it('refuses a weekend, a holiday and a time outside slot_times, each with its rule', async () => {
    let saturday = addDays(days[3] ?? '', 1);
    while (new Date(`${saturday}T00:00:00Z`).getUTCDay() !== 6) saturday = addDays(saturday, 1);
    const weekend = await book({ date: saturday });
    expect(weekend.statusCode).toBe(400);
    expect(messagesOf(weekend.body)[0]).toMatch(/^Sabtu, .* bukan hari kerja .*Konsultasi hanya dilayani pada hari kerja \(ketentuan SE-2\/PK\.1\/2024\)\.$/);

    const time = await book({ date: days[3], start_time: '08:00' });
    expect(time.statusCode).toBe(400);
    expect(messagesOf(time.body)).toEqual(['Jam 08:00 tidak tersedia. Jam konsultasi yang dapat dipilih: 09:00, 10:00, 13:30 WIB (ketentuan SE-2/PK.1/2024).']);

    const holiday = days[4] ?? '';
    await addHoliday(db(), SYSTEM_ACTOR, { date: holiday, name: 'Cuti bersama (uji)', kind: 'cuti_bersama' });
    const closed = await book({ date: holiday });
    expect(closed.statusCode).toBe(400);
    expect(messagesOf(closed.body)[0]).toContain('bukan hari kerja (Sabtu, Minggu, hari libur nasional atau cuti bersama)');
    const open = (await t.app.inject({ method: 'GET', url: '/api/bookings/slots' })).json<{ days: { date: string }[] }>().days.map((d) => d.date);
    expect(open).not.toContain(holiday);
    expect(open).not.toContain(saturday);
  });
});

describe(`double booking (${testDatabaseKind()})`, () => {
  it('two requests for one slot at once: one 201, one 409 "slot sudah dipesan", one row', async () => {
    const day = days[5];
    const both = await Promise.all([book({ date: day, start_time: '10:00' }), book({ date: day, start_time: '10:00', contact_email: 'lain@kotabima.go.id', region_code: null, institution: 'Bank BJB' })]);
    expect(both.map((r) => r.statusCode).toSorted()).toEqual([201, 409]);
    expect(both.find((r) => r.statusCode === 409)?.json()).toMatchObject({ error: { code: 'conflict', message: 'Slot sudah dipesan, pilih waktu lain.' } });
    const rows = await db().selectFrom('bookings').select('id').where('date', '=', day ?? '').where('start_time', '=', '10:00').execute();
    expect(rows).toHaveLength(1);
  });

  it('two requests for the day\'s last slot (different times) at once: one wins', async () => {
    const day = days[6];
    expect((await book({ date: day, start_time: '09:00' })).statusCode).toBe(201);
    const both = await Promise.all([book({ date: day, start_time: '10:00' }), book({ date: day, start_time: '13:30' })]);
    expect(both.map((r) => r.statusCode).toSorted()).toEqual([201, 409]);
    expect(both.find((r) => r.statusCode === 409)?.json<{ error: { message: string } }>().error.message).toContain('Kuota 2 sesi konsultasi per hari');
    expect(await db().selectFrom('bookings').select('id').where('date', '=', day ?? '').execute()).toHaveLength(2);
  });

  it('the database itself refuses a second active booking of a live slot, whatever the code path', async () => {
    const taken = await db().selectFrom('bookings').selectAll().where('date', '=', days[5] ?? '').executeTakeFirstOrThrow();
    const { id: _id, ...copy } = taken;
    await expect(db().insertInto('bookings').values({ ...copy, reference: 'RSV-COPY', topics: '[]', guest_names: '[]' }).execute()).rejects.toMatchObject({ code: '23505' });
  });
});

describe(`the public page /reservasi (${testDatabaseKind()})`, () => {
  const post = (form: string) => t.app.inject({ method: 'POST', url: '/reservasi', payload: form, headers: { 'content-type': 'application/x-www-form-urlencoded' }, remoteAddress: from() });
  const form = (fields: Record<string, string | string[]>): string => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) params.append(key, v);
    return params.toString();
  };
  const good = (day: string, time: string): Record<string, string | string[]> => ({
    jenis: 'tatap_muka', slot: `${day}T${time}`, daerah: '35.14', instansi: 'BPKAD', nama: 'Wati Lestari', email: 'wati@pasuruankab.go.id',
    telepon: '0813-3333-4444', topik: ['DAU', 'DBH'], jumlah_tamu: '2', nama_tamu: 'Wati Lestari\r\nAgus', website: '',
  });

  it('shows the open slots per day, the regions, the topics and the rules, in Indonesian', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/reservasi' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="id">');
    expect(page.body).toContain('name="viewport"');
    expect(page.body).toContain('Ketentuan SE-2/PK.1/2024: reservasi diajukan 2 sampai 15 hari kerja sebelum konsultasi, pada hari kerja; paling banyak 2 sesi per hari dan 3 tamu per kunjungan tatap muka.');
    expect(page.body).toContain(`name="slot" value="${days[7]}T09:00"`);
    // Taken slots and full days are not offered.
    expect(page.body).not.toContain(`value="${days[0]}T09:00"`);
    expect(page.body).not.toContain(`value="${days[2]}T10:00"`);
    expect(page.body).toContain('<option value="32.01">Kab. Bogor</option>');
    expect(page.body).toContain('name="topik" value="DAU"');
    expect(page.body).toContain('<label class="field" for="email">Email</label>');
    expect(page.body).not.toMatch(/<script|https?:\/\/(?!sapa)/);
  });

  it('stores a good request and shows the reference and the private status link', async () => {
    const sent = await post(form(good(days[7] ?? '', '09:00')));
    expect(sent.statusCode).toBe(303);
    const location = sent.headers.location ?? '';
    expect(location).toMatch(/^\/reservasi\/status\/\d+\.[\w-]{43}\?baru=1$/);
    const booking = await db().selectFrom('bookings').selectAll().where('date', '=', days[7] ?? '').executeTakeFirstOrThrow();
    expect(booking).toMatchObject({ status: 'requested', kind: 'face_to_face', start_time: '09:00', visitor: 'Kab. Pasuruan', region_code: '35.14', topics: ['DAU', 'DBH'], guests: 2, guest_names: ['Wati Lestari', 'Agus'], contact_phone: '+6281333334444' });
    const shown = await t.app.inject({ method: 'GET', url: location });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('Reservasi diterima');
    expect(shown.body).toContain(`<p class="reference">${booking.reference}</p>`);
    expect(shown.body).toContain(location.replace('?baru=1', ''));
    expect(shown.headers['referrer-policy']).toBe('no-referrer');
    const outbox = await db().selectFrom('outbox').select(['type', 'payload']).where('type', '=', 'booking.email').execute();
    expect(outbox.map((j) => j.payload)).toContainEqual({ bookingId: booking.id, event: 'requested' });
    // A forged link shows nothing.
    expect((await t.app.inject({ method: 'GET', url: location.replace(/\.[\w-]{4}/, '.AAAA') })).statusCode).toBe(404);
  });

  it('shows every problem in Indonesian and keeps what was typed', async () => {
    const bad = await post(form({ ...good(days[8] ?? '', '10:00'), daerah: '', instansi: '', email: 'wati@', jumlah_tamu: '5', nama_tamu: 'Wati\nAgus', topik: [] }));
    expect(bad.statusCode).toBe(400);
    for (const message of [
      'Pilih Pemda dari daftar, atau tuliskan nama instansi Anda.',
      'Alamat email tidak valid (contoh: nama@instansi.go.id).',
      'Pilih minimal satu topik konsultasi.',
      'Tuliskan nama setiap tamu, satu nama per baris: 5 nama untuk 5 tamu (terisi 2).',
      'Jumlah tamu paling banyak 3 orang per kunjungan tatap muka (ketentuan SE-2/PK.1/2024); Anda mengisi 5 orang.',
    ]) expect(bad.body).toContain(message);
    expect(bad.body).toContain('role="alert"');
    expect(bad.body).toContain('value="Wati Lestari"');
    expect(bad.body).toContain('value="wati@"');
    expect(bad.body).toContain(`value="${days[8]}T10:00" required checked`);
    expect(bad.body).toContain('>Wati\nAgus</textarea>');
    expect(await db().selectFrom('bookings').select('id').where('date', '=', days[8] ?? '').execute()).toEqual([]);
  });

  it('re-shows the form with "slot sudah dipesan" when the slot was taken meanwhile, and refuses a filled honeypot', async () => {
    const taken = await post(form({ ...good(days[7] ?? '', '09:00'), email: 'orang.lain@kemenkeu.go.id' }));
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toContain('Slot sudah dipesan, pilih waktu lain.');
    expect(taken.body).toContain('value="orang.lain@kemenkeu.go.id"');
    const before = await db().selectFrom('bookings').select('id').execute();
    const bot = await post(form({ ...good(days[9] ?? '', '09:00'), website: 'http://spam.example' }));
    expect(bot.statusCode).toBe(400);
    expect(bot.body).toContain('Permintaan tidak dapat diproses');
    expect(await db().selectFrom('bookings').select('id').execute()).toHaveLength(before.length);
  });

  it('answers too many posts from one address with a page to read (429)', async () => {
    const form1 = form({ ...good(days[9] ?? '', '13:30'), website: 'x' });
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await t.app.inject({ method: 'POST', url: '/reservasi', payload: form1, headers: { 'content-type': 'application/x-www-form-urlencoded' }, remoteAddress: '10.99.0.1' })).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 400)).toBe(true);
    const last = await t.app.inject({ method: 'POST', url: '/reservasi', payload: form1, headers: { 'content-type': 'application/x-www-form-urlencoded' }, remoteAddress: '10.99.0.1' });
    expect(last.statusCode).toBe(429);
    expect(last.body).toContain('Terlalu banyak percobaan');
  });
});
