import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.ts';
import type { Channel } from '../../db/schema.ts';
import { createTestDatabase, testDatabaseKind } from '../../../test/helpers/db.ts';
import { renderReport } from './index.ts';
import { sampleReport } from './sample.ts';
import { buildSections } from './sections/index.ts';
import { monthTicketPages } from './xlsx-tickets.ts';

let handle: DatabaseHandle;
let workbook: ExcelJS.Workbook;
let size: number;
const ids: Record<string, number> = {};

interface TicketSeed { key: string; createdAt: string; channel: Channel; contactId: number; extra?: Record<string, unknown> }

async function insertTicket({ key, createdAt, channel, contactId, extra = {} }: TicketSeed): Promise<void> {
  const row = await handle.db.insertInto('tickets')
    .values({ channel, contact_id: contactId, inside_service_hours: true, created_at: createdAt, subject: `Tiket ${key}`, ...extra })
    .returning('id').executeTakeFirstOrThrow();
  ids[key] = row.id;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const { db } = handle;
  const agent = await db.insertInto('users').values({ username: 'hanna', name: 'Hanna', role: 'agent' }).returning('id').executeTakeFirstOrThrow();
  const dewi = await db.insertInto('contacts').values({ name: 'Dewi', institution: 'BPKAD Kab. Bogor', region_code: '32.01', user_category: 'pemda' }).returning('id').executeTakeFirstOrThrow();
  const budi = await db.insertInto('contacts').values({ name: 'Budi' }).returning('id').executeTakeFirstOrThrow();
  const dtu = await db.selectFrom('teams').select(['id', 'name']).where('unit_code', '=', 'DTU').executeTakeFirstOrThrow();
  await insertTicket({ key: 'before', createdAt: '2024-12-31T23:59:59.999+07:00', channel: 'whatsapp', contactId: budi.id });
  await insertTicket({
    key: 'first', createdAt: '2025-01-05T08:15:00+07:00', channel: 'whatsapp', contactId: dewi.id,
    extra: {
      region_code: '32.01', zone: 'WIB', user_category: 'pemda', assignee_id: agent.id, status: 'resolved',
      first_response_at: '2025-01-05T09:00:00+07:00', resolved_at: '2025-01-06T10:30:00+07:00', subject: 'Alokasi DAU 2025',
    },
  });
  await db.insertInto('ticket_topics').values([{ ticket_id: ids.first!, topic_code: 'DBH' }, { ticket_id: ids.first!, topic_code: 'DAU' }]).execute();
  await db.insertInto('escalations').values({ ticket_id: ids.first!, team_id: dtu.id, escalated_at: '2025-01-05T10:00:00+07:00' }).execute();
  // Two tickets in the same microsecond: the keyset must neither repeat nor skip one of them.
  await insertTicket({ key: 'tieA', createdAt: '2025-01-10T10:00:00.123456+07:00', channel: 'phone', contactId: budi.id });
  await insertTicket({ key: 'tieB', createdAt: '2025-01-10T10:00:00.123456+07:00', channel: 'helpdesk', contactId: budi.id });
  await insertTicket({ key: 'last', createdAt: '2025-01-31T23:59:00+07:00', channel: 'email', contactId: budi.id, extra: { complaint: true, inside_service_hours: false } });
  await insertTicket({ key: 'after', createdAt: '2025-02-01T00:00:00+07:00', channel: 'email', contactId: budi.id });
  workbook = new ExcelJS.Workbook();
  const xlsx = await renderReport(db, sampleReport(), 'xlsx');
  size = xlsx.length;
  // exceljs declares an older Buffer type than @types/node's; the bytes are the same.
  await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
});
afterAll(() => handle.close());

const sheet = (name: string): ExcelJS.Worksheet => {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const rowWith = (ws: ExcelJS.Worksheet, first: string): ExcelJS.Row => {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!found && row.getCell(1).value === first) found = row;
  });
  if (!found) throw new Error(`no row ${first} in ${ws.name}`);
  return found;
};

describe(`XLSX rendering (${testDatabaseKind()})`, () => {
  it('has a summary sheet, one sheet per section, and the tickets sheet', () => {
    expect(size).toBeGreaterThan(10_000);
    expect(size).toBeLessThan(1_000_000);
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(names).toEqual(['Ringkasan', ...buildSections(sampleReport()).map((s) => s.sheetName), 'Tiket']);
    const summary = sheet('Ringkasan');
    expect(summary.getCell('A1').value).toBe('Laporan Bulanan Contact Center DJPK — Januari 2025');
    expect(rowWith(summary, 'Periode').getCell(2).value).toBe('1 Januari 2025 s.d. 31 Januari 2025');
    expect(rowWith(summary, 'Dibuat').getCell(2).value).toBe('03/02/2025 09.15 WIB');
  });

  it('keeps figures as numbers, shares and changes as percent-formatted fractions', () => {
    const channels = sheet('Kanal Layanan');
    const whatsapp = rowWith(channels, 'WhatsApp');
    expect([2, 3, 4].map((c) => whatsapp.getCell(c).value)).toEqual([771, 695, 1028]);
    expect(whatsapp.getCell(3).numFmt).toBe('#,##0');
    expect(whatsapp.getCell(5).value).toBeCloseTo(695 / 1010, 10);
    expect(whatsapp.getCell(5).numFmt).toBe('0.00%');
    expect(whatsapp.getCell(6).value).toBeCloseTo(-0.1, 10);
    expect([2, 3, 4].map((c) => rowWith(channels, 'Jumlah').getCell(c).value)).toEqual([1112, 1010, 1304]);
    expect(rowWith(sheet('Pengguna Layanan'), 'Pemda').getCell(3).value).toBeCloseTo(0.8158, 4);
    expect(rowWith(sheet('Tatap Muka'), 'Konsultasi tatap muka').getCell(3).value).toBe(24);
  });

  it('lists the month’s tickets in Asia/Jakarta time, and none from another month', () => {
    const tickets = sheet('Tiket');
    expect(tickets.getRow(1).getCell(1).value).toBe('No. Tiket');
    expect(tickets.rowCount).toBe(1 + 4);
    const first = tickets.getRow(2);
    expect(first.getCell(2).value).toEqual(new Date('2025-01-05T08:15:00Z'));
    expect(first.getCell(2).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map((c) => first.getCell(c).value)).toEqual([
      'WhatsApp', 'Selesai', 'Dewi', 'BPKAD Kab. Bogor', 'Kab. Bogor', 'WIB', 'Pemda', 'DAU; DBH', 'Tidak', 'Ya', 'hanna', 'Direktorat DTU',
    ]);
    expect(first.getCell(15).value).toEqual(new Date('2025-01-05T09:00:00Z'));
    expect(first.getCell(17).value).toBe('Alokasi DAU 2025');
    const last = tickets.getRow(5);
    expect([3, 11, 12].map((c) => last.getCell(c).value)).toEqual(['Email', 'Ya', 'Tidak']);
    expect(last.getCell(2).value).toEqual(new Date('2025-01-31T23:59:00Z'));
    const subjects = [2, 3, 4, 5].map((r) => tickets.getRow(r).getCell(17).value);
    expect(subjects).not.toContain('Tiket before');
    expect(subjects).not.toContain('Tiket after');
  });

  it('reads the month in keyset pages without repeating or skipping tickets created in the same microsecond', async () => {
    const pages: number[][] = [];
    for await (const page of monthTicketPages(handle.db, '2025-01', 2)) pages.push(page.map((t) => t.id));
    expect(pages).toEqual([[ids.first, ids.tieA], [ids.tieB, ids.last]]);
  });
});
