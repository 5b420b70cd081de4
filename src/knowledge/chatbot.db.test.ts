import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { DEFAULT_FLOW, validateFlow, type ChatbotFlow, type MenuNode } from '../chatbot/flow.ts';
import { handleUserMessage, type EngineResult } from '../chatbot/engine.ts';

let t: TestApp;
let supervisor: Session;
let agent: Session;

beforeAll(async () => {
  t = await createTestApp();
  await addUser(t, 'spv', 'supervisor');
  await addUser(t, 'linna', 'agent');
  [supervisor, agent] = await Promise.all([login(t, 'spv'), login(t, 'linna')]);
});
afterAll(() => t.close());

const START = new Date('2025-01-06T09:00:00+07:00');
const FORM = 'Nama: Budi\nDaerah: Kab. Bogor\nInstansi/SKPD: BPKAD\nEmail: budi@bogorkab.go.id\nPertanyaan: Kapan DBH disalurkan?';

function chat(contactKey: string) {
  let at = START;
  return (message: string | { choiceId: string }): Promise<EngineResult> => {
    at = new Date(at.getTime() + 60_000);
    return handleUserMessage(t.handle.db, { channel: 'whatsapp', contactKey, at, ...(typeof message === 'string' ? { text: message } : message) });
  };
}
const bodies = (r: EngineResult): string[] => r.replies.map((reply) => reply.body);

/** The default flow with the "Dana Bagi Hasil" sub-menu answered from an article. */
function flowWithArticle(article: unknown): ChatbotFlow {
  const flow = structuredClone(DEFAULT_FLOW);
  // Typed loosely on purpose: the flow is data a person types, and bad ids must be refused.
  const dbh = flow.menu[0]!.children!.find((node) => node.id === 'tkd-dbh') as unknown as Record<string, unknown>;
  dbh.article = article;
  return flow;
}

describe(`chatbot answers from the knowledge base (${testDatabaseKind()})`, () => {
  it('accepts an article in a flow node only when it exists and can be sent', async () => {
    const noAnswer = flowWithArticle(7);
    delete noAnswer.menu[0]!.children![3]!.answer;
    expect(validateFlow(noAnswer)).toEqual([]);
    expect(validateFlow(flowWithArticle('tujuh')).map((p) => p.field)).toEqual(['menu[0].children[3].article']);
    const withAction = structuredClone(DEFAULT_FLOW);
    const agentNode = withAction.menu.find((node) => node.action === 'chat_agent') as MenuNode;
    agentNode.article = 7;
    expect(validateFlow(withAction).map((p) => p.message)).toContain('a node with an action has no answer and no children');
    expect(validateFlow(DEFAULT_FLOW)).toEqual([]);

    const unknown = await supervisor.request('PUT', '/api/chatbot/flow', flowWithArticle(999999));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ error: { details: { field: string; value: unknown }[] } }>().error.details).toEqual([expect.objectContaining({ field: 'article', value: 999999 })]);
  });

  it('sends the article\'s current answer, so that an edited article answers at once', async () => {
    const created = await agent.request('POST', '/api/knowledge/articles', {
      topic_code: 'DBH', question: 'Kapan DBH disalurkan?', answer: 'DBH disalurkan per triwulan.',
      links: [{ title: 'PMK Nomor 67 Tahun 2024', url: 'https://jdih.kemenkeu.go.id/pmk-67-2024' }],
    });
    const id = created.json<{ id: number }>().id;
    const saved = await supervisor.request('PUT', '/api/chatbot/flow', flowWithArticle(id));
    expect(saved.statusCode, saved.body).toBe(200);

    const send = chat('+628111900001');
    await send('Halo');
    await send(FORM);
    await send('1');
    const first = await send({ choiceId: 'tkd-dbh' });
    expect(bodies(first)).toEqual([
      'DBH disalurkan per triwulan.\n\nDasar hukum:\n- PMK Nomor 67 Tahun 2024 (https://jdih.kemenkeu.go.id/pmk-67-2024)',
      DEFAULT_FLOW.afterAnswerPrompt,
    ]);

    const edited = await agent.request('PATCH', `/api/knowledge/articles/${id}`, { answer: 'DBH disalurkan dua kali setahun.', links: [] });
    expect(edited.statusCode).toBe(200);
    const second = await send('dana bagi hasil');
    expect(bodies(second)).toEqual(['DBH disalurkan dua kali setahun.', DEFAULT_FLOW.afterAnswerPrompt]);

    // Archived: the node's own answer stands in until the flow is changed.
    await supervisor.request('POST', `/api/knowledge/articles/${id}/archive`, {});
    const third = await send({ choiceId: 'tkd-dbh' });
    expect(bodies(third)[0]).toBe(DEFAULT_FLOW.menu[0]!.children![3]!.answer);

    // The other sub-menus still answer from the flow itself.
    const other = await send({ choiceId: 'tkd-dau' });
    expect(bodies(other)[0]).toBe(DEFAULT_FLOW.menu[0]!.children![2]!.answer);
  });
});
