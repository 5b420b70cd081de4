import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGraph, type FakeGraph } from '../../../test/fakes/whatsapp/fake-graph.ts';
import { PermanentJobError, RetryJobLater } from '../../jobs/worker.ts';
import { GraphApiError, GraphClient, classifyGraphError, parseRetryAfter, toJobError, type GraphErrorKind } from './client.ts';
import { toGraphBody, validateOutbound, type WhatsAppOutbound } from './messages.ts';

// The client's round trips and error handling are tested against the fake Graph API in
// test/fakes/whatsapp/fake-graph.test.ts; here: the pure parts and the rate limiter hook.

describe('toGraphBody', () => {
  const head = { messaging_product: 'whatsapp', recipient_type: 'individual', to: '6281234567890' };

  it('writes a text message without the plus, preview off unless asked', () => {
    expect(toGraphBody('+6281234567890', { type: 'text', body: 'Halo' })).toEqual({ ...head, type: 'text', text: { body: 'Halo', preview_url: false } });
    expect(toGraphBody('6281234567890', { type: 'text', body: 'x', previewUrl: true })).toMatchObject({ text: { preview_url: true } });
  });

  it('writes a list, leaving out the header, footer and descriptions not given', () => {
    const list: WhatsAppOutbound = { type: 'list', body: 'Pilih', button: 'Menu', sections: [{ title: '', rows: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B', description: 'Bee' }] }] };
    expect(toGraphBody('+6281234567890', list)).toEqual({
      ...head,
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Pilih' },
        action: { button: 'Menu', sections: [{ title: '', rows: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B', description: 'Bee' }] }] },
      },
    });
    const withAll = toGraphBody('6281234567890', { ...list, header: 'Judul', footer: 'Kaki' });
    expect(withAll.interactive).toMatchObject({ header: { type: 'text', text: 'Judul' }, footer: { text: 'Kaki' } });
  });

  it('writes reply buttons and templates', () => {
    expect(toGraphBody('6281234567890', { type: 'buttons', body: 'Ya?', buttons: [{ id: 'y', title: 'Ya' }] })).toEqual({
      ...head,
      type: 'interactive',
      interactive: { type: 'button', body: { text: 'Ya?' }, action: { buttons: [{ type: 'reply', reply: { id: 'y', title: 'Ya' } }] } },
    });
    expect(toGraphBody('6281234567890', { type: 'template', name: 'halo', language: 'id' })).toEqual({ ...head, type: 'template', template: { name: 'halo', language: { code: 'id' } } });
  });
});

describe('validateOutbound', () => {
  it('accepts a menu of 9 items in one list', () => {
    const rows = Array.from({ length: 9 }, (_, i) => ({ id: `menu-${i + 1}`, title: `Menu ${i + 1}`, description: 'Keterangan singkat' }));
    expect(validateOutbound({ type: 'list', header: 'Layanan DJPK', body: 'Silakan pilih', footer: 'DJPK', button: 'Lihat menu', sections: [{ title: 'Topik', rows }] })).toEqual([]);
  });

  it('lets one section go without a title but not several', () => {
    const row = (id: string) => ({ id, title: id });
    expect(validateOutbound({ type: 'list', body: 'x', button: 'y', sections: [{ title: '', rows: [row('a')] }] })).toEqual([]);
    expect(validateOutbound({ type: 'list', body: 'x', button: 'y', sections: [{ title: '', rows: [row('a')] }, { title: 'B', rows: [row('b')] }] })).toEqual([
      { field: 'interactive.action.sections[0].title', message: 'must not be empty' },
    ]);
  });

  it('reports every problem, not only the first', () => {
    const problems = validateOutbound({ type: 'buttons', body: '', buttons: [{ id: 'a', title: 'x'.repeat(21) }, { id: 'a', title: 'ok' }] });
    expect(problems.map((p) => p.field)).toEqual(['interactive.body.text', 'interactive.action.buttons[0].reply.title', 'interactive.action.buttons[1].reply.id']);
  });

  it('needs a template name and language', () => {
    expect(validateOutbound({ type: 'template', name: '', language: '' }).map((p) => p.field)).toEqual(['template.name', 'template.language.code']);
  });
});

describe('classifyGraphError', () => {
  it.each<[number, number | undefined, GraphErrorKind]>([
    [429, 130429, 'rate_limited'],
    [400, 131056, 'rate_limited'],
    [400, 4, 'rate_limited'],
    [400, 80007, 'rate_limited'],
    [429, undefined, 'rate_limited'],
    [400, 131047, 'outside_window'],
    [400, 131026, 'undeliverable'],
    [400, 132000, 'template'],
    [404, 132001, 'template'],
    [401, 190, 'auth'],
    [401, undefined, 'auth'],
    [400, 131048, 'transient'],
    [500, 1, 'transient'],
    [502, undefined, 'transient'],
    [0, undefined, 'transient'],
    [400, 100, 'permanent'],
    [404, undefined, 'permanent'],
  ])('HTTP %i code %s → %s', (status, code, kind) => {
    expect(classifyGraphError(status, code)).toBe(kind);
  });
});

describe('toJobError', () => {
  const graph = (status: number, code: number | undefined, extra: { details?: string; retryAfterMs?: number } = {}) =>
    new GraphApiError(`Graph API ${status}`, { status, ...(code !== undefined ? { code } : {}), ...extra });

  it('waits on rate limits: Retry-After, else 6 s for the pair limit, else 1 s', () => {
    expect(toJobError(graph(429, 130429, { retryAfterMs: 2500 }))).toMatchObject({ delayMs: 2500 });
    expect(toJobError(graph(400, 131056))).toMatchObject({ delayMs: 6000 });
    expect(toJobError(graph(429, 130429))).toBeInstanceOf(RetryJobLater);
    expect(toJobError(graph(429, 130429))).toMatchObject({ delayMs: 1000 });
  });

  it('gives up with a message naming the code', () => {
    const undeliverable = toJobError(graph(400, 131026, { details: 'Recipient is not a valid WhatsApp user' }));
    expect(undeliverable).toBeInstanceOf(PermanentJobError);
    expect(undeliverable.message).toMatch(/^131026: message undeliverable .*\(Recipient is not a valid WhatsApp user\)$/);
    expect(toJobError(graph(400, 100, { details: 'to: bad' })).message).toBe('Graph API 400 (to: bad)');
    expect(toJobError(graph(400, 131047)).cause).toBeInstanceOf(GraphApiError);
  });

  it('lets transient and auth errors, and errors of other kinds, be retried as they are', () => {
    const transient = graph(503, undefined);
    expect(toJobError(transient)).toBe(transient);
    const auth = graph(401, 190);
    expect(toJobError(auth)).toBe(auth);
    const other = new TypeError('boom');
    expect(toJobError(other)).toBe(other);
    expect(toJobError('text')).toBeInstanceOf(Error);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('GraphClient pacing', () => {
  let fake: FakeGraph;
  beforeEach(async () => {
    fake = await startFakeGraph({ appSecret: 's', accessToken: 't', phoneNumberId: '1', enforceWindow: false });
  });
  afterEach(() => fake.close());

  it('takes one rate-limiter token per send', async () => {
    let taken = 0;
    const config = { apiUrl: fake.url, apiVersion: 'v21.0', phoneNumberId: '1', accessToken: 't', appSecret: 's', verifyToken: 'v', ratePerSecond: 80 };
    const client = new GraphClient(config, fetch, { limiter: { take: () => Promise.resolve(void taken++) } });
    await client.send('6281234567890', { type: 'text', body: 'a' });
    await client.send('6281234567890', { type: 'text', body: 'b' });
    expect(taken).toBe(2);
    expect(fake.sent).toHaveLength(2);
  });
});
