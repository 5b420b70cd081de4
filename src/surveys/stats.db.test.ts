import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { inbound } from '../../test/helpers/tickets.ts';
import { agentSatisfaction, belowMinimum } from './stats.ts';

let t: TestApp;
const ids: Record<'ana' | 'bima' | 'citra' | 'dedi', number> = { ana: 0, bima: 0, citra: 0, dedi: 0 };
let supervisor: Session;
let ana: Session;

/** One rating on a fresh ticket from requester n (the same n is the same person). */
async function rate(agentId: number, rater: number, service: number, substance: number, ratedAt: string | Date, comment: string | null = null): Promise<void> {
  const { ticketId } = await inbound(t.handle.db, { channel: 'email', from: { email: `pengguna${rater}@pemda.go.id` }, body: 'Pertanyaan' });
  const { contact_id } = await t.handle.db.selectFrom('tickets').select('contact_id').where('id', '=', ticketId).executeTakeFirstOrThrow();
  await t.handle.db.insertInto('csat_ratings').values({ ticket_id: ticketId, agent_id: agentId, contact_id, service, substance, comment, rated_at: ratedAt }).execute();
}

const JAN = (day: number) => `2025-01-${String(day).padStart(2, '0')}T10:00:00+07:00`;

beforeAll(async () => {
  t = await createTestApp();
  for (const name of ['ana', 'bima', 'citra', 'dedi'] as const) ids[name] = await addUser(t, name, 'agent');
  await addUser(t, 'sri', 'supervisor');
  await addUser(t, 'tim-dtu', 'l2', 'DTU');
  [supervisor, ana] = await Promise.all([login(t, 'sri'), login(t, 'ana')]);
  // ana: 4 ratings from 4 people. Service 5,4,4,3 -> 4; substance 4,4,3,3 -> 3.5.
  for (const [i, [s, q]] of [[5, 4], [4, 4], [4, 3], [3, 3]].entries()) await rate(ids.ana, i + 1, s!, q!, JAN(i + 2));
  // bima: 5 ratings from 4 people (person 1 twice). Service 5,5,5,5,4 -> 4.8; substance 5,4,5,4,5 -> 4.6.
  for (const [i, [r, s, q]] of [[1, 5, 5], [1, 5, 4], [2, 5, 5], [3, 5, 4], [4, 4, 5]].entries()) await rate(ids.bima, r!, s!, q!, JAN(i + 10), i === 0 ? 'Cepat dan jelas' : null);
  // citra: 5 ratings from 5 people, the last one on 31 January 23:30 WIB. Service 3,4,5,4,4 -> 4; substance 4 each.
  for (const [i, s] of [3, 4, 5, 4].entries()) await rate(ids.citra, i + 1, s, 4, JAN(i + 20));
  await rate(ids.citra, 5, 4, 4, '2025-01-31T23:30:00+07:00');
  // Outside January in Jakarta time, though inside it in UTC: not counted.
  await rate(ids.citra, 6, 1, 1, '2025-02-01T00:10:00+07:00');
  await rate(ids.ana, 6, 1, 1, '2024-12-31T23:59:00+07:00');
});
afterAll(() => t.close());

describe(`satisfaction per agent (${testDatabaseKind()})`, () => {
  it('applies "at least 5 ratings from at least 5 different users" at its boundary', async () => {
    const rows = await agentSatisfaction(t.handle.db, '2025-01');
    // Scores to two decimals, as the console shows them (4.8 and 4.6 are not exact in binary).
    const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
    expect(rows.map((r) => ({ agent: r.agent, ratings: r.ratings, raters: r.raters, service: round(r.service), substance: round(r.substance), score: round(r.score), meets: r.meets_minimum }))).toEqual([
      { agent: 'bima', ratings: 5, raters: 4, service: 4.8, substance: 4.6, score: 4.7, meets: false },
      { agent: 'citra', ratings: 5, raters: 5, service: 4, substance: 4, score: 4, meets: true },
      { agent: 'ana', ratings: 4, raters: 4, service: 4, substance: 3.5, score: 3.75, meets: false },
      { agent: 'dedi', ratings: 0, raters: 0, service: null, substance: null, score: null, meets: false },
    ]);
    expect((await belowMinimum(t.handle.db, '2025-01')).map((r) => [r.agent, r.missing_ratings, r.missing_raters])).toEqual([
      ['dedi', 5, 5], ['ana', 1, 1], ['bima', 0, 1],
    ]);
  });

  it('shows a supervisor the agents below the minimum during the month', async () => {
    for (const rater of [11, 12, 13]) await rate(ids.citra, rater, 5, 5, new Date());
    const now = (await supervisor.request('GET', '/api/surveys/agents')).json<{ month: string; below_minimum: { agent: string; ratings: number; raters: number; missing_ratings: number; missing_raters: number }[] }>();
    expect(now.below_minimum.find((r) => r.agent === 'citra')).toMatchObject({ ratings: 3, raters: 3, missing_ratings: 2, missing_raters: 2 });
    expect(now.below_minimum.map((r) => r.agent).sort()).toEqual(['ana', 'bima', 'citra', 'dedi']);

    const january = (await supervisor.request('GET', '/api/surveys/agents?month=2025-01')).json<{ agents: { agent: string }[]; minimum: unknown }>();
    expect(january.agents.map((a) => a.agent)).toEqual(['bima', 'citra', 'ana', 'dedi']);
    expect(january.minimum).toEqual({ ratings: 5, raters: 5 });
    const bima = (await supervisor.request('GET', `/api/surveys/ratings?month=2025-01&agent=${ids.bima}`)).json<{ agent: string; comment: string | null; ticket_number: number }[]>();
    expect(bima).toHaveLength(5);
    expect(bima.every((r) => r.agent === 'bima' && r.ticket_number > 0)).toBe(true);
    expect(bima.map((r) => r.comment).filter(Boolean)).toEqual(['Cepat dan jelas']);
  });

  it('lets an agent see only their own figures and ratings', async () => {
    const own = (await ana.request('GET', '/api/surveys/agents?month=2025-01')).json<{ agents: { agent: string }[]; below_minimum: { agent: string }[] }>();
    expect(own.agents.map((a) => a.agent)).toEqual(['ana']);
    expect(own.below_minimum.map((a) => a.agent)).toEqual(['ana']);
    expect((await ana.request('GET', `/api/surveys/ratings?month=2025-01&agent=${ids.citra}`)).statusCode).toBe(403);
    const mine = (await ana.request('GET', '/api/surveys/ratings?month=2025-01')).json<{ agent: string }[]>();
    expect(mine.map((r) => r.agent)).toEqual(['ana', 'ana', 'ana', 'ana']);
    const l2 = await login(t, 'tim-dtu');
    expect((await l2.request('GET', '/api/surveys/agents')).statusCode).toBe(403);
  });
});
