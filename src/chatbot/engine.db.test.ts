import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { DEFAULT_FLOW, type ChatbotFlow } from './flow.ts';
import { closeIdleSessions, handleUserMessage, type BotReply, type EngineResult, type Known } from './engine.ts';
import { formatTemplate } from './registration.ts';
import { chatbotMonthSummary } from './summary.ts';

let t: TestApp;
let supervisor: Session;
let agent: Session;

beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'supervisor', 'supervisor');
  await addUser(t, 'linna', 'agent');
  supervisor = await login(t, 'supervisor');
  agent = await login(t, 'linna');
});
afterAll(() => t.close());

const START = new Date('2025-01-06T09:00:00+07:00');
const minutes = (n: number, from = START): Date => new Date(from.getTime() + n * 60_000);

/** One person's chat: each message a minute after the previous one unless told otherwise. */
function chat(contactKey: string, start = START, known?: Known) {
  let at = start;
  return {
    send(message: string | { choiceId: string }, when?: Date): Promise<EngineResult> {
      at = when ?? minutes(1, at);
      const content = typeof message === 'string' ? { text: message } : message;
      return handleUserMessage(t.handle.db, { channel: 'whatsapp', contactKey, at, known, ...content });
    },
  };
}

const bodies = (r: EngineResult): string[] => r.replies.map((reply) => reply.body);
const only = <T extends BotReply['type']>(r: EngineResult, type: T): Extract<BotReply, { type: T }> => {
  const found = r.replies.filter((reply): reply is Extract<BotReply, { type: T }> => reply.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const rows = (r: EngineResult) => only(r, 'list').sections.flatMap((s) => s.rows);
const session = (id: number) => t.handle.db.selectFrom('chatbot_sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const FULL_FORM = (region: string, email: string) => `Nama: Budi Santoso\nDaerah: ${region}\nInstansi/SKPD: BPKAD\nEmail: ${email}\nPertanyaan: Kapan DAU tahap 2 disalurkan?\nMohon informasinya.`;

describe(`chatbot conversation (${testDatabaseKind()})`, () => {
  it('registers, re-asks exactly what is wrong, walks the menu and hands over to an agent', async () => {
    const budi = chat('+628111000001');
    const hello = await budi.send('Halo');
    expect(hello.replies).toHaveLength(2);
    expect(bodies(hello)[0]).toBe(DEFAULT_FLOW.greeting);
    expect(bodies(hello)[1]).toContain('Nama: \nDaerah: \nInstansi/SKPD: \nEmail: \nPertanyaan: ');

    const wrong = await budi.send(FULL_FORM('Kab. Antah Berantah', 'budi@'));
    expect(wrong.sessionId).toBe(hello.sessionId);
    const again = bodies(wrong);
    expect(again).toHaveLength(1);
    expect(again[0]).toContain('Antah Berantah');
    expect(again[0]).toContain('"budi@"');
    expect(again[0]!.endsWith(`\n${formatTemplate(['region', 'email'])}`)).toBe(true);
    expect(again[0]).not.toMatch(/Nama:|Instansi\/SKPD:|Pertanyaan:/);
    expect(await session(hello.sessionId)).toMatchObject({ registration_complete: false, menu: null });

    const fixed = await budi.send('daerah  kab bogor\nE-mail: Budi@BogorKab.go.id');
    expect(bodies(fixed)[0]).toContain('Budi Santoso');
    expect(rows(fixed).map((row) => row.id)).toEqual(DEFAULT_FLOW.menu.map((node) => node.id));
    expect(rows(fixed)).toHaveLength(9);
    expect(await session(hello.sessionId)).toMatchObject({ registration_complete: true, region_code: '32.01', email: 'budi@bogorkab.go.id', question: 'Kapan DAU tahap 2 disalurkan?\nMohon informasinya.' });

    const sub = await budi.send('1');
    expect(only(sub, 'list').header).toBe('Info Anggaran TKD');
    expect(rows(sub).map((row) => row.title)).toEqual(['Rincian Alokasi TKD', 'Penyaluran TKD', 'Dana Alokasi Umum', 'Dana Bagi Hasil']);

    const answer = await budi.send({ choiceId: 'tkd-dau' });
    expect(bodies(answer)).toEqual([DEFAULT_FLOW.menu[0]!.children![2]!.answer, DEFAULT_FLOW.afterAnswerPrompt]);

    const sameMenu = await budi.send('dana bagi hasil');
    expect(bodies(sameMenu)[0]).toContain('Dana Bagi Hasil (DBH)');

    const lost = await budi.send('apa kabar?');
    expect(only(lost, 'list').body).toMatch(/^Mohon maaf, pilihan tersebut tidak tersedia/);
    expect(only(lost, 'list').header).toBe('Info Anggaran TKD');

    const back = await budi.send('0');
    expect(only(back, 'list').body.startsWith(DEFAULT_FLOW.menuPrompt)).toBe(true);
    expect(rows(back)).toHaveLength(9);

    const agentReply = await budi.send('9');
    expect(bodies(agentReply)).toEqual([DEFAULT_FLOW.handoffMessage]);
    expect(agentReply.handoff).toEqual({
      name: 'Budi Santoso', regionCode: '32.01', institution: 'BPKAD', email: 'budi@bogorkab.go.id',
      question: 'Kapan DAU tahap 2 disalurkan?\nMohon informasinya.',
      menuPath: ['Info Anggaran TKD', 'Dana Alokasi Umum', 'Dana Bagi Hasil', 'Chat Agent'], topic: 'DBH',
    });
    expect(await session(hello.sessionId)).toMatchObject({
      handed_to_agent: true, end_reason: 'handoff', menu: 'Informasi Anggaran Transfer ke Daerah',
      menu_path: ['Info Anggaran TKD', 'Dana Alokasi Umum', 'Dana Bagi Hasil', 'Chat Agent'],
    });

    const later = await budi.send('Halo lagi');
    expect(later.sessionId).not.toBe(hello.sessionId);
    expect(bodies(later)[0]).toBe(DEFAULT_FLOW.greeting);
  });

  it('asks a returning contact only to confirm, then for the question', async () => {
    const sari = chat('+628111000002', START, { name: 'Sari', regionCode: '33.72', institution: 'BPKAD Kota Surakarta', email: 'Sari@SurakartaKota.go.id' });
    const hello = await sari.send('Selamat pagi');
    const confirm = only(hello, 'buttons');
    expect(confirm.body).toContain('Bapak/Ibu Sari');
    expect(confirm.body).toContain('Kota Surakarta');
    expect(confirm.buttons.map((b) => b.title)).toEqual(['Ya, benar', 'Ubah data']);

    const unsure = await sari.send('hmm');
    expect(only(unsure, 'buttons').body).toMatch(/^Mohon pilih/);

    const yes = await sari.send({ choiceId: confirm.buttons[0]!.id });
    expect(bodies(yes)).toEqual(['Silakan tuliskan pertanyaan Bapak/Ibu.']);
    const menu = await sari.send('Bagaimana cara reset akun SIKD?');
    expect(rows(menu)).toHaveLength(9);

    const handed = await sari.send({ choiceId: 'agent' });
    expect(handed.handoff).toEqual({
      name: 'Sari', regionCode: '33.72', institution: 'BPKAD Kota Surakarta', email: 'sari@surakartakota.go.id',
      question: 'Bagaimana cara reset akun SIKD?', menuPath: ['Chat Agent'],
    });
    expect(await session(hello.sessionId)).toMatchObject({ menu: 'Chat Agent', handed_to_agent: true });
  });

  it('lets a returning contact correct the data', async () => {
    const dewi = chat('+628111000003', START, { name: 'Dewi', regionCode: '32.01', institution: 'Bappeda', email: 'dewi@x.go.id' });
    await dewi.send('Halo');
    const edit = await dewi.send({ choiceId: 'confirm:edit' });
    expect(bodies(edit)[0]).toContain('Nama: Dewi\nDaerah: Kab. Bogor\nInstansi/SKPD: Bappeda\nEmail: dewi@x.go.id\nPertanyaan: ');
    const done = await dewi.send('Nama: Dewi\nDaerah: Kota Bogor\nInstansi/SKPD: Bappeda\nEmail: dewi@x.go.id\nPertanyaan: Kapan SHSR 2026 terbit?');
    expect(rows(done)).toHaveLength(9);
    expect(await session(done.sessionId)).toMatchObject({ region_code: '32.71', question: 'Kapan SHSR 2026 terbit?' });
  });

  it('asks which region an ambiguous name means', async () => {
    const ani = chat('+628111000004');
    const first = await ani.send(FULL_FORM('Pasuruan', 'ani@x.go.id'));
    expect(bodies(first)[0]).toBe(DEFAULT_FLOW.greeting);
    const question = only(first, 'buttons');
    expect(question.body).toBe('Maksud Anda Kab. Pasuruan atau Kota Pasuruan?');
    expect(question.buttons.map((b) => b.title)).toEqual(['Kab. Pasuruan', 'Kota Pasuruan']);

    const unclear = await ani.send('yang di Jawa');
    expect(only(unclear, 'buttons').body).toBe('Maksud Anda Kab. Pasuruan atau Kota Pasuruan?');

    const chosen = await ani.send({ choiceId: question.buttons[1]!.id });
    expect(rows(chosen)).toHaveLength(9);
    expect(await session(first.sessionId)).toMatchObject({ region_code: '35.75', registration_complete: true });
  });

  it('ends a session idle for longer than the flow allows and starts a new one', async () => {
    const tono = chat('+628111000005');
    const first = await tono.send('Halo', START);
    const stillOpen = await tono.send('Nama: Tono', minutes(29));
    expect(stillOpen.sessionId).toBe(first.sessionId);
    const next = await tono.send('Halo', minutes(29 + 31));
    expect(next.sessionId).not.toBe(first.sessionId);
    expect(bodies(next)[0]).toBe(DEFAULT_FLOW.greeting);
    const old = await session(first.sessionId);
    expect(old).toMatchObject({ end_reason: 'idle', menu: null, handed_to_agent: false });
    expect(old.ended_at?.toISOString()).toBe(minutes(29 + 30).toISOString());

    await closeIdleSessions(t.handle.db, minutes(29 + 31 + 20));
    expect(await session(next.sessionId)).toMatchObject({ ended_at: null });
    expect(await closeIdleSessions(t.handle.db, new Date('2030-01-01T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await session(next.sessionId)).toMatchObject({ end_reason: 'idle' });
  });
});

describe(`chatbot sessions under concurrency (${testDatabaseKind()})`, () => {
  it('gives two simultaneous first messages of one person one session', async () => {
    const key = '+628111000006';
    const send = (text: string) => handleUserMessage(t.handle.db, { channel: 'whatsapp', contactKey: key, text, at: START });
    const [a, b] = await Promise.all([send('Halo'), send('Nama: Rina')]);
    expect(a.sessionId).toBe(b.sessionId);
    const open = await t.handle.db.selectFrom('chatbot_sessions').select('id').where('contact_key', '=', key).execute();
    expect(open).toHaveLength(1);
  });

  it('ignores a tapped menu row while registering', async () => {
    const rudi = chat('+628111000007');
    await rudi.send('Nama: Rudi\nDaerah: Kab. Sleman\nInstansi: BPKAD\nEmail: rudi@x.go.id');
    const tap = await rudi.send({ choiceId: 'tkd' });
    expect(bodies(tap)).toEqual(['Silakan tuliskan pertanyaan Bapak/Ibu.']);
  });
});

describe(`chatbot month summary (${testDatabaseKind()})`, () => {
  it('counts users, sessions per menu and "Tidak Dilanjutkan" in Jakarta time', async () => {
    // 1 December 01:00 WIB is still 30 November in UTC.
    const december = new Date('2024-12-01T01:00:00+07:00');
    await chat('+628222000001', december).send('Halo', december);
    await chat('+628222000009', new Date('2024-11-30T23:00:00+07:00')).send('Halo', new Date('2024-11-30T23:00:00+07:00'));
    const b = chat('+628222000002', minutes(60, december));
    await b.send(FULL_FORM('Kab. Bogor', 'b@x.go.id'));
    await b.send('1');
    const b2 = chat('+628222000002', new Date('2024-12-10T10:00:00+07:00'));
    await b2.send(FULL_FORM('Kab. Bogor', 'b@x.go.id'));
    await b2.send({ choiceId: 'tkd-alokasi' });
    const c = chat('+628222000003', new Date('2024-12-11T10:00:00+07:00'));
    await c.send(FULL_FORM('Kota Bogor', 'c@x.go.id'));
    await c.send('8');
    await c.send('9');
    await chat('+628222000004', new Date('2024-12-31T23:30:00+07:00')).send('Halo', new Date('2024-12-31T23:30:00+07:00'));
    await closeIdleSessions(t.handle.db, new Date('2024-12-31T12:00:00+07:00'));

    const summary = await chatbotMonthSummary(t.handle.db, '2024-12');
    expect(summary).toEqual({
      users: 4,
      sessions: 5,
      by_menu: [
        { menu: 'Informasi Anggaran Transfer ke Daerah', count: 2 },
        { menu: 'Informasi Kunjungan ke DJPK', count: 1 },
        { menu: 'Tidak Dilanjutkan', count: 1 },
      ],
      handed_to_agent: 1,
    });
    const viaApi = await agent.request('GET', '/api/chatbot/summary?month=2024-12');
    expect(viaApi.json()).toEqual(summary);
    expect((await agent.request('GET', '/api/chatbot/summary?month=2024-13')).statusCode).toBe(400);
    expect((await chatbotMonthSummary(t.handle.db, '2024-11')).sessions).toBe(1);
  });
});

describe(`chatbot flow API (${testDatabaseKind()})`, () => {
  it('shows the active flow and rejects an invalid one with details', async () => {
    const current = await agent.request('GET', '/api/chatbot/flow');
    expect(current.statusCode).toBe(200);
    expect(current.json()).toMatchObject({ version: 1, active: true, flow: { menu: expect.any(Array) as unknown } });
    expect(current.json<{ flow: ChatbotFlow }>().flow).toEqual(DEFAULT_FLOW);

    expect((await agent.request('PUT', '/api/chatbot/flow', DEFAULT_FLOW)).statusCode).toBe(403);
    const invalid = structuredClone(DEFAULT_FLOW);
    invalid.menu[0]!.title = 'Informasi Anggaran Transfer ke Daerah';
    invalid.menu[1]!.id = 'tkd';
    const rejected = await supervisor.request('PUT', '/api/chatbot/flow', invalid);
    expect(rejected.statusCode).toBe(400);
    const fields = rejected.json<{ error: { details: { field: string }[] } }>().error.details.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['menu[0].title', 'menu[1].id']));

    const badTopic = structuredClone(DEFAULT_FLOW);
    badTopic.menu[0]!.topic = 'NOPE';
    expect((await supervisor.request('PUT', '/api/chatbot/flow', badTopic)).statusCode).toBe(400);
  });

  it('stores a valid flow as a new active version, audited, and the bot uses it', async () => {
    const edited: ChatbotFlow = { ...structuredClone(DEFAULT_FLOW), menuPrompt: 'Silakan pilih layanan informasi DJPK:' };
    const saved = await supervisor.request('PUT', '/api/chatbot/flow', edited);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, active: true, updated_by_name: expect.any(String) as unknown, flow: { menuPrompt: edited.menuPrompt } });

    const versions = await agent.request('GET', '/api/chatbot/flow/versions');
    expect(versions.json<{ version: number; active: boolean }[]>().map((v) => [v.version, v.active])).toEqual([[2, true], [1, false]]);
    expect((await agent.request('GET', '/api/chatbot/flow/versions/1')).json<{ flow: ChatbotFlow }>().flow.menuPrompt).toBe(DEFAULT_FLOW.menuPrompt);
    const audit = await t.handle.db.selectFrom('audit_log').selectAll().where('action', '=', 'chatbot_flow.update').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'supervisor', entity_id: '2' });

    const menu = await chat('+628333000001').send(FULL_FORM('Kab. Bogor', 'e@x.go.id'));
    expect(only(menu, 'list').body.startsWith(edited.menuPrompt)).toBe(true);
    expect(await session(menu.sessionId)).toMatchObject({ flow_version: 2 });
  });
});
