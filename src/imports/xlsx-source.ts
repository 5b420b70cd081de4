import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../platform/errors.ts';
import { emptyFileError, isBlank, type Source, type SourceRow } from './source.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A spreadsheet date-time holds no time zone: exceljs gives it as if it were UTC. Written
 * back as `YYYY-MM-DD HH:MM:SS`, the import reads it as Jakarta time, as the user typed it.
 */
function spreadsheetDate(value: Date): string {
  const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  return `${date} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
}

/** A cell as the text it shows: rich text joined, a formula's result, a hyperlink's text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return spreadsheetDate(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
  }
  return '';
}

/** exceljs gives a row's values 1-based, with holes where cells are empty. */
function rowValues(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const out: string[] = [];
  for (let i = 1; i < values.length; i++) out.push(cellText(values[i]));
  return out;
}

/** Streams the first sheet of an XLSX file with exceljs's WorkbookReader (constant memory apart from shared strings). */
export async function openXlsx(filePath: string, totalBytes: number): Promise<Source> {
  let bytes = 0;
  const input = createReadStream(filePath);
  input.on('data', (chunk) => (bytes += chunk.length));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });

  async function* firstSheet(): AsyncGenerator<SourceRow> {
    try {
      for await (const sheet of reader) {
        for await (const row of sheet) yield { line: row.number, values: rowValues(row.values) };
        return;
      }
    } catch (error) {
      throw new AppError('validation', `XLSX tidak dapat dibaca (the XLSX file cannot be read): ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      input.destroy();
    }
  }

  const rows = firstSheet();
  let first = await rows.next();
  while (!first.done && isBlank(first.value.values)) first = await rows.next();
  if (first.done) throw emptyFileError(filePath);

  async function* dataRows(): AsyncGenerator<SourceRow> {
    for await (const row of rows) if (!isBlank(row.values)) yield row;
  }

  return {
    header: first.value.values,
    delimiter: ',',
    bom: true,
    totalBytes,
    bytesRead: () => bytes,
    rows: dataRows(),
    close: () => {
      void rows.return(undefined);
      input.destroy();
    },
  };
}
