import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../platform/errors.ts';

/** A data row of an import file: its line (CSV) or row number (XLSX), and its cells as text. */
export interface SourceRow {
  line: number;
  values: string[];
}

/** An import file opened for streaming: the header is read, the rows follow one by one. */
export interface Source {
  header: string[];
  /** How the rejected rows are written back (the input's own separator; a BOM when it had one). */
  delimiter: string;
  bom: boolean;
  totalBytes: number;
  bytesRead(): number;
  rows: AsyncIterable<SourceRow>;
  /** Stops reading (after an error); the file is closed. */
  close(): void;
}

export type FileFormat = 'csv' | 'xlsx';

export function formatOf(filePath: string): FileFormat {
  const extension = path.extname(filePath).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  throw new AppError('validation', `Format berkas tidak dikenal: ${path.basename(filePath)}. Gunakan .csv atau .xlsx (unknown file format: use .csv or .xlsx)`);
}

/** The file's size, or a clear error when it cannot be read. */
export async function fileSize(filePath: string): Promise<number> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new Error('not a file');
    return info.size;
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'tidak ada (no such file)' : `tidak dapat dibaca (unreadable: ${(error as Error).message})`;
    throw new AppError('validation', `Berkas ${filePath} ${why}`);
  }
}

/** Rows whose every cell is empty are blank lines, not records: they are skipped, not counted. */
export const isBlank = (values: readonly string[]): boolean => values.every((value) => value.trim() === '');

export const emptyFileError = (filePath: string): AppError =>
  new AppError('validation', `Berkas ${path.basename(filePath)} kosong: tidak ada baris judul kolom (the file is empty: no header row)`);

export async function openSource(filePath: string): Promise<Source> {
  const format = formatOf(filePath);
  const totalBytes = await fileSize(filePath);
  // Loaded on demand: most imports need only one of the two readers.
  if (format === 'csv') return (await import('./csv-source.ts')).openCsv(filePath, totalBytes);
  return (await import('./xlsx-source.ts')).openXlsx(filePath, totalBytes);
}
