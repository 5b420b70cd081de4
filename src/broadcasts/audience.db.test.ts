import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { addContacts } from './test-contacts.ts';

// Audiences, validation, scheduling and roles through the API (no worker runs: nothing is sent).
let t: TestApp;
let supervisor: Session;
let admin: Session;
let agent: Session;
let l2: Session;

const TEMPLATE = { name: 'info_penyaluran', language: 'id', body: 'Yth. {{1}}, {{2}} telah disalurkan.' };

beforeAll(async () => {
  // A WhatsApp number is not configured here; an (unreachable) relay is, so email blasts can be scheduled.
  t = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:9', MAIL_FROM: 'DJPK <cc@kemenkeu.go.id>' });
  await addUser(t, 'koordinator', 'supervisor');
  await addUser(t, 'admin2', 'admin');
  await addUser(t, 'linna', 'agent');
  await addUser(t, 'l2-dtu', 'l2', 'DTU');
  [supervisor, admin, agent, l2] = await Promise.all([login(t, 'koordinator'), login(t, 'admin2'), login(t, 'linna'), login(t, 'l2-dtu')]);
  await addContacts(t.handle.db, [
    { name: 'BPKAD Bogor', phone: '+6281100000001', email: 'bpkad@bogorkab.go.id', regionCode: '32.01', category: 'pemda', institution: 'BPKAD Kab. Bogor' },
    { name: 'Bapenda Bandung', phone: '+6281100000002', regionCode: '32.73', category: 'pemda', institution: 'Bapenda Kota Bandung' },
    { name: 'Pemprov Jabar', phone: '+6281100000003', regionCode: '32', category: 'pemda', institution: 'BPKAD Provinsi Jawa Barat' },
    { name: 'Bapenda Cilacap', phone: '+6281100000004', regionCode: '33.01', category: 'pemda', institution: 'Bapenda Kab. Cilacap' },
    { name: 'Kemendagri', phone: '+6281100000005', regionCode: '31', category: 'kl', institution: 'Kementerian Dalam Negeri' },
    { name: 'Tanpa WhatsApp', email: 'tanpa@bogorkab.go.id', regionCode: '32.01', category: 'pemda', institution: 'Bappeda Kab. Bogor' },
  ]);
  expect((await supervisor.request('PUT', '/api/broadcast-templates', { templates: [TEMPLATE] })).statusCode).toBe(200);
});
afterAll(() => t.close());

const whatsapp = (audience: Record<string, unknown>, parameters = ['{{nama}}', 'DBH Semester I']) => ({
  channel: 'whatsapp', subject: 'Info penyaluran', template: { name: TEMPLATE.name, language: 'id', parameters }, audience,
});

/** The addresses a WhatsApp blast to this audience would reach. */
async function reach(audience: Record<string, unknown>): Promise<string[]> {
  const created = await supervisor.request('POST', '/api/broadcasts', whatsapp(audience));
  expect(created.statusCode).toBe(201);
  const preview = await supervisor.request('GET', `/api/broadcasts/${created.json<{ id: number }>().id}/preview?limit=100`);
  return preview.json<{ recipients: { address: string }[] }>().recipients.map((r) => r.address).sort();
}

describe(`Broadcast audiences and rules (${testDatabaseKind()})`, () => {
  it('filters contacts by region (a province takes in its regencies), user category and institution', async () => {
    expect(await reach({ type: 'contacts', regions: ['32'] })).toEqual(['+6281100000001', '+6281100000002', '+6281100000003']);
    expect(await reach({ type: 'contacts', regions: ['32.01', '33.01'] })).toEqual(['+6281100000001', '+6281100000004']);
    expect(await reach({ type: 'contacts', categories: ['kl'] })).toEqual(['+6281100000005']);
    expect(await reach({ type: 'contacts', institution: 'bapenda' })).toEqual(['+6281100000002', '+6281100000004']);
    expect(await reach({ type: 'contacts', regions: ['32'], institution: 'BPKAD' })).toEqual(['+6281100000001', '+6281100000003']);
    const bad = await supervisor.request('POST', '/api/broadcasts', whatsapp({ type: 'contacts', regions: ['99.99'], categories: ['wartawan'] }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { field: string; value: string }[] } }>().error.details.map((d) => d.value)).toEqual(['99.99', 'wartawan']);
  });

  it('takes an uploaded list of numbers as people type them, reporting bad rows and keeping the good ones', async () => {
    const csv = 'nama,telepon\nBudi,0812-1111-2222\nSiti,+62 813 3333 4444\nSalah,abc\nBudi lagi,6281211112222\n';
    const created = await supervisor.request('POST', '/api/broadcasts', whatsapp({ type: 'list', csv }));
    expect(created.json()).toMatchObject({ audience: { rows: 4, addresses: 2, duplicates: 1, problems: [{ line: 4, column: 'telepon', value: 'abc', message: 'bukan nomor telepon yang valid' }] } });
    const preview = (await supervisor.request('GET', `/api/broadcasts/${created.json<{ id: number }>().id}/preview`)).json<{ recipients: { address: string; name: string }[]; message: { text: string } }>();
    expect(preview.recipients).toMatchObject([{ address: '+6281211112222', name: 'Budi' }, { address: '+6281333334444', name: 'Siti' }]);
    expect(preview.message.text).toBe('Yth. Budi, DBH Semester I telah disalurkan.');
    const noColumn = await supervisor.request('POST', '/api/broadcasts', whatsapp({ type: 'list', csv: 'nama,email\nBudi,b@x.go.id' }));
    expect(noColumn.statusCode).toBe(400);
  });

  it('accepts only approved templates with their exact parameters, never free text on WhatsApp', async () => {
    const error = async (body: Record<string, unknown>) => (await supervisor.request('POST', '/api/broadcasts', body)).json<{ error: { details: { field: string }[] } }>().error.details.map((d) => d.field);
    const audience = { type: 'contacts' };
    expect(await error({ channel: 'whatsapp', subject: 'x', body: 'teks bebas', audience })).toEqual(['template']);
    expect(await error({ ...whatsapp(audience), template: { name: 'tidak_ada', language: 'id', parameters: [] } })).toEqual(['template.name']);
    expect(await error({ ...whatsapp(audience), template: { name: TEMPLATE.name, language: 'en', parameters: ['a', 'b'] } })).toEqual(['template.name']);
    expect(await error(whatsapp(audience, ['hanya satu']))).toEqual(['template.parameters']);
    expect(await error(whatsapp(audience, ['Budi', 'baris\nbaru']))).toEqual(['template.parameters[1]']);
    expect(await error({ channel: 'email', subject: 'Subjek', body: '', audience })).toEqual(['body']);
  });

  it('schedules a blast for later, cancels it before it starts, and refuses a channel that is not configured', async () => {
    const created = await supervisor.request('POST', '/api/broadcasts', { channel: 'email', subject: 'Undangan', body: 'Yth. {{nama}}', audience: { type: 'contacts', regions: ['32.01'] } });
    const id = created.json<{ id: number }>().id;
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await supervisor.request('POST', `/api/broadcasts/${id}/send`, { scheduled_at: at });
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', scheduled_at: at });
    const job = await t.handle.db.selectFrom('outbox').select(['type', 'run_at']).where('dedupe_key', '=', `broadcast:${id}:start`).executeTakeFirstOrThrow();
    expect(new Date(job.run_at).toISOString()).toBe(at);
    expect((await supervisor.request('PATCH', `/api/broadcasts/${id}`, { subject: 'Ubah' })).statusCode).toBe(409);
    expect((await admin.request('POST', `/api/broadcasts/${id}/cancel`)).json()).toMatchObject({ status: 'cancelled' });
    expect((await supervisor.request('POST', `/api/broadcasts/${id}/cancel`)).statusCode).toBe(409);
    expect((await supervisor.request('POST', `/api/broadcasts/${id}/send`)).statusCode).toBe(409);
    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'actor']).where('entity', '=', 'broadcast').where('entity_id', '=', String(id)).orderBy('id').execute();
    expect(audit).toEqual([{ action: 'broadcast.create', actor: 'koordinator' }, { action: 'broadcast.schedule', actor: 'koordinator' }, { action: 'broadcast.cancel', actor: 'admin2' }]);

    const wa = await supervisor.request('POST', '/api/broadcasts', whatsapp({ type: 'contacts' }));
    const refused = await supervisor.request('POST', `/api/broadcasts/${wa.json<{ id: number }>().id}/send`, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toContain('WhatsApp belum dikonfigurasi');
  });

  it('keeps an opt-out entered by a supervisor out of every audience until it is removed', async () => {
    const added = await supervisor.request('POST', '/api/opt-outs', { address: '0811-0000-0001', note: 'minta lewat telepon' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ kind: 'phone', value: '+6281100000001' });
    expect((await agent.request('POST', '/api/opt-outs', { address: 'x@y.go.id' })).statusCode).toBe(403);
    const created = await supervisor.request('POST', '/api/broadcasts', whatsapp({ type: 'contacts', regions: ['32.01'] }));
    const preview = async () => (await supervisor.request('GET', `/api/broadcasts/${created.json<{ id: number }>().id}/preview`)).json<{ count: number; recipients: { opted_out: boolean }[] }>();
    expect(await preview()).toMatchObject({ count: 0, recipients: [{ opted_out: true }] });
    expect((await supervisor.request('DELETE', '/api/opt-outs/phone/%2B6281100000001')).statusCode).toBe(204);
    expect(await preview()).toMatchObject({ count: 1, recipients: [{ opted_out: false }] });
    const audit = await t.handle.db.selectFrom('audit_log').select('action').where('entity', '=', 'opt_out').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['broadcast.opt_out', 'broadcast.opt_in']);
  });

  it('lets agents read blasts but only admins and supervisors create, change or send them', async () => {
    const created = await admin.request('POST', '/api/broadcasts', { channel: 'email', subject: 'Info', body: 'Isi', audience: { type: 'contacts' } });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    expect((await agent.request('GET', '/api/broadcasts')).statusCode).toBe(200);
    expect((await agent.request('GET', `/api/broadcasts/${id}`)).statusCode).toBe(200);
    expect((await agent.request('GET', `/api/broadcasts/${id}/preview`)).json()).toMatchObject({ count: 2 });
    expect((await agent.request('POST', '/api/broadcasts', { channel: 'email', subject: 'x', body: 'y', audience: { type: 'contacts' } })).statusCode).toBe(403);
    expect((await agent.request('PATCH', `/api/broadcasts/${id}`, { subject: 'z' })).statusCode).toBe(403);
    expect((await agent.request('POST', `/api/broadcasts/${id}/send`, {})).statusCode).toBe(403);
    expect((await agent.request('POST', `/api/broadcasts/${id}/cancel`)).statusCode).toBe(403);
    expect((await agent.request('PUT', '/api/broadcast-templates', { templates: [] })).statusCode).toBe(403);
    expect((await l2.request('GET', '/api/broadcasts')).statusCode).toBe(403);
    expect((await supervisor.request('PATCH', `/api/broadcasts/${id}`, { subject: 'Info terbaru' })).json()).toMatchObject({ subject: 'Info terbaru', status: 'draft' });
  });
});
