import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import type { Actor } from '../auth/actor.ts';
import { chatbotMonthSummary, NOT_CONTINUED } from '../chatbot/summary.ts';
import { zoneOfRegion } from '../directory/zones.ts';
import { OUTREACH_METRICS } from '../outreach/metrics.ts';
import { loadCalendar } from '../platform/calendar-service.ts';
import { teamScoresOfMonth } from '../tickets/scores.ts';
import { demoFingerprint } from './fingerprint.ts';
import { generateDemoData, type DemoSummary } from './generate.ts';
import type { DemoOptions } from './options.ts';

const MONTHS = ['2024-11', '2024-12', '2025-01'];
const OPTIONS: DemoOptions = { months: 3, seed: 7, endMonth: '2025-01', ticketsPerMonth: 300, now: new Date('2025-03-03T10:00:00+07:00') };
const SUPERVISOR: Actor = { userId: 0, username: 'test', name: 'Test', role: 'supervisor', teamId: null, via: 'session' };

let h: DatabaseHandle;
let summary: DemoSummary;

const count = async (query: ReturnType<typeof sql<{ n: string | number }>>): Promise<number> => Number((await query.execute(h.db)).rows[0]?.n ?? 0);
const range = (month: string) => sql`${`${month}-01 00:00+07`}::timestamptz`;

beforeAll(async () => {
  h = await createTestDatabase();
  summary = await generateDemoData(h.db, OPTIONS);
}, 240_000);
afterAll(() => h.close());

describe(`sapa demo: three months of 300 tickets (${testDatabaseKind()})`, () => {
  it('gives each month about 300 tickets, as reported per month', async () => {
    expect(summary.months.map((m) => m.month)).toEqual(MONTHS);
    for (const m of summary.months) {
      expect(m.tickets).toBeGreaterThanOrEqual(240);
      expect(m.tickets).toBeLessThanOrEqual(360);
      const next = MONTHS[MONTHS.indexOf(m.month) + 1] ?? '2025-02';
      expect(await count(sql`select count(*) as n from tickets where source = 'demo' and created_at >= ${range(m.month)} and created_at < ${range(next)}`)).toBe(m.tickets);
    }
    expect(new Set(summary.months.map((m) => m.tickets)).size).toBeGreaterThan(1);
  });

  it('has the seed\'s channel mix and user categories, within tolerance', async () => {
    const total = summary.tickets;
    const share = async (column: 'channel' | 'user_category', value: string) =>
      (await count(sql`select count(*) as n from tickets where ${sql.ref(column)} = ${value}`)) / total;
    expect(await share('channel', 'whatsapp')).toBeCloseTo(0.69, 1);
    expect(await share('channel', 'email')).toBeCloseTo(0.22, 1);
    expect(Math.abs((await share('channel', 'phone')) - 0.06)).toBeLessThan(0.03);
    expect(Math.abs((await share('channel', 'helpdesk')) - 0.03)).toBeLessThan(0.02);
    expect(await share('channel', 'livechat')).toBeLessThan(0.02);
    expect(Math.abs((await share('user_category', 'pemda')) - 0.815)).toBeLessThan(0.05);
    expect(Math.abs((await share('user_category', 'kl')) - 0.092)).toBeLessThan(0.04);
  });

  it('places every Pemda ticket in a region, with the zone of that region, and judges service hours by the calendar', async () => {
    expect(await count(sql`select count(*) as n from tickets where user_category = 'pemda' and region_code is null`)).toBe(0);
    const rows = await h.db.selectFrom('tickets').select(['created_at', 'inside_service_hours', 'region_code', 'zone']).execute();
    const calendar = await loadCalendar(h.db);
    expect(rows.filter((r) => calendar.isInsideServiceHours(r.created_at) !== r.inside_service_hours)).toEqual([]);
    expect(rows.filter((r) => (r.region_code ? zoneOfRegion(r.region_code) : null) !== r.zone)).toEqual([]);
    const inside = rows.filter((r) => r.inside_service_hours).length / rows.length;
    expect(inside).toBeGreaterThan(0.9);
    expect(inside).toBeLessThan(1);
    expect(rows.filter((r) => r.region_code === null).length / rows.length).toBeLessThan(0.06);
  });

  it('tags topics like the seed (DBH and DAU first among technical ones, letters by email) with a question and a reply', async () => {
    const topics = await sql<{ topic_code: string; n: string | number }>`select topic_code, count(*) as n from ticket_topics group by 1 order by 2 desc`.execute(h.db);
    const technical = topics.rows.filter((r) => !['SURAT_MASUK', 'LAINNYA', 'RESERVASI'].includes(r.topic_code)).slice(0, 2).map((r) => r.topic_code);
    expect(technical.sort()).toEqual(['DAU', 'DBH']);
    const twoTopics = await count(sql`select count(*) as n from (select ticket_id from ticket_topics group by 1 having count(*) = 2) x`);
    expect(twoTopics / summary.tickets).toBeGreaterThan(0.1);
    const emailLetters = await count(sql`select count(*) as n from tickets t join ticket_topics tt on tt.ticket_id = t.id where t.channel = 'email' and tt.topic_code = 'SURAT_MASUK'`);
    expect(emailLetters / (await count(sql`select count(*) as n from tickets where channel = 'email'`))).toBeGreaterThan(0.25);
    expect(await count(sql`select count(*) as n from tickets t where (select count(*) from messages m where m.ticket_id = t.id and m.direction = 'inbound') <> 1`)).toBe(0);
    expect(await count(sql`select count(*) as n from messages where direction = 'outbound'`)).toBe(await count(sql`select count(*) as n from tickets where first_response_at is not null`));
    expect(await count(sql`select count(*) as n from tickets where search @@ plainto_tsquery('indonesian', 'penyaluran')`)).toBeGreaterThan(0);
  });

  it('escalates some tickets to Layer 2 teams, answered mostly on H or H+1 (scores near the seed\'s)', async () => {
    for (const month of MONTHS) {
      const teams = await teamScoresOfMonth(h.db, SUPERVISOR, month, OPTIONS.now);
      const escalated = teams.reduce((sum, t) => sum + t.count, 0);
      expect(escalated).toBeGreaterThan(5);
      const mean = teams.reduce((sum, t) => sum + (t.score ?? 0) * t.count, 0) / escalated;
      expect(mean).toBeGreaterThan(105);
      expect(mean).toBeLessThanOrEqual(120);
    }
  });

  it('rates agents mostly 4-5; in the last month one agent misses "5 ratings from 5 users"', async () => {
    const rows = await sql<{ month: string; agent: number; ratings: string | number; raters: string | number; mean: string | number }>`
      select to_char(rated_at at time zone 'Asia/Jakarta', 'YYYY-MM') as month, agent_id as agent, count(*) as ratings,
        count(distinct contact_id) as raters, avg((service + substance) / 2.0) as mean
      from csat_ratings where source = 'demo' group by 1, 2`.execute(h.db);
    const short = (month: string) => rows.rows.filter((r) => r.month === month && (Number(r.ratings) < 5 || Number(r.raters) < 5));
    expect(short('2024-12')).toEqual([]);
    expect(short('2025-01')).toHaveLength(1);
    for (const r of rows.rows.filter((x) => Number(x.ratings) >= 5)) expect(Number(r.mean)).toBeGreaterThan(3.8);
  });

  it('fills the chatbot, bookings, broadcasts, outreach and knowledge-base sections', async () => {
    const chatbot = await chatbotMonthSummary(h.db, '2025-01');
    expect(chatbot.by_menu.map((m) => m.menu)).toContain(NOT_CONTINUED);
    expect(chatbot.by_menu[0]?.menu).toBe('Informasi Anggaran Transfer ke Daerah');
    expect(chatbot.handed_to_agent).toBeGreaterThan(0);
    for (const month of MONTHS) {
      const next = MONTHS[MONTHS.indexOf(month) + 1] ?? '2025-02';
      expect(await count(sql`select count(*) as n from bookings where kind = 'face_to_face' and status = 'held' and guests > 5 and date >= ${`${month}-01`}::date and date < ${`${next}-01`}::date`)).toBeGreaterThan(0);
      expect(await count(sql`select count(*) as n from bookings where kind = 'video' and status = 'held' and meeting_link like 'https://teams.microsoft.com/%' and date >= ${`${month}-01`}::date and date < ${`${next}-01`}::date`)).toBeGreaterThanOrEqual(2);
      expect(await count(sql`select count(*) as n from broadcasts where channel = 'email' and status = 'sent' and sent_at >= ${range(month)} and sent_at < ${range(next)}`)).toBeGreaterThanOrEqual(4);
      const metrics = await h.db.selectFrom('outreach_figures').select('metric').where('month', '=', month).execute();
      expect(metrics.map((m) => m.metric).sort()).toEqual(OUTREACH_METRICS.map((m) => m.name).sort());
      expect(await count(sql`select count(*) as n from outreach_items where month = ${month} and list = 'publications'`)).toBeGreaterThanOrEqual(5);
    }
    expect(await count(sql`select count(*) as n from kb_articles where status = 'needs_review' and flagged_at >= ${range('2024-11')} and flagged_at < ${range('2025-02')}`)).toBe(60);
    expect(summary.knowledgeBase).toBe(120);
    expect(summary.noteMonth).toBe('2025-01');
    expect((await h.db.selectFrom('report_notes').select('evaluation').where('month', '=', '2025-01').executeTakeFirst())?.evaluation).toContain('jumlah tamu');
  });

  it('replaces its own rows when run again: nothing duplicated, the same data', { timeout: 120_000 }, async () => {
    const before = await demoFingerprint(h.db);
    const tables = ['tickets', 'messages', 'escalations', 'csat_ratings', 'chatbot_sessions', 'bookings', 'broadcasts', 'outreach_items', 'outreach_figures', 'kb_articles', 'contacts'] as const;
    const counts = async () => Promise.all(tables.map((t) => count(sql`select count(*) as n from ${sql.table(t)}`)));
    const first = await counts();
    await generateDemoData(h.db, OPTIONS);
    expect(await counts()).toEqual(first);
    expect(await demoFingerprint(h.db)).toBe(before);
  });
});
