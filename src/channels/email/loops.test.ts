import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAutomated } from './loops.ts';
import { parseEmail } from './parse.ts';

const fixture = (name: string) => parseEmail(readFileSync(new URL(`../../../test/fixtures/email/${name}.eml`, import.meta.url)));
const withHeaders = (...headers: string[]) =>
  parseEmail(Buffer.from([...headers, 'From: Budi <budi@bogorkab.go.id>', 'Message-ID: <m1@bogorkab.go.id>', 'Subject: Tanya', '', 'Isi.', ''].join('\r\n')));

describe('isAutomated', () => {
  it('passes mail a person wrote', async () => {
    expect(isAutomated(await fixture('plain'))).toEqual({ automated: false });
    expect(isAutomated(await withHeaders('Auto-Submitted: no'))).toEqual({ automated: false });
    expect(isAutomated(await withHeaders('Precedence: first-class'))).toEqual({ automated: false });
    expect(isAutomated(await withHeaders('X-Auto-Response-Suppress: DR, RN'))).toEqual({ automated: false });
  });

  it('flags auto-replies and lists from the fixtures', async () => {
    expect(isAutomated(await fixture('auto-reply'))).toEqual({ automated: true, reason: 'Auto-Submitted: auto-replied' });
    expect(isAutomated(await fixture('list'))).toMatchObject({ automated: true });
    expect(isAutomated(await fixture('dsn-bounce'))).toMatchObject({ automated: true });
  });

  it.each([
    ['Auto-Submitted: auto-generated', 'Auto-Submitted: auto-generated'],
    ['Precedence: bulk', 'Precedence: bulk'],
    ['Precedence: Junk', 'Precedence: junk'],
    ['Precedence: list', 'Precedence: list'],
    ['X-Loop: callcenter.djpk@kemenkeu.go.id', 'X-Loop'],
    ['X-Autoreply: yes', 'X-Autoreply'],
    ['X-Autorespond: yes', 'X-Autorespond'],
    ['X-Auto-Response-Suppress: All', 'X-Auto-Response-Suppress: all'],
    ['X-Auto-Response-Suppress: OOF, AutoReply', 'X-Auto-Response-Suppress: oof, autoreply'],
    ['List-Id: <buletin.example.org>', 'List-Id'],
    ['List-Unsubscribe: <mailto:u@example.org>', 'List-Unsubscribe'],
  ])('flags %s', async (line, reason) => {
    expect(isAutomated(await withHeaders(line))).toEqual({ automated: true, reason });
  });

  it("recognises Sapa's own mail by its Message-ID or the configured From address", async () => {
    const own = await parseEmail(Buffer.from('From: x@y.id\r\nMessage-ID: <sapa-1a2b@kemenkeu.go.id>\r\n\r\nhalo\r\n'));
    expect(isAutomated(own)).toEqual({ automated: true, reason: 'own Message-ID' });
    const fromUs = await parseEmail(Buffer.from('From: Contact Center <CallCenter.DJPK@kemenkeu.go.id>\r\nMessage-ID: <x@y>\r\n\r\nhalo\r\n'));
    expect(isAutomated(fromUs, 'Contact Center DJPK <callcenter.djpk@kemenkeu.go.id>')).toEqual({ automated: true, reason: 'From: own address' });
    expect(isAutomated(fromUs, 'other@kemenkeu.go.id')).toEqual({ automated: false });
  });
});
