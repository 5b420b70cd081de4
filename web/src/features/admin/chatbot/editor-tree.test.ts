import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW, validateFlow } from '../../../../../src/chatbot/flow.ts';
import { ROOT, addChild, dropNode, editorFlowOf, flowOf, keyPath, mapNode, moveNode, newNode, problemsByKey } from './editor-tree.ts';
import { previewOf } from './preview.ts';

const editor = () => editorFlowOf(structuredClone(DEFAULT_FLOW));

describe('the editor tree', () => {
  it('gives the server back the flow it came from', () => {
    expect(flowOf(editor())).toEqual(DEFAULT_FLOW);
  });

  it('adds, moves, drops and deletes nodes by key', () => {
    const flow = editor();
    const tkd = flow.menu[0]!;
    const created = newNode(flow.menu, tkd, 'Baru');
    expect(created.id).toBe('tkd-1');
    let menu = addChild(flow.menu, tkd.key, created);
    expect(menu[0]!.children!.at(-1)!.title).toBe('Baru');
    menu = moveNode(menu, created.key, -1);
    expect(menu[0]!.children!.map((n) => n.title).slice(-2)).toEqual(['Baru', 'Dana Bagi Hasil']);
    menu = dropNode(menu, created.key, menu[1]!.key, 'before');
    expect(menu[1]!.title).toBe('Baru');
    expect(dropNode(menu, tkd.key, tkd.children![0]!.key, 'inside')).toBe(menu);
    menu = mapNode(menu, created.key, () => null);
    expect(flowOf({ ...flow, menu })).toEqual(DEFAULT_FLOW);
  });

  it('puts each problem at the node it names, and reference problems at every node that uses the code', () => {
    const flow = editor();
    const menu = mapNode(flow.menu, flow.menu[1]!.children![0]!.key, (n) => ({ ...n, title: 'x'.repeat(30) }));
    const edited = { ...flow, menu, greeting: '' };
    const problems = [...validateFlow(flowOf(edited)), { field: 'topic', message: 'unknown topic code "DAU"', value: 'DAU' }];
    const byKey = problemsByKey(edited, problems);
    expect(byKey.get(menu[1]!.children![0]!.key)?.map((p) => p.field)).toEqual(['menu[1].children[0].title']);
    expect(byKey.get(ROOT)?.map((p) => p.field)).toEqual(['greeting']);
    const dau = keyPath(menu, menu[0]!.children![2]!.key)!.at(-1)!;
    expect(byKey.get(dau.key)?.[0]?.value).toBe('DAU');
  });
});

describe('the WhatsApp preview', () => {
  it('shows the parent menu, the choice and the bot replies', () => {
    const flow = editor();
    const items = previewOf(flow, flow.menu[0]!.children![2]!.key);
    expect(items.map((i) => ('reply' in i ? i.reply.type : i.from))).toEqual(['list', 'user', 'text', 'text']);
    const list = items[0];
    expect(list && 'reply' in list && list.reply.type === 'list' && list.reply.sections[0]!.rows.map((r) => r.id)).toEqual(['tkd-alokasi', 'tkd-penyaluran', 'tkd-dau', 'tkd-dbh']);
    expect(previewOf(flow, ROOT)).toHaveLength(1);
  });

  it('asks for an article\'s text where a node links one', () => {
    const flow = editor();
    const menu = mapNode(flow.menu, flow.menu[0]!.children![0]!.key, (n) => ({ ...n, article: 12 }));
    const items = previewOf({ ...flow, menu }, menu[0]!.children![0]!.key);
    expect(items[2]).toEqual({ from: 'bot', article: { id: 12, fallback: expect.any(String) as string } });
  });
});
