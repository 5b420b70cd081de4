import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testDatabaseKind } from '../../../test/helpers/db.ts';

// The public form posted as a browser would (multipart), against the real app and database.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const db = () => t.handle.db;
const MB = 1024 * 1024;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x20)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 1)]);

const GOOD = {
  nama: 'Wati Susanti', kategori: 'pemda', instansi: 'BPKAD Kabupaten Bantul', daerah: 'Kab. Bantul',
  email: 'wati@bpkad.bantulkab.go.id', telepon: '0812-2700-1234', topik: 'DAK_FISIK',
  pertanyaan: 'Kapan DAK Fisik tahap 1 disalurkan?\nDokumen kami lampirkan.',
};

type File = { name: string; content: Buffer; type?: string };
let address = 0;
/** Each call comes from its own address unless given one, so that the rate limit stays out of the way. */
function post(fields: Record<string, string>, files: File[] = [], remoteAddress = `10.7.0.${++address}`) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const f of files) form.append('lampiran', new Blob([f.content], { type: f.type ?? 'application/octet-stream' }), f.name);
  return t.app.inject({ method: 'POST', url: '/bantuan', payload: form, remoteAddress });
}

async function stored() {
  const count = async (table: 'tickets' | 'contacts' | 'messages' | 'attachments') =>
    Number((await db().selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { tickets: await count('tickets'), contacts: await count('contacts'), messages: await count('messages'), attachments: await count('attachments') };
}

/** The text of the error beside a field (id e-<field>), unescaped enough to compare. */
const errorBeside = (html: string, field: string): string | undefined =>
  [...html.matchAll(/<p class="error" id="e-([a-z]+)">([^<]*)<\/p>/g)].find((m) => m[1] === field)?.[2]?.replaceAll('&quot;', '"');

describe(`help-desk form /bantuan (${testDatabaseKind()})`, () => {
  it('shows the form in Indonesian with a label for every field, the topics and the attachment limits', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/bantuan' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="id">');
    for (const field of ['nama', 'kategori', 'instansi', 'daerah', 'email', 'telepon', 'topik', 'pertanyaan', 'lampiran']) {
      expect(page.body).toContain(`<label for="f-${field}">`);
      expect(page.body).toMatch(new RegExp(`name="${field}"[^>]*id="f-${field}"|id="f-${field}"[^>]*name="${field}"|name="${field}" id="f-${field}"`));
    }
    expect(page.body).toContain('<option value="DAK_FISIK">DAK Fisik</option>');
    expect(page.body).not.toContain('value="SPAM"');
    expect(page.body).toContain('<option value="pemda">Pemda</option>');
    expect(page.body).toContain('<option value="Kab. Bantul">');
    expect(page.body).toContain('Maksimal 5 berkas, masing-masing paling besar 5 MB, total paling besar 10 MB');
    expect(page.body).toContain('name="situs_web"');
  });

  it('opens a helpdesk ticket with the contact, region, category, topic and attachments, and shows the number and private link', async () => {
    const before = await stored();
    const response = await post({ ...GOOD, kirim_id: 'form-aaaaaaaaaaaaaaaa' }, [
      { name: 'Surat permohonan.pdf', content: PDF, type: 'application/pdf' },
      { name: 'foto.PNG', content: PNG, type: 'image/png' },
    ]);
    expect(response.statusCode).toBe(200);
    const ticket = await db().selectFrom('tickets').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(response.body).toContain(`Nomor tiket: <strong>#${ticket.number}</strong>`);
    const link = /href="(http[^"]+\/bantuan\/tiket\/[^"]+)"/.exec(response.body)?.[1];
    expect(link).toBeDefined();
    expect(ticket).toMatchObject({ channel: 'helpdesk', region_code: '34.02', zone: 'WIB', user_category: 'pemda', status: 'open' });
    const contact = await db().selectFrom('contacts').selectAll().where('id', '=', ticket.contact_id).executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ name: 'Wati Susanti', institution: 'BPKAD Kabupaten Bantul', region_code: '34.02', user_category: 'pemda' });
    const identities = await db().selectFrom('contact_identities').select(['kind', 'value']).where('contact_id', '=', contact.id).orderBy('kind').execute();
    expect(identities).toEqual([{ kind: 'email', value: 'wati@bpkad.bantulkab.go.id' }, { kind: 'phone', value: '+6281227001234' }]);
    const topics = await db().selectFrom('ticket_topics').select('topic_code').where('ticket_id', '=', ticket.id).execute();
    expect(topics.map((r) => r.topic_code)).toEqual(['DAK_FISIK']);
    const message = await db().selectFrom('messages').selectAll().where('ticket_id', '=', ticket.id).executeTakeFirstOrThrow();
    expect(message).toMatchObject({ direction: 'inbound', body: GOOD.pertanyaan });
    const files = await db().selectFrom('attachments').selectAll().where('message_id', '=', message.id).orderBy('id').execute();
    expect(files.map((f) => [f.filename, f.mime_type, f.size_bytes])).toEqual([
      ['Surat permohonan.pdf', 'application/pdf', PDF.length],
      ['foto.PNG', 'image/png', PNG.length],
    ]);
    expect(Buffer.from(files[0]?.content ?? []).equals(PDF)).toBe(true);

    // The same form sent again (double click): the same ticket, nothing stored twice.
    const again = await post({ ...GOOD, kirim_id: 'form-aaaaaaaaaaaaaaaa' }, [{ name: 'Surat permohonan.pdf', content: PDF }]);
    expect(again.body).toContain(`#${ticket.number}`);
    expect(await stored()).toEqual({ tickets: before.tickets + 1, contacts: before.contacts + 1, messages: before.messages + 1, attachments: before.attachments + 2 });
  });

  const bad: { name: string; fields?: Record<string, string>; files?: File[]; field: string; message: string }[] = [
    { name: 'missing name', fields: { nama: '  ' }, field: 'nama', message: 'Nama wajib diisi.' },
    { name: 'a bad email', fields: { email: 'wati@bantul' }, field: 'email', message: 'Email "wati@bantul" tidak valid (contoh: nama@instansi.go.id).' },
    { name: 'a bad phone', fields: { telepon: '12ab' }, field: 'telepon', message: 'Nomor telepon "12ab" tidak valid (contoh: 0812-3456-7890).' },
    { name: 'neither email nor phone', fields: { email: '', telepon: '' }, field: 'email', message: 'Isi email atau nomor telepon agar kami dapat menghubungi Anda.' },
    { name: 'an unknown region', fields: { daerah: 'Atlantis' }, field: 'daerah', message: 'Daerah "Atlantis" tidak kami temukan.' },
    { name: 'an ambiguous region', fields: { daerah: 'Pasuruan' }, field: 'daerah', message: 'Maksud Anda Kab. Pasuruan atau Kota Pasuruan?' },
    { name: 'no category', fields: { kategori: 'alien' }, field: 'kategori', message: 'Pilih kategori pengguna.' },
    { name: 'an unknown topic', fields: { topik: 'SPAM' }, field: 'topik', message: 'Pilih topik konsultasi.' },
    { name: 'an empty question', fields: { pertanyaan: ' \n ' }, field: 'pertanyaan', message: 'Pertanyaan wajib diisi.' },
    { name: 'too many files', files: Array.from({ length: 6 }, (_, i) => ({ name: `hal-${i}.pdf`, content: PDF })), field: 'lampiran', message: 'Terlalu banyak lampiran: 6 berkas, paling banyak 5.' },
    { name: 'a file too large', files: [{ name: 'besar.pdf', content: Buffer.concat([PDF, Buffer.alloc(5 * MB)]) }], field: 'lampiran', message: 'Berkas "besar.pdf" lebih besar dari 5 MB.' },
    { name: 'too large in total', files: [1, 2, 3].map((i) => ({ name: `bagian-${i}.pdf`, content: Buffer.concat([PDF, Buffer.alloc(4 * MB)]) })), field: 'lampiran', message: 'Total ukuran lampiran lebih dari 10 MB.' },
    { name: 'a forbidden type', files: [{ name: 'setup.exe', content: Buffer.from('MZ\x90\x00') }], field: 'lampiran', message: 'Jenis berkas "setup.exe" tidak diterima.' },
    { name: 'a file whose content is not its type', files: [{ name: 'laporan.pdf', content: Buffer.from('MZ\x90\x00 not a pdf') }], field: 'lampiran', message: 'Isi berkas "laporan.pdf" tidak sesuai dengan jenisnya (.pdf).' },
  ];

  it.each(bad)('refuses $name with the Indonesian message beside the field, keeps the values and stores nothing', async (c) => {
    const before = await stored();
    const fields = { ...GOOD, ...c.fields };
    const response = await post(fields, c.files ?? [{ name: 'ok.pdf', content: PDF }]);
    expect(response.statusCode).toBe(422);
    expect(errorBeside(response.body, c.field)).toContain(c.message);
    expect(response.body).toMatch(new RegExp(`id="f-${c.field}" aria-describedby="[^"]*e-${c.field}" aria-invalid="true"`));
    expect(response.body).toContain('role="alert"');
    // What was typed is still there, attachments must be chosen again.
    expect(response.body).toContain(`value="${fields.instansi}"`);
    expect(response.body).toContain(`>${fields.pertanyaan}</textarea>`);
    expect(response.body).toContain('Berkas lampiran perlu dipilih ulang.');
    expect(await stored()).toEqual(before);
  });

  it('refuses a form whose hidden honeypot field was filled, storing nothing', async () => {
    const before = await stored();
    const response = await post({ ...GOOD, situs_web: 'http://spam.example' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('program otomatis');
    expect(await stored()).toEqual(before);
  });

  it('limits posts per address to 10 a minute with an Indonesian page', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await post({ ...GOOD, nama: '' }, [], '10.9.9.9')).statusCode);
    expect(statuses).toEqual([...Array<number>(10).fill(422), 429]);
    const limited = await post({ ...GOOD }, [], '10.9.9.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('Terlalu Banyak Percobaan');
    expect(limited.body).toContain('Mohon tunggu sebentar, lalu coba lagi.');
    // Another address is not affected.
    expect((await post({ ...GOOD, nama: '' }, [], '10.9.9.10')).statusCode).toBe(422);
  });

  it('has a JSON twin POST /api/helpdesk with the same validation, anonymous', async () => {
    const before = await stored();
    const bad = await t.app.inject({ method: 'POST', url: '/api/helpdesk', payload: { ...GOOD, email: 'wati@', daerah: 'Atlantis' }, remoteAddress: '10.7.1.1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { field: string; message: string }[] } }>().error.details).toEqual([
      { field: 'daerah', message: expect.stringContaining('Daerah "Atlantis" tidak kami temukan') as string },
      { field: 'email', message: 'Email "wati@" tidak valid (contoh: nama@instansi.go.id).' },
    ]);
    expect(await stored()).toEqual(before);
    const good = await t.app.inject({ method: 'POST', url: '/api/helpdesk', payload: { ...GOOD, telepon: undefined }, remoteAddress: '10.7.1.1' });
    expect(good.statusCode).toBe(201);
    const ticket = await db().selectFrom('tickets').select(['number', 'channel', 'region_code']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({ channel: 'helpdesk', region_code: '34.02' });
    const body = good.json<{ ticket_number: number; follow_url: string }>();
    expect(body.ticket_number).toBe(ticket.number);
    expect((await t.app.inject({ method: 'GET', url: new URL(body.follow_url).pathname })).body).toContain(`Konsultasi #${ticket.number}`);
  });
});
