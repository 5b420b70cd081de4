import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { reportRegionName } from '../region-name.ts';
import type { MonthlyReport } from '../types.ts';
import { coverText } from './cover.ts';
import { CHANNEL_LABELS, STATUS_LABELS } from './labels.ts';
import type { ReportSection } from './sections/index.ts';
import { addSectionSheet, addSummarySheet } from './xlsx-sections.ts';
import { monthTicketPages, type TicketExportRow } from './xlsx-tickets.ts';

const TICKET_COLUMNS: { header: string; width: number; numFmt?: string }[] = [
  { header: 'No. Tiket', width: 11 }, { header: 'Dibuat (WIB)', width: 17, numFmt: 'dd/mm/yyyy hh:mm' }, { header: 'Kanal', width: 11 },
  { header: 'Status', width: 11 }, { header: 'Nama Pengguna', width: 24 }, { header: 'Instansi', width: 28 }, { header: 'Daerah', width: 24 },
  { header: 'Zona', width: 8 }, { header: 'Kategori Pengguna', width: 20 }, { header: 'Topik', width: 28 }, { header: 'Pengaduan', width: 10 },
  { header: 'Dalam Jam Layanan', width: 10 }, { header: 'Agen', width: 14 }, { header: 'Tim Eskalasi (L2)', width: 26 },
  { header: 'Respons Pertama (WIB)', width: 17, numFmt: 'dd/mm/yyyy hh:mm' }, { header: 'Selesai (WIB)', width: 17, numFmt: 'dd/mm/yyyy hh:mm' },
  { header: 'Subjek', width: 50 },
];

const JAKARTA_OFFSET_MS = 7 * 3_600_000;
/** Excel dates have no time zone: the cell holds the Asia/Jakarta wall-clock time. */
const jakartaWallClock = (instant: Date | null): Date | null => (instant ? new Date(instant.getTime() + JAKARTA_OFFSET_MS) : null);
const yesNo = (flag: boolean): string => (flag ? 'Ya' : 'Tidak');

function ticketValues(t: TicketExportRow): ExcelJS.CellValue[] {
  return [
    t.number, jakartaWallClock(t.created_at), CHANNEL_LABELS[t.channel] ?? t.channel, STATUS_LABELS[t.status] ?? t.status, t.requester,
    t.institution, t.region_name && t.region_kind ? reportRegionName(t.region_name, t.region_kind) : null, t.zone, t.user_category,
    t.topics, yesNo(t.complaint), yesNo(t.inside_service_hours), t.assignee, t.escalated_team,
    jakartaWallClock(t.first_response_at), jakartaWallClock(t.resolved_at), t.subject,
  ];
}

async function addTicketSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, db: Kysely<Database>, month: string): Promise<void> {
  const sheet = workbook.addWorksheet('Tiket', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TICKET_COLUMNS.map(({ header, width, numFmt }) => ({ header, width, ...(numFmt ? { style: { numFmt } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  for await (const page of monthTicketPages(db, month)) {
    // Each committed row is written out at once, so a page at a time is all that is held in memory.
    for (const ticket of page) sheet.addRow(ticketValues(ticket)).commit();
  }
  sheet.commit();
}

/** The workbook: a summary sheet, one sheet per section, and the month's tickets, written as a stream. */
export async function renderXlsx(db: Kysely<Database>, report: MonthlyReport, sections: ReportSection[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Sapa';
  workbook.created = new Date(report.generated_at);
  addSummarySheet(workbook, coverText(report), report.month, sections);
  for (const section of sections) addSectionSheet(workbook, section);
  await addTicketSheet(workbook, db, report.month);
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
