import { readFileSync } from 'node:fs';
import net from 'node:net';
import { Kysely, PostgresDialect } from 'kysely';
import nodemailer from 'nodemailer';
import pg from 'pg';
import type { Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';
import { createTestDatabase, testDatabaseKind } from '../../../test/helpers/db.ts';
import { inbound } from '../../../test/helpers/tickets.ts';
import type { ReceiveResult } from './receive.ts';
import { startSmtpListener, type SmtpListener } from './smtp-listener.ts';

const CENTER = 'callcenter.djpk@kemenkeu.go.id';
const LISTEN = { host: '127.0.0.1', port: 0, acceptDomains: ['kemenkeu.go.id'], maxBytes: 64 * 1024 };

let handle: DatabaseHandle;
let listener: SmtpListener;
let transport: Transporter;
const results: ReceiveResult[] = [];

beforeAll(async () => {
  handle = await createTestDatabase();
  listener = await startSmtpListener(handle.db, LISTEN, { onReceived: (r) => results.push(r), ownAddress: `Contact Center DJPK <${CENTER}>` });
  transport = nodemailer.createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true });
});
afterAll(async () => {
  transport.close();
  await listener.close();
  await handle.close();
});

const fixture = (name: string): Buffer => readFileSync(new URL(`../../../test/fixtures/email/${name}.eml`, import.meta.url));

/** Sends over real SMTP and returns what the listener stored for it (recorded before the 250). */
async function send(message: Mail.Options): Promise<ReceiveResult> {
  const before = results.length;
  await transport.sendMail({ to: CENTER, ...message });
  expect(results).toHaveLength(before + 1);
  return results[before] as ReceiveResult;
}
const sendRaw = (name: string, from = 'someone@example.com') => send({ envelope: { from, to: [CENTER] }, raw: fixture(name) });

const ticket = (id: number) => handle.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const messagesOf = (ticketId: number) => handle.db.selectFrom('messages').selectAll().where('ticket_id', '=', ticketId).orderBy('id').execute();
const attachmentsOf = (messageId: number) => handle.db.selectFrom('attachments').select(['filename', 'mime_type', 'size_bytes', 'content']).where('message_id', '=', messageId).orderBy('id').execute();
const topicsOf = async (ticketId: number) => (await handle.db.selectFrom('ticket_topics').select('topic_code').where('ticket_id', '=', ticketId).execute()).map((t) => t.topic_code);

/** A bare SMTP conversation (no SIZE declared, or nonsense): each line waits for its answer. */
async function converse(lines: string[]): Promise<string[]> {
  const socket = net.connect(listener.port, '127.0.0.1');
  const replies: string[] = [];
  let buffer = '';
  let wake: (() => void) | undefined;
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    wake?.();
  });
  const reply = async (): Promise<string> => {
    // A complete reply ends with a line "NNN text" (no dash after the code).
    while (!/(^|\r\n)\d{3} [^\r\n]*\r\n$/.test(buffer)) await new Promise<void>((resolve) => (wake = resolve));
    const out = buffer;
    buffer = '';
    return out.trim();
  };
  replies.push(await reply());
  for (const line of lines) {
    socket.write(`${line}\r\n`);
    replies.push(await reply());
  }
  socket.end();
  return replies;
}

describe(`inbound email over SMTP (${testDatabaseKind()})`, () => {
  it('opens an email ticket for a new message, recognising the requester by email, with attachments and the original', async () => {
    const known = await inbound(handle.db, { from: { phone: '081234500001', email: 'budi@bogorkab.go.id', name: 'Budi' }, body: 'lewat WhatsApp' });
    const pdf = Buffer.from('%PDF-1.4 data');
    const result = await send({ from: 'Budi Santoso <Budi@BogorKab.go.id>', subject: 'Tanya penyaluran DAU', text: 'Kapan DAU Januari disalurkan?', messageId: '<new-001@bogorkab.go.id>', attachments: [{ filename: 'data.pdf', content: pdf, contentType: 'application/pdf' }] });
    expect(result).toMatchObject({ created: true, duplicate: false, automated: false, acknowledge: true });
    const row = await ticket(result.ticketId);
    expect(row).toMatchObject({ channel: 'email', subject: 'Tanya penyaluran DAU', status: 'open' });
    expect(row.contact_id).toBe((await ticket(known.ticketId)).contact_id);
    const [message] = await messagesOf(result.ticketId);
    expect(message).toMatchObject({ direction: 'inbound', body: 'Kapan DAU Januari disalurkan?', external_id: 'mail:new-001@bogorkab.go.id', author_label: 'Budi Santoso' });
    expect(message?.metadata).toMatchObject({ message_id: 'new-001@bogorkab.go.id', to: [{ address: CENTER }], automated: false, source: 'smtp' });
    const files = await attachmentsOf(result.messageId);
    expect(files.map((f) => [f.filename, f.mime_type])).toEqual([['data.pdf', 'application/pdf'], ['original.eml', 'message/rfc822']]);
    expect(Buffer.from(files[0]?.content ?? []).equals(pdf)).toBe(true);
    expect(Buffer.from(files[1]?.content ?? []).toString()).toContain('Message-ID: <new-001@bogorkab.go.id>');
  });

  it('threads a reply by In-Reply-To, by References to mail Sapa sent, and by the [#number] token alone', async () => {
    const first = await send({ from: 'rina@pemda.go.id', subject: 'Tanya DBH', text: 'Kapan DBH?', messageId: '<dbh-1@pemda.go.id>' });
    const reply = await send({ from: 'rina@pemda.go.id', subject: 'Re: Tanya DBH', text: 'Tambahan.\n\nPada Sen, 6 Jan 2025 pukul 09.00, Rina <rina@pemda.go.id> menulis:\n> Kapan DBH?', messageId: '<dbh-2@pemda.go.id>', inReplyTo: '<dbh-1@pemda.go.id>' });
    expect(reply).toMatchObject({ ticketId: first.ticketId, created: false, acknowledge: false });
    expect((await messagesOf(first.ticketId)).map((m) => m.body)).toEqual(['Kapan DBH?', 'Tambahan.']);
    // The sender stores its own Message-ID the same way as received mail.
    await handle.db.insertInto('messages').values({ ticket_id: first.ticketId, direction: 'outbound', body: 'Jawaban', external_id: 'mail:sapa-out-1@kemenkeu.go.id', metadata: '{}' }).execute();
    const viaReferences = await send({ from: 'rina@pemda.go.id', subject: 'Re: Jawaban', text: 'Terima kasih', messageId: '<dbh-3@pemda.go.id>', references: ['<unknown@elsewhere>', '<sapa-out-1@kemenkeu.go.id>'] });
    expect(viaReferences.ticketId).toBe(first.ticketId);
    const { number } = await ticket(first.ticketId);
    const viaToken = await send({ from: 'kolega.rina@pemda.go.id', subject: `Fwd: [#${number}] Tanya DBH`, text: 'Saya rekan Bu Rina.', messageId: '<dbh-4@pemda.go.id>' });
    expect(viaToken).toMatchObject({ ticketId: first.ticketId, created: false });
  });

  it('reopens a resolved ticket when the requester replies', async () => {
    const first = await send({ from: 'joko@desa.id', subject: 'Dana Desa', text: 'Tanya', messageId: '<dd-1@desa.id>' });
    await handle.db.updateTable('tickets').set({ status: 'resolved' }).where('id', '=', first.ticketId).execute();
    const reply = await send({ from: 'joko@desa.id', subject: 'Re: Dana Desa', text: 'Belum jelas', messageId: '<dd-2@desa.id>', inReplyTo: '<dd-1@desa.id>' });
    expect(reply.ticketId).toBe(first.ticketId);
    expect((await ticket(first.ticketId)).status).toBe('open');
  });

  it('stores a message delivered twice once', async () => {
    const message = { from: 'dua@kali.id', subject: 'Dua kali', text: 'sama', messageId: '<twice@kali.id>' };
    const first = await send(message);
    const second = await send(message);
    expect(second).toMatchObject({ ticketId: first.ticketId, messageId: first.messageId, duplicate: true, acknowledge: false });
    expect(await messagesOf(first.ticketId)).toHaveLength(1);
  });

  it('stores an auto-reply without allowing an acknowledgement', async () => {
    const result = await sendRaw('auto-reply', 'hendra@bpk.go.id');
    expect(result).toMatchObject({ automated: true, acknowledge: false });
    const [message] = await messagesOf(result.ticketId);
    expect(message?.metadata).toMatchObject({ automated: true, automated_reason: 'Auto-Submitted: auto-replied' });
  });

  it('files a DSN on the ticket of the bounced reply and marks the address undeliverable', async () => {
    const asked = await send({ from: 'tidak.ada@bogorkab.go.id', subject: 'Pertanyaan', text: 'Halo', messageId: '<ask@bogorkab.go.id>' });
    await handle.db.updateTable('tickets').set({ status: 'resolved' }).where('id', '=', asked.ticketId).execute();
    const sent = await handle.db.insertInto('messages').values({ ticket_id: asked.ticketId, direction: 'outbound', body: 'Jawaban', external_id: 'mail:sapa-reply-0001@kemenkeu.go.id', delivery_status: 'sent', metadata: '{}' }).returning('id').executeTakeFirstOrThrow();
    const result = await sendRaw('dsn-bounce', 'mailer-daemon@mx.kemenkeu.go.id');
    expect(result).toMatchObject({ ticketId: asked.ticketId, created: false, automated: true, acknowledge: false, bounce: { status: '5.1.1', permanent: true, recipient: 'tidak.ada@bogorkab.go.id' } });
    const messages = await messagesOf(asked.ticketId);
    expect(messages.at(-1)).toMatchObject({ direction: 'inbound', kind: 'bounce', external_id: 'mail:dsn-001@mx.kemenkeu.go.id' });
    expect(messages.find((m) => m.id === sent.id)).toMatchObject({ delivery_status: 'failed', delivery_error: { code: '5.1.1' } });
    const identity = await handle.db.selectFrom('contact_identities').select('undeliverable').where('kind', '=', 'email').where('value', '=', 'tidak.ada@bogorkab.go.id').executeTakeFirstOrThrow();
    expect(identity.undeliverable).toBe(true);
    // The answer never arrived, so the ticket is not done; and no contact for the mailer daemon.
    expect((await ticket(asked.ticketId)).status).toBe('open');
    expect(await handle.db.selectFrom('contact_identities').select('value').where('value', 'like', 'mailer-daemon%').execute()).toEqual([]);
  });

  it('tags a letter (surat masuk) with SURAT_MASUK', async () => {
    const result = await sendRaw('multipart-pdf', 'keuangan@slemankab.go.id');
    expect(result.created).toBe(true);
    expect(await topicsOf(result.ticketId)).toEqual(['SURAT_MASUK']);
    const plain = await sendRaw('plain', 'budi.santoso@bogorkab.go.id');
    expect(await topicsOf(plain.ticketId)).toEqual([]);
  });

  it('rejects a message over the size limit with 552 and stores nothing', async () => {
    const big = Buffer.alloc(LISTEN.maxBytes + 1024, 'a');
    const before = results.length;
    await expect(transport.sendMail({ from: 'besar@example.com', to: CENTER, subject: 'Terlalu besar', text: 'x', attachments: [{ filename: 'big.bin', content: big }] })).rejects.toMatchObject({ responseCode: 552 });
    // Without a declared SIZE the limit is found while reading DATA.
    const body = `Subject: Terlalu besar juga\r\n\r\n${'b'.repeat(76)}\r\n`.repeat(Math.ceil(LISTEN.maxBytes / 78) + 10);
    const replies = await converse(['EHLO test', 'MAIL FROM:<besar@example.com>', `RCPT TO:<${CENTER}>`, 'DATA', `${body}.`, 'QUIT']);
    expect(replies[0]).toMatch(/^220 .*Sapa/);
    expect(replies[1]).toContain(`SIZE ${LISTEN.maxBytes}`);
    expect(replies[5]).toMatch(/^552 /);
    expect(results).toHaveLength(before);
    expect(await handle.db.selectFrom('tickets').select('id').where('subject', 'like', 'Terlalu besar%').execute()).toEqual([]);
  });

  it('answers 550 for a recipient outside the accepted domains', async () => {
    await expect(transport.sendMail({ from: 'a@example.com', to: 'someone@gmail.com', subject: 'x', text: 'x' })).rejects.toMatchObject({ responseCode: 550 });
  });

  it('stores malformed MIME, an unknown charset and unreadable bytes, and keeps serving', async () => {
    const broken = await sendRaw('broken-mime', 'wati@example.com');
    expect(broken).toMatchObject({ created: true, malformed: true });
    expect((await messagesOf(broken.ticketId))[0]?.body).toBe('Bagian pertama terbaca.');
    const unknown = await sendRaw('unknown-charset', 'tono@example.com');
    expect((await messagesOf(unknown.ticketId))[0]?.body).toContain('Pesan dengan charset tak dikenal');
    // Not a message at all: kept whole on a new ticket, the envelope sender as requester.
    const junk = await send({ envelope: { from: 'junk@example.com', to: [CENTER] }, raw: Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x0d, 0x0a, 0xc3, 0x28, 0x0d, 0x0a]) });
    expect(junk).toMatchObject({ created: true, malformed: true });
    expect((await attachmentsOf(junk.messageId)).map((f) => f.filename)).toEqual(['original.eml']);
    const requester = await handle.db.selectFrom('contact_identities').select('value').where('contact_id', '=', (await ticket(junk.ticketId)).contact_id).execute();
    expect(requester).toEqual([{ value: 'junk@example.com' }]);
    // Nonsense from a client is answered, not fatal.
    const nonsense = await converse(['HELO x', 'MAIL FROM:<not an address', 'RCPT TO:<>', 'DATA', 'BDAT 1', 'AUTH PLAIN AAAA', 'STARTTLS', 'QUIT']);
    expect(nonsense.slice(2, -1).every((r) => /^[45]\d\d /.test(r))).toBe(true);
    // AUTH and STARTTLS are switched off (loopback relay only).
    expect(nonsense.slice(-3, -1)).toEqual(['500 Error: command not recognized', '500 Error: command not recognized']);
    expect((await send({ from: 'after@example.com', subject: 'Masih jalan', text: 'ok', messageId: '<after@example.com>' })).created).toBe(true);
  });

  it('answers 451 when the database is down, so the relay retries', async () => {
    // A database server that is not there: every query fails as during an outage.
    const down = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 2000 }) }) });
    const failing = await startSmtpListener(down, LISTEN);
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: failing.port, secure: false, ignoreTLS: true });
    try {
      await expect(client.sendMail({ from: 'a@example.com', to: CENTER, subject: 'x', text: 'x' })).rejects.toMatchObject({ responseCode: 451 });
    } finally {
      client.close();
      await failing.close();
      await down.destroy();
    }
  });
});
