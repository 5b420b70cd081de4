import { matchKey, parseBoolean, parseDate, parseDecimal, parseInteger, parseMonth, parseTime, parseTimestamp } from './values.ts';

/** Why a row cannot be imported: the column, the value found and the reason, in words a user understands. */
export class RowProblem extends Error {
  constructor(readonly column: string, readonly value: string, readonly reason: string) {
    super(reason);
    this.name = 'RowProblem';
  }
}

/** A header cell as a column name: "Created At" and "created-at" both mean created_at. */
export const columnName = (header: string): string => header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Column name -> position, first occurrence wins. */
export function headerIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, position) => {
    const column = columnName(name);
    if (column && !index.has(column)) index.set(column, position);
  });
  return index;
}

const TIMESTAMP_HINT = 'bukan waktu yang valid (not a timestamp); tulis 2025-01-02 08:15 (WIB) atau 2025-01-02T08:15:00+07:00';
const DATE_HINT = 'bukan tanggal yang valid (not a date); tulis 2025-01-31 atau 31/01/2025';

/** One data row read by column name; every getter trims, and an empty cell means unknown. */
export class Cells {
  constructor(private readonly index: ReadonlyMap<string, number>, readonly values: readonly string[], readonly line: number) {}

  text(column: string): string {
    const position = this.index.get(column);
    return position === undefined ? '' : (this.values[position] ?? '').trim();
  }

  optional(column: string): string | null {
    return this.text(column) || null;
  }

  required(column: string): string {
    const value = this.text(column);
    if (!value) throw new RowProblem(column, '', 'wajib diisi (required)');
    return value;
  }

  /** Reads a non-empty cell with parse; undefined from parse rejects the row with the hint. */
  parsed<T>(column: string, parse: (text: string) => T | undefined, hint: string): T | null {
    const value = this.text(column);
    if (!value) return null;
    const result = parse(value);
    if (result === undefined) throw new RowProblem(column, value, hint);
    return result;
  }

  timestamp(column: string): Date | null {
    return this.parsed(column, parseTimestamp, TIMESTAMP_HINT);
  }

  requiredTimestamp(column: string): Date {
    this.required(column);
    return this.timestamp(column) as Date;
  }

  date(column: string): string | null {
    return this.parsed(column, parseDate, DATE_HINT);
  }

  time(column: string): string | null {
    return this.parsed(column, parseTime, 'bukan jam yang valid (not a time); tulis HH:MM, misalnya 09:30');
  }

  month(column: string): string | null {
    return this.parsed(column, parseMonth, 'bukan bulan yang valid (not a month); tulis YYYY-MM, misalnya 2025-01');
  }

  boolean(column: string): boolean | null {
    return this.parsed(column, parseBoolean, 'bukan nilai ya/tidak (not a boolean); tulis true/false, 1/0, ya/tidak atau y/n');
  }

  integer(column: string, min: number, max: number): number | null {
    const hint = `harus bilangan bulat ${min}-${max} (must be a whole number from ${min} to ${max})`;
    return this.parsed(column, (text) => {
      const value = parseInteger(text);
      return value !== undefined && value >= min && value <= max ? value : undefined;
    }, hint);
  }

  decimal(column: string): number | null {
    return this.parsed(column, parseDecimal, 'bukan angka (not a number); tulis tanpa pemisah ribuan, misalnya 104000 atau 81.58');
  }

  /** A code or label looked up ignoring case, spaces and punctuation; unknown values reject the row. */
  code<T>(column: string, table: ReadonlyMap<string, T>, what: { id: string; en: string }, known: string): T | null {
    return this.parsed(column, (text) => table.get(matchKey(text)), `${what.id} tidak dikenal (unknown ${what.en}); gunakan: ${known}`);
  }
}
