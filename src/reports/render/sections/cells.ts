import { formatDecimal, formatNumber, formatShare } from '../../../platform/format.ts';
import type { Cell, CellKind, SectionTable } from './types.ts';

/** A cell as text for slides and pages (the XLSX keeps numbers as numbers). */
export function formatCell(kind: CellKind, value: Cell): string {
  if (value === null) return '-';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'integer':
      return formatNumber(value);
    case 'decimal':
      return formatDecimal(value, 2);
    case 'share':
      return formatShare(value);
    case 'percent':
      return `${formatDecimal(value, 2)}%`;
    case 'change':
      return value > 0 ? `+${formatNumber(value)}%` : `${formatNumber(value)}%`;
    case 'text':
      return String(value);
  }
}

/**
 * A table's rows as text for one slide or page: at most `maxRows`, the last one then saying how
 * many rows were left out (the XLSX has them all); long texts shortened to `maxChars`.
 */
export function displayRows(table: SectionTable, maxRows: number, maxChars = 140): string[][] {
  const shorten = (text: string): string => (text.length > maxChars ? `${text.slice(0, maxChars - 3).trimEnd()}...` : text);
  const rows = table.rows.map((row) => row.map((cell, i) => shorten(formatCell(table.columns[i]?.kind ?? 'text', cell))));
  if (rows.length <= maxRows) return rows;
  const kept = rows.slice(0, maxRows - 1);
  const note = `... dan ${formatNumber(rows.length - kept.length)} baris lainnya (lihat XLSX)`;
  // The note goes in the widest column, where it has room to be read.
  const widest = table.columns.reduce((best, c, i) => (c.width > (table.columns[best]?.width ?? 0) ? i : best), 0);
  return [...kept, table.columns.map((_, i) => (i === widest ? note : ''))];
}
