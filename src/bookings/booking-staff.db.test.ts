import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { startSmtpSink, type SinkMessage, type SmtpSink } from '../../test/helpers/smtp-sink.ts';
import { until } from '../../test/helpers/until.ts';
import { loadConfig } from '../platform/config.ts';
import { jakartaDate, type Calendar } from '../platform/calendar.ts';
import { loadCalendar } from '../platform/calendar-service.ts';
import { createJobRegistry } from '../jobs/registry.ts';
import { Worker } from '../jobs/worker.ts';
import { buildReport } from '../reports/report.ts';
import { addDays, bookingWindow } from './window.ts';
import { queueReminder } from './notify.ts';
import type { BookingRules } from './rules.ts';

// Staff decide through the API; the real worker mails every change and the reminder to an
// SMTP sink; the outcome lands in the monthly report.
const PUBLIC_URL = 'https://sapa.djpk.example.go.id';
const RULES: BookingRules = { max_guests: 3, min_days_ahead: 1, max_days_ahead: 20, slots_per_day: 3, slot_times: ['09:00', '10:00', '13:30'], working_days_only: true };
const TEAMS = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';
const env = { SMTP_URL: '', MAIL_FROM: 'Contact Center DJPK <callcenter.djpk@kemenkeu.go.id>', SAPA_PUBLIC_URL: PUBLIC_URL };

let sink: SmtpSink;
let t: TestApp;
let workers: Worker[];
let agent: Session;
let l2: Session;
let supervisor: Session;
let calendar: Calendar;
let days: string[];
let hannaId: number;
let address = 0;
const today = jakartaDate(new Date());

beforeAll(async () => {
  sink = await startSmtpSink();
  env.SMTP_URL = sink.url;
  t = await createTestApp(env);
  // Two workers, as two instances would run them.
  workers = [0, 1].map(() => new Worker(t.handle.db, createJobRegistry(t.handle.db, loadConfig({ ...env, SAPA_DATA_DIR: '/nonexistent' })), { pollMs: 20, backoff: () => 100, log: { error: () => undefined } }));
  for (const w of workers) w.start();
  hannaId = await addUser(t, 'hanna', 'agent');
  await addUser(t, 'sari', 'supervisor');
  await addUser(t, 'l2-dtu', 'l2', 'DTU');
  [agent, supervisor, l2] = await Promise.all([login(t, 'hanna'), login(t, 'sari'), login(t, 'l2-dtu')]);
  expect((await supervisor.request('PUT', '/api/bookings/rules', RULES)).statusCode).toBe(200);
  calendar = await loadCalendar(t.handle.db);
  days = bookingWindow(RULES, calendar, today);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await t.close();
  await sink.close();
});

const db = () => t.handle.db;
const day = (i: number): string => days[i] ?? '';

async function book(overrides: Record<string, unknown>): Promise<{ id: number; reference: string }> {
  const payload = {
    kind: 'face_to_face', date: day(0), start_time: '09:00', region_code: '35.14', contact_name: 'Wati Lestari', contact_email: 'wati@pasuruankab.go.id',
    contact_phone: '081333334444', topics: ['DAU'], guests: 3, guest_names: ['Wati Lestari', 'Agus', 'Rudi'], ...overrides,
  };
  const response = await t.app.inject({ method: 'POST', url: '/api/bookings/requests', payload, remoteAddress: `10.30.0.${++address}` });
  expect(response.statusCode, response.body).toBe(201);
  const { reference } = response.json<{ reference: string }>();
  return db().selectFrom('bookings').select(['id', 'reference']).where('reference', '=', reference).executeTakeFirstOrThrow();
}

const mail = (reference: string, words: string): Promise<SinkMessage> =>
  sink.waitFor((m) => m.parsed.subject?.includes(reference) === true && m.parsed.subject.includes(words));
const post = (session: Session, id: number, action: string, body: unknown = {}) => session.request('POST', `/api/bookings/${id}/${action}`, body);
const reminders = () => sink.messages.filter((m) => m.parsed.subject?.startsWith('Pengingat:'));

describe(`booking decisions by staff, emailed to the requester (${testDatabaseKind()})`, () => {
  let visit: { id: number; reference: string };
  let video: { id: number; reference: string };

  it('emails the reference and the private status link; approving emails "disetujui" and queues the reminder', async () => {
    visit = await book({});
    const received = await mail(visit.reference, 'diterima');
    expect(received.envelope.rcptTo).toEqual(['wati@pasuruankab.go.id']);
    expect(received.header('auto-submitted')).toBe('auto-generated');
    const text = received.parsed.text ?? '';
    expect(text).toContain(`Nomor reservasi: ${visit.reference}`);
    expect(text).toContain('Status: Menunggu persetujuan');
    const link = /https:\/\/\S+\/reservasi\/status\/\S+/.exec(text)?.[0] ?? '';
    expect(link.startsWith(`${PUBLIC_URL}/reservasi/status/`)).toBe(true);
    const page = await t.app.inject({ method: 'GET', url: link.slice(PUBLIC_URL.length) });
    expect(page.body).toContain('<dd>Menunggu persetujuan</dd>');

    const approved = await post(agent, visit.id, 'approve');
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decided_by: hannaId });
    expect((await mail(visit.reference, 'disetujui')).parsed.text).toContain('jumlah tamu paling banyak 3 orang');
    expect((await t.app.inject({ method: 'GET', url: link.slice(PUBLIC_URL.length) })).body).toContain('<dd>Disetujui</dd>');
    const reminder = await db().selectFrom('outbox').select(['run_at', 'dedupe_key']).where('type', '=', 'booking.reminder').executeTakeFirstOrThrow();
    expect(new Date(reminder.run_at).toISOString()).toBe(new Date(`${calendar.previousWorkingDay(day(0))}T09:00:00+07:00`).toISOString());
    expect(reminder.dedupe_key).toBe(`booking-reminder:${visit.id}:${day(0)}:09:00`);
    expect((await post(agent, visit.id, 'approve')).statusCode).toBe(409);
    const audit = await db().selectFrom('audit_log').select(['action', 'actor_user_id']).where('entity', '=', 'booking').where('entity_id', '=', String(visit.id)).execute();
    expect(audit).toEqual([{ action: 'booking.approve', actor_user_id: hannaId }]);
  });

  it('approves a video conference only with its meeting link; a reschedule checks the rules and the slot again', async () => {
    video = await book({ kind: 'video', date: day(1), start_time: '10:00', guests: null, guest_names: [], contact_email: 'budi@bpkad.kolakakab.go.id' });
    const noLink = await post(agent, video.id, 'approve');
    expect(noLink.statusCode).toBe(400);
    expect(noLink.json()).toMatchObject({ error: { details: [{ field: 'meeting_link' }] } });
    expect((await post(agent, video.id, 'approve', { meeting_link: 'http://teams.example' })).statusCode).toBe(400);
    expect((await post(agent, video.id, 'approve', { meeting_link: TEAMS })).json()).toMatchObject({ status: 'approved', meeting_link: TEAMS });
    expect((await mail(video.reference, 'disetujui')).parsed.text).toContain(`Tautan rapat: ${TEAMS}`);

    let saturday = day(2);
    while (new Date(`${saturday}T00:00:00Z`).getUTCDay() !== 6) saturday = addDays(saturday, 1);
    const weekend = await post(supervisor, video.id, 'reschedule', { date: saturday, start_time: '10:00' });
    expect(weekend.statusCode).toBe(400);
    expect(weekend.json<{ error: { message: string } }>().error.message).toContain('bukan hari kerja');
    const taken = await post(supervisor, video.id, 'reschedule', { date: day(0), start_time: '09:00' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ error: { message: 'Slot sudah dipesan, pilih waktu lain.' } });
    const moved = await post(supervisor, video.id, 'reschedule', { date: day(2), start_time: '13:30' });
    expect(moved.json()).toMatchObject({ status: 'approved', date: day(2), start_time: '13:30' });
    const email = await mail(video.reference, 'dijadwalkan ulang');
    expect(email.parsed.subject).toContain('pukul 13:30 WIB');
    expect(email.parsed.text).toContain(`Tautan rapat: ${TEAMS}`);
  });

  it('sends each approved booking\'s reminder once, for its current slot, however many workers and enqueues', async () => {
    // Queued again, as a second instance would: the dedupe key keeps one job per booking and slot.
    await db().transaction().execute((trx) => queueReminder(trx, calendar, { bookingId: visit.id, date: day(0), start_time: '09:00' }));
    expect(await db().selectFrom('outbox').select('id').where('type', '=', 'booking.reminder').execute()).toHaveLength(3); // visit, video's old and new slot
    // The day before has come.
    await db().updateTable('outbox').set({ run_at: new Date(Date.now() - 1000) }).where('type', '=', 'booking.reminder').execute();
    for (const w of workers) w.poke();
    await until(async () => ((await db().selectFrom('outbox').select('id').where('type', '=', 'booking.reminder').where('status', '!=', 'done').execute()).length === 0 ? true : undefined));
    await Promise.all(workers.map((w) => w.runOnce()));
    expect(reminders().map((m) => m.parsed.subject)).toEqual(expect.arrayContaining([expect.stringContaining(visit.reference), expect.stringContaining(video.reference)]));
    expect(reminders()).toHaveLength(2);
    const forVideo = reminders().find((m) => m.parsed.subject?.includes(video.reference));
    expect(forVideo?.parsed.text).toContain(`Tautan rapat: ${TEAMS}`);
    expect(forVideo?.parsed.subject).toContain('pukul 13:30 WIB');
  });

  it('rejects with the reason the requester reads; a cancellation frees the slot', async () => {
    const rejected = await book({ date: day(3), start_time: '09:00', contact_email: 'andi@kotabima.go.id', region_code: null, institution: 'Bank BJB' });
    expect((await post(agent, rejected.id, 'reject', { reason: ' ' })).statusCode).toBe(400);
    expect((await post(agent, rejected.id, 'reject', { reason: 'Narasumber sedang dinas luar kota' })).json()).toMatchObject({ status: 'rejected', reason: 'Narasumber sedang dinas luar kota' });
    expect((await mail(rejected.reference, 'tidak disetujui')).parsed.text).toContain('Alasan: Narasumber sedang dinas luar kota');
    const cancelled = await book({ date: day(3), start_time: '10:00', contact_email: 'andi@kotabima.go.id' });
    expect((await post(supervisor, cancelled.id, 'cancel', { reason: 'Permintaan pemohon' })).json()).toMatchObject({ status: 'cancelled' });
    expect((await mail(cancelled.reference, 'dibatalkan')).parsed.text).toContain('Alasan: Permintaan pemohon');
    const slots = await t.app.inject({ method: 'GET', url: `/api/bookings/slots?kind=face_to_face&from=${day(3)}&to=${day(3)}` });
    expect(slots.json()).toMatchObject({ days: [{ date: day(3), open: ['09:00', '10:00', '13:30'] }] });
    expect((await post(agent, cancelled.id, 'approve')).statusCode).toBe(409);
  });

  it('records what happened after the visit, and the report counts it (held, no-show, over the guest limit)', async () => {
    expect((await post(agent, visit.id, 'outcome', { status: 'held', actual_guests: 5 })).statusCode).toBe(409); // the visit is still ahead
    // The visit's day has come.
    await db().updateTable('bookings').set({ date: today }).where('id', 'in', [visit.id, video.id]).execute();
    expect((await post(agent, visit.id, 'outcome', { status: 'held' })).statusCode).toBe(400);
    const held = await post(agent, visit.id, 'outcome', { status: 'held', actual_guests: 5, topics: ['DAU', 'PDRD'], notes: 'Rombongan membawa 2 tamu tambahan' });
    expect(held.json()).toMatchObject({ status: 'held', actual_guests: 5, topics: ['DAU', 'PDRD'], notes: 'Rombongan membawa 2 tamu tambahan' });
    expect((await mail(visit.reference, 'Terima kasih')).parsed.text).toContain('Status: Telah dilaksanakan');
    expect((await post(agent, video.id, 'outcome', { status: 'no_show' })).json()).toMatchObject({ status: 'no_show', actual_guests: null });
    await mail(video.reference, 'tidak hadir');

    const report = await buildReport(db(), today.slice(0, 7));
    expect(report.face_to_face).toMatchObject({
      count: { value: 1 }, guest_limit: 3, over_guest_limit: 1, no_show: 0,
      items: [{ date: today, visitor: 'Kab. Pasuruan', topics: ['DAU', 'PDRD'], guests: 5 }],
    });
    expect(report.video_conferences).toMatchObject({ count: { value: 0 }, no_show: 1, items: [] });
  });
});

describe(`who may handle bookings (${testDatabaseKind()})`, () => {
  it('front office only: anonymous and L2 are refused; L2 may read the rules; managers change them, audited', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/bookings' })).statusCode).toBe(401);
    expect((await l2.request('GET', '/api/bookings')).statusCode).toBe(403);
    expect((await l2.request('POST', '/api/bookings/1/approve', {})).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/bookings/1/cancel', payload: {} })).statusCode).toBe(401);
    expect((await l2.request('GET', '/api/bookings/rules')).json()).toEqual(RULES);
    expect((await agent.request('PUT', '/api/bookings/rules', { ...RULES, max_guests: 10 })).statusCode).toBe(403);
    const bad = await supervisor.request('PUT', '/api/bookings/rules', { ...RULES, min_days_ahead: 5, max_days_ahead: 4, slot_times: ['9:00'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { field: string }[] } }>().error.details.map((d) => d.field)).toEqual(['max_days_ahead', 'slot_times']);
    const audited = await db().selectFrom('audit_log').select(['action', 'after']).where('action', '=', 'bookings.rules').execute();
    expect(audited).toEqual([{ action: 'bookings.rules', after: RULES }]);
  });

  it('lists by status, kind and dates, and shows one booking with its status link', async () => {
    const list = await agent.request('GET', `/api/bookings?status=requested,rejected,cancelled&kind=face_to_face&from=${day(3)}&to=${day(3)}`);
    expect(list.json<{ total: number; items: { status: string }[] }>()).toMatchObject({ total: 2, items: [{ status: 'rejected' }, { status: 'cancelled' }] });
    expect((await agent.request('GET', '/api/bookings?status=bogus')).statusCode).toBe(400);
    const id = list.json<{ items: { id: number }[] }>().items[0]?.id ?? 0;
    expect((await agent.request('GET', `/api/bookings/${id}`)).json()).toMatchObject({ id, status_url: expect.stringMatching(new RegExp(`^${PUBLIC_URL}/reservasi/status/${id}\\.`)) as unknown });
  });
});
