import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { AppError } from '../platform/errors.ts';
import { emptyFileError, isBlank, type Source, type SourceRow } from './source.ts';

const SNIFF_BYTES = 64 * 1024;
const CANDIDATES = [',', ';', '\t'] as const;

/** The separator of the header line: the candidate that occurs most often outside quotes (Excel writes `;` in many locales). */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = ',';
  for (const [candidate, count] of counts) if (count > (counts.get(best) ?? 0)) best = candidate;
  return best;
}

async function sniff(filePath: string): Promise<{ bom: boolean; delimiter: string }> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const bom = text.startsWith('\uFEFF');
    const firstLine = (bom ? text.slice(1) : text).split(/\r\n|\n|\r/, 1)[0] ?? '';
    return { bom, delimiter: detectDelimiter(firstLine) };
  } finally {
    await handle.close();
  }
}

/** Line breaks in a record's raw text (\r\n, \r or \n each count once), so that every row knows its first line. */
export function lineBreaks(raw: string): number {
  let count = 0;
  for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) count++;
  for (let i = raw.indexOf('\r'); i !== -1; i = raw.indexOf('\r', i + 1)) if (raw.charCodeAt(i + 1) !== 10) count++;
  return count;
}

type ParsedRecord = { record: string[]; raw: string };

function csvError(error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('validation', `CSV tidak dapat dibaca (the CSV cannot be parsed, RFC 4180): ${message}`);
}

/** Streams a CSV file (UTF-8, header row, RFC 4180 quoting; a BOM and `;` or tab separators accepted). */
export async function openCsv(filePath: string, totalBytes: number): Promise<Source> {
  const { bom, delimiter } = await sniff(filePath);
  let bytes = 0;
  const input = createReadStream(filePath);
  input.on('data', (chunk) => (bytes += chunk.length));
  const parser = input.pipe(parse({ bom: true, delimiter, raw: true, relax_column_count: true }));
  input.on('error', (error) => parser.destroy(error));
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<ParsedRecord>;
  let line = 1;

  async function next(): Promise<(SourceRow & { raw: string }) | undefined> {
    try {
      const result = await records.next();
      if (result.done) return undefined;
      const row = { line, values: result.value.record, raw: result.value.raw };
      line += lineBreaks(result.value.raw);
      return row;
    } catch (error) {
      throw csvError(error);
    }
  }

  let header = await next();
  while (header && isBlank(header.values)) header = await next();
  if (!header) throw emptyFileError(filePath);

  async function* rows(): AsyncGenerator<SourceRow> {
    for (let row = await next(); row; row = await next()) {
      if (!isBlank(row.values)) yield { line: row.line, values: row.values };
    }
  }

  return {
    header: header.values,
    delimiter,
    bom,
    totalBytes,
    bytesRead: () => bytes,
    rows: rows(),
    close: () => {
      parser.destroy();
      input.destroy();
    },
  };
}
