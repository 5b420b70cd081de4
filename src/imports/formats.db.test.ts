import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';
import { importFolder, readRejected, whereRejected } from '../../test/fixtures/imports/files.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { runImport } from './run.ts';

let handle: DatabaseHandle;
let files: Awaited<ReturnType<typeof importFolder>>;

const ticket = (ref: string) =>
  handle.db.selectFrom('tickets').selectAll().where('external_ref', '=', ref).executeTakeFirstOrThrow();

beforeAll(async () => {
  handle = await createTestDatabase();
  files = await importFolder();
});
afterAll(async () => {
  await handle.close();
  await files.remove();
});

/** A spreadsheet as a user saves it: real date cells, numbers, rich text, a blank row. */
async function writeWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tiket');
  sheet.addRow(['ID', 'Created At', 'Channel', 'Requester Phone', 'Region', 'Topics', 'CSAT Service', 'CSAT Substance', 'Subject']);
  // Spreadsheet date-times carry no zone: 09:15 as typed, read as Jakarta time.
  sheet.addRow(['W-1', new Date(Date.UTC(2025, 0, 6, 9, 15)), 'Help Desk', 6281233334444, 'Kab. Sleman', 'Dana Desa', 4, 5, { richText: [{ text: 'Penyaluran ' }, { text: 'Dana Desa' }] }]);
  sheet.addRow([]);
  sheet.addRow(['W-2', '2025-01-07 20:00', 'livechat', null, '34', 'aplikasi', 3, 3, 'Lupa kata sandi SIKD']);
  sheet.addRow(['W-3', new Date(Date.UTC(2025, 0, 7, 10, 0)), 'email', null, 'Gotham', null, null, null, 'Wilayah salah']);
  workbook.addWorksheet('Catatan').addRow(['bukan data']);
  await workbook.xlsx.writeFile(file);
}

describe(`import file formats (${testDatabaseKind()})`, () => {
  it('reads a CSV as Excel saves it: BOM, semicolons, CRLF, quoted separators', async () => {
    const summary = await runImport(handle.db, 'tickets', await files.fixture('tickets-excel.csv'));
    expect(summary).toMatchObject({ read: 3, inserted: 2, updated: 0, rejected: 1 });
    expect(await ticket('X-1')).toMatchObject({ subject: 'Dana; bagi hasil', complaint: true, region_code: '32.01', inside_service_hours: true });
    expect(await ticket('X-2')).toMatchObject({ channel: 'phone', region_code: '32.73', inside_service_hours: false, complaint: false });
    // The rejected file keeps the input's BOM and separator, so Excel opens it the same way.
    const raw = await readFile(summary.rejectedFile ?? '', 'utf8');
    expect(raw.startsWith('\uFEFFid;created_at;')).toBe(true);
    const rejected = await readRejected(summary.rejectedFile ?? '', ';');
    expect(whereRejected(rejected)).toEqual([[4, 'channel', 'Fax']]);
    expect(rejected[0]).toMatchObject({ id: 'X-3', subject: 'Kanal salah' });
  });

  it('rejects a row with more cells than the header (an unquoted separator)', async () => {
    const file = await files.write('unquoted.csv', 'id,created_at,channel,subject\nU-1,2025-01-06 09:00,whatsapp,Dana, bagi hasil\nU-2,2025-01-06 09:05,whatsapp,"Dana, bagi hasil",\n');
    const summary = await runImport(handle.db, 'tickets', file);
    expect(summary).toMatchObject({ read: 2, inserted: 1, rejected: 1 });
    const [row] = await readRejected(summary.rejectedFile ?? '');
    expect(row).toMatchObject({ id: 'U-1', subject: 'Dana', line: '2', column: '(kolom 5)', value: 'bagi hasil' });
    expect(row?.reason).toMatch(/more cells than header columns/);
    expect(await ticket('U-2')).toMatchObject({ subject: 'Dana, bagi hasil' });
  });

  it('reads the first sheet of an XLSX file, with date cells as Jakarta time', async () => {
    const file = await files.write('tiket.xlsx', '');
    await writeWorkbook(file);
    const summary = await runImport(handle.db, 'tickets', file);
    expect(summary).toMatchObject({ read: 3, inserted: 2, updated: 0, rejected: 1 });
    const w1 = await ticket('W-1');
    expect(w1).toMatchObject({ channel: 'helpdesk', region_code: '34.04', subject: 'Penyaluran Dana Desa', inside_service_hours: true });
    expect(w1.created_at.toISOString()).toBe('2025-01-06T02:15:00.000Z');
    const identity = await handle.db.selectFrom('contact_identities').select('value').where('contact_id', '=', w1.contact_id).executeTakeFirstOrThrow();
    expect(identity.value).toBe('+6281233334444');
    expect(await ticket('W-2')).toMatchObject({ channel: 'livechat', region_code: '34', inside_service_hours: false });
    const rating = await handle.db.selectFrom('csat_ratings').select(['service', 'substance']).where('ticket_id', '=', w1.id).executeTakeFirstOrThrow();
    expect(rating).toEqual({ service: 4, substance: 5 });
    // Row numbers are the sheet's own (row 3 is blank).
    expect(whereRejected(await readRejected(summary.rejectedFile ?? ''))).toEqual([[5, 'region', 'Gotham']]);
    expect(await runImport(handle.db, 'tickets', file)).toMatchObject({ read: 3, inserted: 0, updated: 2, rejected: 1 });
  });
});
