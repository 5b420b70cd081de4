import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { demoFingerprint } from './fingerprint.ts';
import { generateDemoData } from './generate.ts';
import type { DemoOptions } from './options.ts';
import { seedDemoIfEmpty } from './startup.ts';

let h: DatabaseHandle;
const PAST: DemoOptions = { months: 1, seed: 7, endMonth: '2025-01', ticketsPerMonth: 200, now: new Date('2025-03-03T10:00:00+07:00') };

beforeAll(async () => {
  h = await createTestDatabase();
}, 240_000);
afterAll(() => h.close());

const ticketCount = async (): Promise<number> => Number((await sql<{ n: string | number }>`select count(*) as n from tickets`.execute(h.db)).rows[0]?.n);

describe(`demo data on start, determinism, the current month (${testDatabaseKind()})`, { timeout: 120_000 }, () => {
  it('npm start (serve --demo-if-empty) fills an empty database unless SAPA_DEMO=0, and only once', async () => {
    const lines: string[] = [];
    const generation = { months: 1, endMonth: '2024-12', ticketsPerMonth: 40, now: PAST.now };
    expect(await seedDemoIfEmpty(h.db, { demo: false, adminPassword: 'rahasia-sekali-1', log: (l) => lines.push(l), generation })).toEqual([]);
    expect(await ticketCount()).toBe(0);
    const staff = await seedDemoIfEmpty(h.db, { demo: true, adminPassword: 'rahasia-sekali-1', log: (l) => lines.push(l), generation });
    expect(staff).toEqual(expect.arrayContaining(['supervisor', 'linna', 'hanna', 'dian', 'horas', 'ronald', 'l2-dtu']));
    const created = await ticketCount();
    expect(created).toBeGreaterThan(20);
    expect(lines.some((l) => /^Data demo: Desember 2024 \.\.\. \d+ tiket/.test(l))).toBe(true);
    const linna = await h.db.selectFrom('users').select('password_hash').where('username', '=', 'linna').executeTakeFirstOrThrow();
    expect(linna.password_hash).not.toBeNull();
    lines.length = 0;
    await seedDemoIfEmpty(h.db, { demo: true, log: (l) => lines.push(l), generation });
    expect(await ticketCount()).toBe(created);
    expect(lines).toEqual([]);
  });

  it('gives the same records for the same seed, on PGlite and PostgreSQL alike, and others for another seed', async () => {
    await generateDemoData(h.db, PAST);
    const first = await demoFingerprint(h.db, '2025-01');
    await generateDemoData(h.db, { ...PAST, seed: 8 });
    const other = await demoFingerprint(h.db, '2025-01');
    await generateDemoData(h.db, PAST);
    expect(await demoFingerprint(h.db, '2025-01')).toBe(first);
    expect(other).not.toBe(first);
    // The same value on both databases (update it when the generator changes on purpose).
    expect(first).toBe(EXPECTED_SEED_7);
  });

  it('fills the current month only up to now, leaving the latest tickets open', async () => {
    const now = new Date('2025-06-18T10:00:00+07:00');
    await generateDemoData(h.db, { months: 1, seed: 3, endMonth: '2025-06', ticketsPerMonth: 300, now });
    const at = sql`${now.toISOString()}::timestamptz`;
    const june = sql`${'2025-06-01 00:00+07'}::timestamptz`;
    const later = await sql<Record<string, string | number>>`select
        (select count(*) from tickets where created_at >= ${june} and greatest(created_at, updated_at, last_message_at, first_response_at, resolved_at, closed_at) > ${at}) as tickets,
        (select count(*) from messages m join tickets t on t.id = m.ticket_id where t.created_at >= ${june} and m.created_at > ${at}) as messages,
        (select count(*) from escalations where escalated_at >= ${june} and greatest(escalated_at, answered_at) > ${at}) as escalations,
        (select count(*) from csat_ratings where rated_at > ${at}) as ratings,
        (select count(*) from chatbot_sessions where started_at >= ${june} and greatest(started_at, last_activity_at, ended_at) > ${at}) as sessions,
        (select count(*) from broadcasts where greatest(created_at, sent_at) > ${at}) as broadcasts,
        (select count(*) from bookings where created_at > ${at} or date > '2025-06-18' and status not in ('requested', 'approved')) as bookings,
        (select count(*) from outreach_figures where month = '2025-06') as outreach`.execute(h.db);
    expect(Object.values(later.rows[0] ?? {}).map(Number)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    const june18 = await sql<{ n: string | number; unfinished: string | number }>`select count(*) as n,
        count(*) filter (where status in ('open', 'pending', 'escalated')) as unfinished
      from tickets where created_at >= ${june}`.execute(h.db);
    // 17 days and 10 hours of 30: about 58% of a month.
    expect(Number(june18.rows[0]?.n)).toBeGreaterThan(120);
    expect(Number(june18.rows[0]?.n)).toBeLessThan(230);
    expect(Number(june18.rows[0]?.unfinished)).toBeGreaterThan(0);
    expect(Number((await sql<{ n: string | number }>`select count(*) as n from bookings where date > '2025-06-18'`.execute(h.db)).rows[0]?.n)).toBeGreaterThan(0);
  });
});

const EXPECTED_SEED_7 = '391c7272866cae448b8b6d74d7f6e014';
