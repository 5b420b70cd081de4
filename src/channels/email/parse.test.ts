import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmail, visiblePart } from './parse.ts';
import { parseBounce } from './bounce.ts';
import { looksLikeLetter } from './letters.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../../test/fixtures/email/${name}.eml`, import.meta.url));
const parse = (name: string) => parseEmail(fixture(name));

describe('parseEmail', () => {
  it('reads a plain message: ids without brackets, lower-cased addresses, date, text', async () => {
    const mail = await parse('plain');
    expect(mail).toMatchObject({
      messageId: 'plain-001@bogorkab.go.id',
      references: [],
      from: { name: 'Budi Santoso', address: 'budi.santoso@bogorkab.go.id' },
      to: [{ name: 'Contact Center DJPK', address: 'callcenter.djpk@kemenkeu.go.id' }],
      cc: [{ address: 'sekretariat@bogorkab.go.id' }],
      subject: 'Pertanyaan penyaluran DAU',
      malformed: false,
      attachments: [],
    });
    expect(mail.date?.toISOString()).toBe('2025-01-06T02:15:00.000Z');
    expect(mail.visibleText).toBe('Selamat pagi,\n\nKapan DAU bulan Januari disalurkan ke Kabupaten Bogor?\n\nTerima kasih,\nBudi');
    expect(mail.headers['return-path']).toEqual(['<budi.santoso@bogorkab.go.id>']);
  });

  it('derives the text of an HTML-only message and sanitises the HTML', async () => {
    const mail = await parse('html-only');
    expect(mail.text).toContain('Mohon data TKD tahun 2024.');
    expect(mail.text).not.toContain('alert');
    expect(mail.text).not.toContain('color: red');
    const html = mail.html ?? '';
    expect(html).toContain('<b>data TKD</b>');
    for (const banned of ['<script', '<style', 'onload', 'onclick', 'javascript:', '<img']) expect(html).not.toContain(banned);
    // The tracking pixel is offered as a link, not loaded.
    expect(html).toContain('<a href="https://tracker.example.com/pixel.png" rel="noopener noreferrer nofollow" target="_blank">[gambar: logo]</a>');
  });

  it('gives attachments as buffers with their type and size, inline images included', async () => {
    const mail = await parse('multipart-pdf');
    expect(mail.attachments.map((a) => [a.filename, a.mimeType, a.inline])).toEqual([['logo.png', 'image/png', true], ['surat-permohonan.pdf', 'application/pdf', false]]);
    const pdf = mail.attachments[1];
    expect(pdf?.content.subarray(0, 8).toString()).toBe('%PDF-1.4');
    expect(pdf?.size).toBe(pdf?.content.length);
    expect(mail.text).toContain('Perihal: Permohonan informasi alokasi DAK');
    expect(mail.html).toContain('src="cid:logo@sleman"');
  });

  it('folds away an Indonesian quoted reply and keeps the threading headers', async () => {
    const mail = await parse('reply-indonesian');
    expect(mail).toMatchObject({ inReplyTo: 'sapa-abc123@kemenkeu.go.id', references: ['first-001@gmail.com', 'sapa-abc123@kemenkeu.go.id'], subject: 'Re: [#1234] Pertanyaan DBH' });
    expect(mail.visibleText).toBe('Terima kasih atas jawabannya, sudah jelas.\n\nSalam,\nRina');
    expect(mail.text).toContain('DBH disalurkan per triwulan.');
  });

  it('folds away an Outlook "Original Message" and decodes windows-1252', async () => {
    const mail = await parse('reply-outlook');
    expect(mail.visibleText).toBe('Baik, akan kami tindak lanjuti – terima kasih.');
  });

  it('decodes encoded words in the subject and the sender name', async () => {
    const mail = await parse('encoded-subject');
    expect(mail.subject).toBe('Pertanyaan tentang “Dana Desa”');
    expect(mail.from?.name).toBe('Déwi Lestari');
  });

  it('decodes iso-8859-1, iso-2022-jp and gb2312', async () => {
    const latin1 = await parse('latin1');
    expect(latin1.subject).toBe('Café crème');
    expect(latin1.text).toContain('le café crème à Jakarta');
    const japanese = await parseEmail(Buffer.concat([
      Buffer.from('From: a@example.jp\r\nSubject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\r\nContent-Type: text/plain; charset=iso-2022-jp\r\n\r\n'),
      Buffer.from('1b244224332473244b2441244f1b2842', 'hex'),
    ]));
    expect([japanese.subject, japanese.text.trim()]).toEqual(['テスト', 'こんにちは']);
    const chinese = await parseEmail(Buffer.concat([Buffer.from('From: a@example.cn\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n'), Buffer.from('c4e3bac3', 'hex')]));
    expect(chinese.text.trim()).toBe('你好');
  });

  it('does not throw on an unknown charset', async () => {
    const mail = await parse('unknown-charset');
    expect(mail.text).toContain('charset tak dikenal');
    expect(mail.text).toContain('DAU');
    expect(mail.malformed).toBe(false);
  });

  it('returns what it could read of broken MIME, flagged malformed', async () => {
    const mail = await parse('broken-mime');
    expect(mail.malformed).toBe(true);
    expect(mail.visibleText).toBe('Bagian pertama terbaca.');
    expect(mail.subject).toBe('Lampiran rusak');
    const garbage = await parseEmail(Buffer.from([0, 1, 2, 255, 254, 10, 10, 0xc3, 0x28]));
    expect(garbage.malformed).toBe(true);
    expect(garbage.from).toBeUndefined();
  });
});

describe('visiblePart', () => {
  it('cuts at the usual attribution lines and trailing quotes', () => {
    expect(visiblePart('Oke.\n\nOn Mon, Jan 6, 2025 at 9:00 AM Sapa <a@b.id>\nwrote:\n> old')).toBe('Oke.');
    expect(visiblePart('Siap.\n\nDari: Contact Center\nDikirim: Senin, 6 Januari 2025 09.00\nKepada: Budi\n\nlama')).toBe('Siap.');
    expect(visiblePart('Noted\n________________________________\nFrom: X\nSent: today\n')).toBe('Noted');
    expect(visiblePart('Jawab di sela:\n> pertanyaan\nini jawabannya\n\n> salam')).toBe('Jawab di sela:\n> pertanyaan\nini jawabannya');
    // A message that is only a quote keeps its text rather than becoming empty.
    expect(visiblePart('> hanya kutipan')).toBe('> hanya kutipan');
  });
});

describe('parseBounce', () => {
  it('reads the status, recipient and original Message-ID of a DSN', async () => {
    const raw = fixture('dsn-bounce');
    expect(parseBounce(await parseEmail(raw), raw)).toEqual({
      originalMessageId: 'sapa-reply-0001@kemenkeu.go.id',
      recipient: 'tidak.ada@bogorkab.go.id',
      status: '5.1.1',
      action: 'failed',
      permanent: true,
      diagnostic: '550 5.1.1 <tidak.ada@bogorkab.go.id>: Recipient address rejected: User unknown',
    });
  });

  it('reads a delay (4.x.x) as temporary and the Message-ID from an attached message/rfc822', async () => {
    const raw = Buffer.from([
      'From: MAILER-DAEMON@mx.example.com', 'To: cc@kemenkeu.go.id', 'Subject: Delayed Mail', 'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type="delivery-status"; boundary="b"', '',
      '--b', 'Content-Type: text/plain', '', 'Delayed.', '',
      '--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.com', '', 'Final-Recipient: rfc822; slow@example.org', 'Action: delayed', 'Status: 4.4.1', '',
      '--b', 'Content-Type: message/rfc822', '', 'Message-ID: <sapa-42@kemenkeu.go.id>', 'From: cc@kemenkeu.go.id', 'Subject: Re: [#9] x', '', 'Isi balasan.', '',
      '--b--', '',
    ].join('\r\n'));
    expect(parseBounce(await parseEmail(raw), raw)).toMatchObject({ originalMessageId: 'sapa-42@kemenkeu.go.id', recipient: 'slow@example.org', status: '4.4.1', action: 'delayed', permanent: false });
  });

  it('is undefined for ordinary mail', async () => {
    const raw = fixture('plain');
    expect(parseBounce(await parseEmail(raw), raw)).toBeUndefined();
  });
});

describe('looksLikeLetter', () => {
  it('recognises a letter with a document, not an ordinary question', async () => {
    expect(looksLikeLetter(await parse('multipart-pdf'))).toBe(true);
    expect(looksLikeLetter(await parse('plain'))).toBe(false);
    expect(looksLikeLetter(await parse('encoded-subject'))).toBe(false);
  });
});
