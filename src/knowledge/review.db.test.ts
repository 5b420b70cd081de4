import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { reviewQueueArticles, reviewQueueByTopic } from './queue.ts';

let t: TestApp;
let admin: Session;
let supervisor: Session;
let agent: Session;
let dtu: Session;
let pdrd: Session;

interface ArticleJson { id: number; version: number; status: string; answer: string; open_flags: number; flagged_at: string | null; reviewed_at: string | null }
interface FlagJson { id: number; status: string; note: string; resolution_note: string | null; flagged_by_name: string | null }

async function article(topic: string, question: string): Promise<number> {
  const response = await agent.request('POST', '/api/knowledge/articles', { topic_code: topic, question, answer: `Jawaban: ${question}` });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ArticleJson>().id;
}
async function flag(who: Session, id: number, note: string): Promise<ArticleJson> {
  const response = await who.request('POST', `/api/knowledge/articles/${id}/flags`, { note });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ArticleJson>();
}
const review = (who: Session, id: number, body: Record<string, unknown>) => who.request('POST', `/api/knowledge/articles/${id}/review`, body);
const flagsOf = async (id: number) => (await agent.request('GET', `/api/knowledge/articles/${id}/flags`)).json<FlagJson[]>();
const setFlaggedAt = (id: number, at: string) => t.handle.db.updateTable('kb_articles').set({ flagged_at: new Date(at) }).where('id', '=', id).execute();

beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'admin', 'admin');
  await addUser(t, 'spv', 'supervisor');
  await addUser(t, 'linna', 'agent');
  await addUser(t, 'l2-dtu', 'l2', 'DTU');
  await addUser(t, 'l2-pdrd', 'l2', 'PDRD');
  [admin, supervisor, agent, dtu, pdrd] = await Promise.all([login(t, 'admin'), login(t, 'spv'), login(t, 'linna'), login(t, 'l2-dtu'), login(t, 'l2-pdrd')]);
});
afterAll(() => t.close());

describe(`knowledge-base review (${testDatabaseKind()})`, () => {
  it('counts articles awaiting review per topic with their age, each article once however many flags', async () => {
    const [dbhOld, dbhNew, pdrdOne, dauDone] = [await article('DBH', 'DBH sawit?'), await article('DBH', 'DBH CHT?'), await article('PDRD', 'Opsen PKB?'), await article('DAU', 'DAU 2025?')];
    const first = await flag(agent, dbhOld, 'Tarif sudah berubah');
    expect(first).toMatchObject({ status: 'needs_review', open_flags: 1, version: 2 });
    const second = await flag(supervisor, dbhOld, 'Tautan PMK salah');
    expect(second).toMatchObject({ status: 'needs_review', open_flags: 2, version: 2, flagged_at: first.flagged_at });
    await flag(pdrd, dbhNew, 'Perlu contoh');
    await flag(dtu, pdrdOne, 'Dasar hukum lama');
    await flag(agent, dauDone, 'Kurang lengkap');
    expect((await review(dtu, dauDone, { decision: 'accept' })).statusCode).toBe(200);

    // Ten days and four and a half days before NOW: mean 7.25 days, shown as 7.3.
    const NOW = new Date('2025-01-31T10:00:00Z');
    await setFlaggedAt(dbhOld, '2025-01-21T10:00:00Z');
    await setFlaggedAt(dbhNew, '2025-01-26T22:00:00Z');
    await setFlaggedAt(pdrdOne, '2025-01-30T10:00:00Z');
    const queue = await reviewQueueByTopic(t.handle.db, { now: NOW });
    expect(queue).toEqual([
      { topic_code: 'DBH', topic_label: 'DBH', count: 2, oldest_flagged_at: new Date('2025-01-21T10:00:00Z'), mean_age_days: 7.3 },
      { topic_code: 'PDRD', topic_label: 'PDRD', count: 1, oldest_flagged_at: new Date('2025-01-30T10:00:00Z'), mean_age_days: 1 },
    ]);

    // The DTU reviewer's own list: only DBH (DTU reviews DBH, DAU, TRANSFER), oldest first.
    const dtuTeam = await t.handle.db.selectFrom('teams').select('id').where('code', '=', 'DTU').executeTakeFirstOrThrow();
    const mine = await reviewQueueArticles(t.handle.db, { now: NOW, teamId: dtuTeam.id });
    expect(mine.map((a) => [a.id, a.age_days, a.open_flags])).toEqual([[dbhOld, 10, 2], [dbhNew, 4.5, 1]]);

    const viaApi = (await supervisor.request('GET', '/api/knowledge/review-queue')).json<{ total: number; topics: { topic_code: string; count: number }[] }>();
    expect(viaApi.total).toBe(3);
    expect(viaApi.topics.map((q) => [q.topic_code, q.count])).toEqual([['DBH', 2], ['PDRD', 1]]);
    const pdrdQueue = (await pdrd.request('GET', '/api/knowledge/review-queue?mine=true')).json<{ total: number; topics: { topic_code: string }[] }>();
    expect(pdrdQueue).toMatchObject({ total: 1, topics: [{ topic_code: 'PDRD' }] });
    expect((await agent.request('GET', '/api/knowledge/review-queue?mine=true')).json()).toEqual({ total: 0, topics: [] });
    expect((await dtu.request('GET', '/api/knowledge/review-queue/articles?mine=true')).json<{ id: number }[]>().map((a) => a.id)).toEqual([dbhOld, dbhNew]);
  });

  it('lets only the topic\'s reviewers (or an admin) close a review', async () => {
    const id = await article('DBH', 'Kapan DBH tahap I disalurkan?');
    await flag(agent, id, 'Jadwal tahun ini berbeda');
    await flag(pdrd, id, 'Sebutkan PMK terbaru');
    for (const outsider of [agent, supervisor, pdrd]) {
      expect((await review(outsider, id, { decision: 'accept' })).statusCode).toBe(403);
      expect((await review(outsider, id, { decision: 'reject', note: 'tidak perlu' })).statusCode).toBe(403);
    }
    expect((await review(dtu, id, { decision: 'reject' })).statusCode).toBe(400);

    // DTU rejects one flag with a reason: the other still waits.
    const [newest, oldest] = await flagsOf(id);
    const partly = await review(dtu, id, { decision: 'reject', note: 'PMK sudah benar', flag_ids: [newest!.id] });
    expect(partly.json()).toMatchObject({ status: 'needs_review', open_flags: 1 });

    // Then accepts the other with a corrected answer: a new version, and the article is reviewed.
    const before = (await agent.request('GET', `/api/knowledge/articles/${id}`)).json<ArticleJson>();
    const closed = await review(dtu, id, { decision: 'accept', answer: 'DBH tahap I disalurkan paling cepat Maret.', note: 'Jadwal diperbarui' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'reviewed', open_flags: 0, version: before.version + 1, answer: 'DBH tahap I disalurkan paling cepat Maret.' });
    expect(closed.json<ArticleJson>().reviewed_at).not.toBeNull();
    const flags = await flagsOf(id);
    expect(flags.map((f) => [f.id, f.status, f.resolution_note])).toEqual([[newest!.id, 'rejected', 'PMK sudah benar'], [oldest!.id, 'accepted', 'Jadwal diperbarui']]);
    const versions = (await agent.request('GET', `/api/knowledge/articles/${id}/versions`)).json<{ change: string; status: string }[]>();
    expect(versions.map((v) => [v.change, v.status])).toEqual([['review', 'reviewed'], ['flag', 'needs_review'], ['create', 'published']]);
    expect((await review(dtu, id, { decision: 'accept' })).statusCode).toBe(409);

    // An admin may close any review, including a topic no team reviews.
    const other = await article('LAINNYA', 'Jam layanan?');
    await flag(agent, other, 'Jam berubah');
    expect((await review(dtu, other, { decision: 'accept' })).statusCode).toBe(403);
    expect((await review(admin, other, { decision: 'accept' })).json()).toMatchObject({ status: 'reviewed' });
    expect((await review(admin, 999999, { decision: 'accept' })).statusCode).toBe(404);
  });

  it('keeps the review with the topic\'s reviewers when an admin remaps the topic', async () => {
    const id = await article('PDRD', 'Retribusi persetujuan bangunan?');
    await flag(agent, id, 'Perlu tarif');
    expect((await pdrd.request('PUT', '/api/knowledge/reviewers/PDRD', { teams: ['DTU'] })).statusCode).toBe(403);
    const mapped = await admin.request('PUT', '/api/knowledge/reviewers/PDRD', { teams: ['PDRD', 'DTU'] });
    expect(mapped.json<{ teams: { code: string }[] }>().teams.map((team) => team.code)).toEqual(['DTU', 'PDRD']);
    expect((await admin.request('PUT', '/api/knowledge/reviewers/PDRD', { teams: ['NOPE'] })).statusCode).toBe(400);
    expect((await dtu.request('GET', '/api/knowledge/review-queue?mine=true')).json<{ topics: { topic_code: string }[] }>().topics.map((q) => q.topic_code)).toContain('PDRD');
    expect((await review(dtu, id, { decision: 'reject', note: 'Tarif diatur perda' })).json()).toMatchObject({ status: 'reviewed' });
    const listed = (await agent.request('GET', '/api/knowledge/reviewers')).json<{ topic_code: string; teams: { code: string }[] }[]>();
    expect(listed.find((r) => r.topic_code === 'DBH')?.teams.map((team) => team.code)).toEqual(['DTU']);
    expect(listed.find((r) => r.topic_code === 'TRANSFER')?.teams.map((team) => team.code)).toEqual(['DTU', 'SIPT']);
  });

  it('reviews an imported article that waits without flags, keeping its imported state as history', async () => {
    const imported = await t.handle.db.insertInto('kb_articles')
      .values({ topic_code: 'DAU', question: 'DAU earmark?', answer: 'Lama.', links: '["PMK Nomor 212 Tahun 2022"]', status: 'needs_review', source: 'import', external_ref: 'FAQ-17', flagged_at: new Date('2024-12-02T03:00:00Z') })
      .returning('id').executeTakeFirstOrThrow();
    expect((await agent.request('GET', `/api/knowledge/search?q=earmark`)).json<{ id: number }[]>().map((h) => h.id)).toEqual([imported.id]);
    const closed = await review(dtu, imported.id, { decision: 'accept', answer: 'Baru.' });
    expect(closed.json()).toMatchObject({ status: 'reviewed', version: 2, answer: 'Baru.', links: [{ title: 'PMK Nomor 212 Tahun 2022' }] });
    const versions = (await agent.request('GET', `/api/knowledge/articles/${imported.id}/versions`)).json<{ version: number; change: string; answer: string }[]>();
    expect(versions.map((v) => [v.version, v.change, v.answer])).toEqual([[2, 'review', 'Baru.'], [1, 'import', 'Lama.']]);
  });

  it('refuses flags without a note and on drafts', async () => {
    const id = await article('HIBAH', 'Hibah ke daerah?');
    expect((await agent.request('POST', `/api/knowledge/articles/${id}/flags`, { note: '   ' })).statusCode).toBe(400);
    await agent.request('PATCH', `/api/knowledge/articles/${id}`, { status: 'draft' });
    expect((await agent.request('POST', `/api/knowledge/articles/${id}/flags`, { note: 'Salah' })).statusCode).toBe(409);
  });
});
