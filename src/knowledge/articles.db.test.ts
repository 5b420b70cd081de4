import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';

let t: TestApp;
let admin: Session;
let supervisor: Session;
let agent: Session;
let dtu: Session;
let pdrd: Session;

interface ArticleJson { id: number; version: number; status: string; answer: string; question: string; links: { title: string; url?: string }[]; topic_label: string | null }
interface VersionJson { version: number; change: string; answer: string; status: string; changed_by_name: string | null; links: unknown[] }
interface HitJson { id: number; question_highlight: string; answer_highlight: string; rank: number }

const create = async (who: Session, body: Record<string, unknown>): Promise<ArticleJson> => {
  const response = await who.request('POST', '/api/knowledge/articles', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ArticleJson>();
};
const search = async (q: string, extra = ''): Promise<HitJson[]> => {
  const response = await agent.request('GET', `/api/knowledge/search?q=${encodeURIComponent(q)}${extra}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<HitJson[]>();
};

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

describe(`knowledge-base articles (${testDatabaseKind()})`, () => {
  it('records every edit as a version with who, when and what, and audits it', async () => {
    const created = await create(agent, {
      topic_code: 'DAU', question: 'Bagaimana perhitungan DAU?', answer: 'DAU dihitung dari celah fiskal.',
      links: [{ title: 'UU Nomor 1 Tahun 2022' }],
    });
    expect(created).toMatchObject({ version: 1, status: 'published', topic_label: 'DAU', links: [{ title: 'UU Nomor 1 Tahun 2022' }] });

    const edited = await supervisor.request('PATCH', `/api/knowledge/articles/${created.id}`, {
      answer: 'DAU dihitung berdasarkan celah fiskal dan kebutuhan daerah.',
      links: [{ title: 'UU Nomor 1 Tahun 2022' }, { title: 'PMK Nomor 67 Tahun 2024', url: 'https://jdih.kemenkeu.go.id/pmk-67-2024' }],
      expected_version: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, answer: 'DAU dihitung berdasarkan celah fiskal dan kebutuhan daerah.' });
    const stale = await agent.request('PATCH', `/api/knowledge/articles/${created.id}`, { answer: 'versi lama', expected_version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await agent.request('PATCH', `/api/knowledge/articles/${created.id}`, { status: 'draft' })).json()).toMatchObject({ version: 3, status: 'draft' });

    const versions = (await agent.request('GET', `/api/knowledge/articles/${created.id}/versions`)).json<VersionJson[]>();
    expect(versions.map((v) => [v.version, v.change, v.status])).toEqual([[3, 'edit', 'draft'], [2, 'edit', 'published'], [1, 'create', 'published']]);
    const names = await t.handle.db.selectFrom('users').select(['username', 'name']).execute();
    const nameOf = (username: string) => names.find((u) => u.username === username)?.name;
    expect(versions.map((v) => v.changed_by_name)).toEqual([nameOf('linna'), nameOf('spv'), nameOf('linna')]);
    expect(versions[1]!.links).toHaveLength(2);
    const first = (await agent.request('GET', `/api/knowledge/articles/${created.id}/versions/1`)).json<VersionJson>();
    expect(first.answer).toBe('DAU dihitung dari celah fiskal.');

    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'actor']).where('entity', '=', 'kb_article').where('entity_id', '=', String(created.id)).orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'kb_article.create', actor: 'linna' }, { action: 'kb_article.edit', actor: 'spv' }, { action: 'kb_article.edit', actor: 'linna' },
    ]);
  });

  it('lets a Layer 2 account edit only the articles of its team\'s topics, and only managers archive', async () => {
    const dbh = await create(agent, { topic_code: 'DBH', question: 'Apa itu DBH?', answer: 'Dana Bagi Hasil.' });
    expect((await dtu.request('PATCH', `/api/knowledge/articles/${dbh.id}`, { answer: 'Dana Bagi Hasil pajak dan SDA.' })).statusCode).toBe(200);
    expect((await pdrd.request('PATCH', `/api/knowledge/articles/${dbh.id}`, { answer: 'salah tim' })).statusCode).toBe(403);
    expect((await dtu.request('PATCH', `/api/knowledge/articles/${dbh.id}`, { topic_code: 'PDRD' })).statusCode).toBe(403);
    expect((await pdrd.request('POST', '/api/knowledge/articles', { topic_code: 'DBH', question: 'x', answer: 'y' })).statusCode).toBe(403);
    expect((await pdrd.request('POST', '/api/knowledge/articles', { topic_code: 'PDRD', question: 'Apa itu opsen PKB?', answer: 'Opsen pajak kendaraan.' })).statusCode).toBe(201);
    expect((await agent.request('POST', '/api/knowledge/articles', { topic_code: 'NOPE', question: 'x', answer: 'y' })).statusCode).toBe(400);

    expect((await agent.request('POST', `/api/knowledge/articles/${dbh.id}/archive`, {})).statusCode).toBe(403);
    const archived = await supervisor.request('POST', `/api/knowledge/articles/${dbh.id}/archive`, { note: 'Digabung dengan artikel lain' });
    expect(archived.json()).toMatchObject({ status: 'archived', version: 3 });
    const listed = (await agent.request('GET', '/api/knowledge/articles?topic=DBH')).json<ArticleJson[]>();
    expect(listed.map((a) => a.id)).not.toContain(dbh.id);
    expect((await agent.request('GET', '/api/knowledge/articles?status=archived')).json<ArticleJson[]>().map((a) => a.id)).toEqual([dbh.id]);
    expect((await admin.request('GET', '/api/knowledge/articles/999999')).statusCode).toBe(404);
  });

  it('finds an article by another form of a word, best match first, with safe highlights', async () => {
    const inQuestion = await create(agent, { topic_code: 'TRANSFER', question: 'Kapan penyaluran DAU tahap II?', answer: 'Sesuai jadwal dalam PMK.' });
    const inAnswer = await create(agent, { topic_code: 'DAK_FISIK', question: 'Apa syarat DAK Fisik tahap I?', answer: 'Dana disalurkan setelah laporan <reviu> APIP diterima & lengkap.' });
    await create(agent, { topic_code: 'TRANSFER', question: 'Bagaimana menyalurkan dana?', answer: 'Masih disusun.', status: 'draft' });
    await create(agent, { topic_code: 'HIBAH', question: 'Apa itu hibah daerah?', answer: 'Pemberian dari pemerintah pusat.' });

    const hits = await search('disalurkan');
    expect(hits.map((h) => h.id)).toEqual([inQuestion.id, inAnswer.id]);
    expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
    expect(hits[0]!.question_highlight).toBe('Kapan <mark>penyaluran</mark> DAU tahap II?');
    expect(hits[1]!.answer_highlight).toContain('Dana <mark>disalurkan</mark>');
    expect(hits[1]!.answer_highlight).toContain('&lt;reviu&gt;');
    expect(hits[1]!.answer_highlight).not.toContain('<reviu>');

    expect((await search('penyaluran', '&topic=DAK_FISIK')).map((h) => h.id)).toEqual([inAnswer.id]);
    expect(await search('pinjaman')).toEqual([]);
    expect((await search('hibah')).length).toBe(1);
    expect((await agent.request('GET', '/api/knowledge/search?q=')).statusCode).toBe(400);
  });

  it('keeps the search index current when an article is edited', async () => {
    const article = await create(agent, { topic_code: 'SHSR', question: 'Kapan SHSR terbit?', answer: 'Setiap tahun.' });
    expect(await search('perpres')).toEqual([]);
    await agent.request('PATCH', `/api/knowledge/articles/${article.id}`, { links: [{ title: 'Perpres Nomor 33 Tahun 2020' }] });
    expect((await search('perpres')).map((h) => h.id)).toEqual([article.id]);
  });
});
