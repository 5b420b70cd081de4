import type ExcelJS from 'exceljs';
import { EMPTY_MESSAGE } from './labels.ts';
import type { Cell, CellKind, ReportSection, SectionTable } from './sections/index.ts';
import type { CoverText } from './cover.ts';

/** Numbers stay numbers in the workbook: the format decides how Excel shows them (in the reader's locale). */
const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal: '#,##0.00',
  share: '0.00%',
  percent: '0.00%',
  change: '+0%;-0%;0%',
};

/** A cell's value for Excel: whole percentages (305,58% or a change of -23%) become fractions. */
function cellValue(kind: CellKind, value: Cell): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  return kind === 'percent' || kind === 'change' ? value / 100 : value;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };

function addTable(sheet: ExcelJS.Worksheet, table: SectionTable): void {
  sheet.addRow([table.title]).font = { bold: true, color: { argb: 'FF1F3864' } };
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  table.columns.forEach((_, i) => (header.getCell(i + 1).fill = HEADER_FILL));
  header.commit();
  if (table.rows.length === 0) sheet.addRow([EMPTY_MESSAGE]).font = { italic: true };
  for (const values of table.rows) {
    const row = sheet.addRow(values.map((value, i) => cellValue(table.columns[i]?.kind ?? 'text', value)));
    table.columns.forEach((column, i) => {
      const format = NUMBER_FORMATS[column.kind];
      if (format) row.getCell(i + 1).numFmt = format;
    });
    row.commit();
  }
  sheet.addRow([]);
}

/** One sheet per section: its title, sentences, notes, then every table with typed cells. */
export function addSectionSheet(workbook: ExcelJS.Workbook, section: ReportSection): void {
  const widest = Math.max(1, ...section.tables.map((t) => t.columns.length));
  const sheet = workbook.addWorksheet(section.sheetName);
  sheet.columns = Array.from({ length: widest }, (_, i) => ({ width: i === 0 ? 48 : 18 }));
  sheet.addRow([section.title]).font = { bold: true, size: 14, color: { argb: 'FF1F3864' } };
  for (const sentence of section.narrative) sheet.addRow([sentence]);
  for (const note of section.notes) sheet.addRow([note]).font = { italic: true };
  sheet.addRow([]);
  for (const table of section.tables) addTable(sheet, table);
  sheet.commit();
}

/** The first sheet: what the workbook is, its period, when it was generated, and its sheets. */
export function addSummarySheet(workbook: ExcelJS.Workbook, cover: CoverText, month: string, sections: ReportSection[]): void {
  const sheet = workbook.addWorksheet('Ringkasan');
  sheet.columns = [{ width: 28 }, { width: 60 }];
  sheet.addRow([cover.title]).font = { bold: true, size: 14, color: { argb: 'FF1F3864' } };
  sheet.addRow(['Bulan', month]);
  sheet.addRow(['Periode', cover.period.replace(/^Periode /, '')]);
  sheet.addRow(['Dibuat', cover.generated.replace(/^Dibuat /, '')]);
  sheet.addRow([]);
  sheet.addRow(['Lembar', 'Isi']).font = { bold: true };
  for (const section of sections) sheet.addRow([section.sheetName, section.title]);
  sheet.addRow(['Tiket', 'Tiket bulan ini (satu baris per tiket)']);
  sheet.commit();
}
