import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW, pathTo, validateFlow, type ChatbotFlow } from './flow.ts';

const copy = (): ChatbotFlow => structuredClone(DEFAULT_FLOW);

describe('the default flow', () => {
  it('is valid and has the nine items of the seed, each with two to four sub-items', () => {
    expect(validateFlow(DEFAULT_FLOW)).toEqual([]);
    expect(DEFAULT_FLOW.menu).toHaveLength(9);
    expect(DEFAULT_FLOW.menu.map((n) => n.topic)).toEqual(['TRANSFER', 'PEMBIAYAAN', 'JF_AKPD', 'SHSR', 'PDRD', 'APLIKASI', 'PERMINTAAN_DATA', 'RESERVASI', undefined]);
    expect(DEFAULT_FLOW.menu[8]).toMatchObject({ title: 'Chat Agent', action: 'chat_agent' });
    for (const item of DEFAULT_FLOW.menu.slice(0, 8)) {
      expect(item.children?.length).toBeGreaterThanOrEqual(2);
      expect(item.children?.length).toBeLessThanOrEqual(4);
      for (const child of item.children ?? []) expect(child.answer).toBeTruthy();
    }
  });

  it('finds a node with its path', () => {
    expect(pathTo(DEFAULT_FLOW, 'tkd-dau')?.map((n) => n.id)).toEqual(['tkd', 'tkd-dau']);
    expect(pathTo(DEFAULT_FLOW, 'nope')).toBeNull();
  });
});

describe('validateFlow', () => {
  it('names duplicate ids, long titles, too many rows and empty nodes', () => {
    const flow = copy();
    const first = flow.menu[0]!;
    first.title = 'Informasi Anggaran Transfer ke Daerah';
    first.children![1]!.id = 'tkd-alokasi';
    flow.menu[1]!.children = Array.from({ length: 11 }, (_, i) => ({ id: `p${i}`, title: `Item ${i}`, answer: 'x' }));
    flow.menu[2]!.children![0] = { id: 'kosong', title: 'Kosong' };
    const fields = validateFlow(flow).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['menu[0].title', 'menu[0].children[1].id', 'menu[1].children', 'menu[2].children[0]']));
  });

  it('rejects what is not a flow at all', () => {
    expect(validateFlow(null)).toHaveLength(1);
    expect(validateFlow({ menu: 'x' }).map((p) => p.field)).toEqual(expect.arrayContaining(['greeting', 'menu']));
  });

  it('checks idle minutes and actions', () => {
    const flow = { ...copy(), idleMinutes: 0 } as unknown as Record<string, unknown>;
    (flow.menu as Record<string, unknown>[])[8] = { id: 'agent', title: 'Chat Agent', action: 'call_me' };
    expect(validateFlow(flow).map((p) => p.field)).toEqual(expect.arrayContaining(['idleMinutes', 'menu[8].action']));
  });
});
