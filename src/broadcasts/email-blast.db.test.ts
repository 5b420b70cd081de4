import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { startSmtpSink, type SmtpSink } from '../../test/helpers/smtp-sink.ts';
import { until } from '../../test/helpers/until.ts';
import { loadConfig } from '../platform/config.ts';
import { createJobRegistry } from '../jobs/registry.ts';
import { Worker } from '../jobs/worker.ts';
import { addContacts } from './test-contacts.ts';

// An email blast through real SMTP (the sink is the relay), and its unsubscribe link.
let sink: SmtpSink;
let t: TestApp;
let worker: Worker;
let supervisor: Session;

beforeAll(async () => {
  sink = await startSmtpSink();
  vi.stubEnv('BROADCAST_EMAIL_RATE_PER_SECOND', '50');
  const env = { SMTP_URL: sink.url, MAIL_FROM: 'Contact Center DJPK <callcenter.djpk@kemenkeu.go.id>', SAPA_PUBLIC_URL: 'https://sapa.example' };
  t = await createTestApp(env);
  worker = new Worker(t.handle.db, createJobRegistry(t.handle.db, loadConfig({ ...env, SAPA_DATA_DIR: '/nonexistent' })), { pollMs: 20, backoff: () => 100, log: { error: () => undefined } });
  worker.start();
  await addUser(t, 'koordinator', 'supervisor');
  supervisor = await login(t, 'koordinator');
  await addContacts(t.handle.db, [
    { name: 'Budi', email: 'budi@bogorkab.go.id' },
    { name: 'Mati', email: 'mati@example.go.id', undeliverable: true },
  ]);
  await t.handle.db.insertInto('opt_outs').values({ kind: 'email', value: 'keluar@example.go.id', channel: 'console', source: 'test' }).execute();
});
afterAll(async () => {
  await worker.stop();
  vi.unstubAllEnvs();
  await t.close();
  await sink.close();
});

// Excel's `;`, a bad address, an empty one, a duplicate, an undeliverable and an opted-out address.
const CSV = ['\uFEFFNama;Email', 'Budi;Budi@BogorKab.go.id', 'Siti;siti@jabarprov.go.id', 'X;bukan-email', 'Budi lagi;budi@bogorkab.go.id', 'Kosong;', 'Mati;mati@example.go.id', 'Keluar;keluar@example.go.id', 'Ani;ani@bandung.go.id'].join('\r\n');

type View = { id: number; status: string; recipients: number; counts: Record<string, number>; audience: { rows: number; addresses: number; duplicates: number; problems: { line: number; column: string; value: string; message: string }[] } };
const view = async (id: number): Promise<View> => (await supervisor.request('GET', `/api/broadcasts/${id}`)).json<View>();
const sendAndWait = async (id: number): Promise<View> => {
  expect((await supervisor.request('POST', `/api/broadcasts/${id}/send`, {})).statusCode).toBe(200);
  return until(async () => {
    const v = await view(id);
    return v.status === 'sent' ? v : undefined;
  }, 20_000);
};

describe(`Email blast (${testDatabaseKind()})`, () => {
  let blastId: number;
  let unsubscribePath: string;

  it('takes an uploaded list, reporting its bad rows, and previews who receives what', async () => {
    const created = await supervisor.request('POST', '/api/broadcasts', {
      channel: 'email', subject: 'Penyampaian KMK Nomor 1/KM.7/2025', body: 'Yth. {{nama}},\n\nBersama ini kami sampaikan KMK Nomor 1/KM.7/2025.', audience: { type: 'list', csv: CSV },
    });
    expect(created.statusCode).toBe(201);
    const b = created.json<View>();
    blastId = b.id;
    expect(b.audience).toMatchObject({ rows: 8, addresses: 5, duplicates: 1 });
    expect(b.audience.problems).toEqual([
      { line: 4, column: 'Email', value: 'bukan-email', message: 'bukan alamat email yang valid' },
      { line: 6, column: 'Email', value: '', message: 'kosong' },
    ]);
    const preview = (await supervisor.request('GET', `/api/broadcasts/${blastId}/preview`)).json<{ count: number; summary: Record<string, number>; recipients: { address: string }[]; message: { subject: string; text: string } }>();
    expect(preview.count).toBe(3);
    expect(preview.summary).toMatchObject({ skipped_opt_out: 1, skipped_undeliverable: 1, duplicates: 1, invalid_rows: 2 });
    expect(preview.recipients.map((r) => r.address)).toEqual(['budi@bogorkab.go.id', 'siti@jabarprov.go.id', 'keluar@example.go.id', 'ani@bandung.go.id']);
    expect(preview.message.text).toBe('Yth. Budi,\n\nBersama ini kami sampaikan KMK Nomor 1/KM.7/2025.');
  });

  it('sends one mail per recipient with List-Unsubscribe and an unsubscribe link, and skips the opted-out address', async () => {
    const done = await sendAndWait(blastId);
    expect(done).toMatchObject({ recipients: 3, counts: { sent: 3, skipped_opt_out: 1, failed: 0, queued: 0 } });
    expect(sink.messages.map((m) => m.envelope.rcptTo[0]).sort()).toEqual(['ani@bandung.go.id', 'budi@bogorkab.go.id', 'siti@jabarprov.go.id']);
    const mail = sink.messages.find((m) => m.envelope.rcptTo[0] === 'budi@bogorkab.go.id')!;
    const listUnsubscribe = mail.header('list-unsubscribe')!;
    expect(listUnsubscribe).toMatch(/^<https:\/\/sapa\.example\/unsubscribe\/[\w.-]+>$/);
    expect(mail.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.header('precedence')).toBe('bulk');
    expect(mail.parsed.subject).toBe('Penyampaian KMK Nomor 1/KM.7/2025');
    const url = listUnsubscribe.slice(1, -1);
    expect(mail.parsed.text).toContain('Yth. Budi,');
    expect(mail.parsed.text).toContain(url);
    expect(mail.parsed.html).toContain(`href="${url}"`);
    unsubscribePath = new URL(url).pathname;
    const rows = await t.handle.db.selectFrom('broadcast_recipients').select(['address', 'external_id']).where('broadcast_id', '=', blastId).where('address', '=', 'budi@bogorkab.go.id').executeTakeFirstOrThrow();
    expect(`<${rows.external_id}>`).toBe(mail.header('message-id'));
  });

  it('confirms on GET and records the opt-out on POST (one-click), refusing forged links', async () => {
    const page = await t.app.inject({ method: 'GET', url: unsubscribePath });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('budi@bogorkab.go.id');
    expect(page.body).toContain('<form method="post"');
    expect(await t.handle.db.selectFrom('opt_outs').select('value').where('value', '=', 'budi@bogorkab.go.id').executeTakeFirst()).toBeUndefined();
    const forged = unsubscribePath.replace(/\.[\w-]{32}$/, `.${'A'.repeat(32)}`);
    expect((await t.app.inject({ method: 'POST', url: forged })).statusCode).toBe(400);

    const posted = await t.app.inject({ method: 'POST', url: unsubscribePath, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(posted.statusCode).toBe(200);
    expect(posted.body).toContain('telah berhenti berlangganan');
    const optOut = await t.handle.db.selectFrom('opt_outs').selectAll().where('value', '=', 'budi@bogorkab.go.id').executeTakeFirstOrThrow();
    expect(optOut).toMatchObject({ kind: 'email', channel: 'email', source: `broadcast ${blastId} one-click` });
    const audit = await t.handle.db.selectFrom('audit_log').select(['actor', 'action']).where('entity_id', '=', 'email:budi@bogorkab.go.id').execute();
    expect(audit).toEqual([{ actor: 'unsubscribe-link', action: 'broadcast.opt_out' }]);
  });

  it('skips the unsubscribed address in the next blast, and reports an SMTP refusal per recipient', async () => {
    const created = await supervisor.request('POST', '/api/broadcasts', { channel: 'email', subject: 'Undangan Bimtek', body: 'Yth. {{nama}}', audience: { type: 'list', csv: 'email\nbudi@bogorkab.go.id\nsiti@jabarprov.go.id' } });
    const id = created.json<View>().id;
    expect((await supervisor.request('GET', `/api/broadcasts/${id}/preview`)).json()).toMatchObject({ count: 1, summary: { skipped_opt_out: 1 } });
    sink.setFailure({ code: 550, message: '5.1.1 <siti@jabarprov.go.id>: mailbox unavailable' });
    const done = await sendAndWait(id);
    sink.setFailure(undefined);
    expect(done.counts).toMatchObject({ sent: 0, failed: 1, skipped_opt_out: 1 });
    const [failed] = (await supervisor.request('GET', `/api/broadcasts/${id}/recipients?status=failed`)).json<{ address: string; error: string }[]>();
    expect(failed).toMatchObject({ address: 'siti@jabarprov.go.id' });
    expect(failed!.error).toMatch(/^The mail server refused the message: 550 5\.1\.1 <siti@jabarprov\.go\.id>: mailbox unavailable/);
  });

  it('rate limits the public unsubscribe page', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await t.app.inject({ method: 'GET', url: '/unsubscribe/1.x.y', remoteAddress: '10.9.8.7' })).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
