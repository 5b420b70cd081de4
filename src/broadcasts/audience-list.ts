import { parse } from 'csv-parse/sync';
import type { BroadcastChannel } from '../db/schema.ts';
import { normaliseEmail, normalisePhone } from '../contacts/identity.ts';
import { validation } from '../platform/errors.ts';

/** One address of an uploaded list, normalised (E.164 phone or lower-case email). */
export interface ListEntry {
  address: string;
  name: string;
}

/** A row the list could not use, named the way the import reports name them. */
export interface ListProblem {
  line: number;
  column: string;
  value: string;
  message: string;
}

export interface ParsedList {
  rows: number;
  entries: ListEntry[];
  /** The same address twice: kept once. */
  duplicates: number;
  problems: ListProblem[];
}

// Header names people give these columns (case, spaces and punctuation ignored).
const PHONE_HEADERS = new Set(['phone', 'telepon', 'telp', 'nomor', 'nohp', 'hp', 'whatsapp', 'wa', 'nomorwhatsapp', 'nomorhp', 'ponsel']);
const EMAIL_HEADERS = new Set(['email', 'surel', 'alamatemail', 'mail']);
const NAME_HEADERS = new Set(['name', 'nama', 'namalengkap']);
const MAX_ROWS = 100_000;

const key = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');
const delimiterOf = (headerLine: string): string => ((headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',');

/** The records with the line each ends on (a quoted value may span lines). */
function readRecords(csv: string): { line: number; record: string[] }[] {
  const text = csv.replace(/^\uFEFF/, '');
  try {
    const rows = parse(text, { delimiter: delimiterOf(text.split(/\r\n|\n|\r/, 1)[0] ?? ''), relax_column_count: true, info: true }) as unknown as { info: { lines: number }; record: string[] }[];
    return rows.map((r) => ({ line: r.info.lines, record: r.record }));
  } catch (error) {
    throw validation(`CSV tidak dapat dibaca: ${error instanceof Error ? error.message : String(error)}`, [{ field: 'audience.csv', message: 'Periksa tanda kutip dan pemisah kolom' }]);
  }
}

/**
 * An uploaded list (CSV: a header row with a phone or email column and optionally a name
 * column; `,` or `;`; UTF-8 with or without BOM). Rows without a usable address for the
 * blast's channel are reported with their line, and the good rows are kept.
 */
export function parseAudienceCsv(csv: string, channel: BroadcastChannel): ParsedList {
  const [first, ...records] = readRecords(csv);
  const header = first?.record ?? [];
  const wanted = channel === 'whatsapp' ? PHONE_HEADERS : EMAIL_HEADERS;
  const addressAt = header.findIndex((h) => wanted.has(key(h)));
  const nameAt = header.findIndex((h) => NAME_HEADERS.has(key(h)));
  if (addressAt < 0) {
    const expected = channel === 'whatsapp' ? 'phone (atau telepon/whatsapp)' : 'email';
    throw validation(`Daftar penerima membutuhkan kolom ${expected} pada baris judul`, [{ field: 'audience.csv', message: `Kolom ditemukan: ${header.join(', ') || '(kosong)'}` }]);
  }
  if (records.length > MAX_ROWS) throw validation(`Daftar penerima paling banyak ${MAX_ROWS} baris`);
  const column = header[addressAt] ?? '';
  const seen = new Set<string>();
  const result: ParsedList = { rows: 0, entries: [], duplicates: 0, problems: [] };
  for (const { line, record } of records) {
    if (record.every((cell) => !cell.trim())) continue;
    result.rows++;
    const raw = (record[addressAt] ?? '').trim();
    const address = raw ? (channel === 'whatsapp' ? normalisePhone(raw) : normaliseEmail(raw)) : null;
    if (!address) {
      const message = !raw ? 'kosong' : channel === 'whatsapp' ? 'bukan nomor telepon yang valid' : 'bukan alamat email yang valid';
      result.problems.push({ line, column, value: raw, message });
      continue;
    }
    if (seen.has(address)) {
      result.duplicates++;
      continue;
    }
    seen.add(address);
    result.entries.push({ address, name: (nameAt >= 0 ? (record[nameAt] ?? '') : '').replace(/\s+/g, ' ').trim().slice(0, 200) });
  }
  return result;
}
