import type { Box } from './layout.ts';
import { displayRows, type SectionTable } from './sections/index.ts';

/**
 * Fits a section's tables into their box, in points, for slides and pages alike: the largest font
 * size at which every table (title, header, rows) fits, each cell wrapped on whole words and cut
 * to at most four lines (two when space is short). The PDF measures text with its real font; the PPTX estimates (width.ts).
 */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

export interface FittedTable {
  table: SectionTable;
  header: string[];
  rows: string[][];
  widths: number[];
  titleHeight: number;
  headerHeight: number;
  rowHeights: number[];
  /** Space after the table. */
  gap: number;
}

export interface TableFit {
  fontSize: number;
  tables: FittedTable[];
  /** Numbers and header words each fit on one line of their column (nothing breaks mid-word). */
  unbroken: boolean;
}

const CELL_PADDING_X = 6;
const CELL_PADDING_Y = 3;
const MAX_CELL_LINES = 2;
const MAX_HEADER_LINES = 3;
const HEADER_WORDS_MAY_BREAK_AT = 8;

export function fitTables(tables: SectionTable[], box: Box, maxRows: number, measure: Measure, fonts = { max: 10, min: 6 }): TableFit {
  const texts = tables.map((table) => displayRows(table, maxRows));
  const fits = (fit: TableFit): boolean => height(fit) <= box.h && fit.unbroken;
  let fit = layoutAt(tables, texts, box, measure, fonts.max, MAX_CELL_LINES);
  // Largest font first; at each size, long cells may take up to four lines before they are cut to two.
  for (let size = fonts.max; size >= fonts.min; size -= 0.5) {
    for (const cellLines of [4, MAX_CELL_LINES]) {
      fit = layoutAt(tables, texts, box, measure, size, cellLines);
      if (fits(fit)) return fit;
    }
  }
  return fit;
}

const height = (fit: TableFit): number =>
  fit.tables.reduce((sum, t) => sum + t.titleHeight + t.headerHeight + t.rowHeights.reduce((a, b) => a + b, 0) + t.gap, 0);

function layoutAt(tables: SectionTable[], texts: string[][][], box: Box, measure: Measure, fontSize: number, cellLines: number): TableFit {
  const fitted = tables.map((table, index) => fitTable(table, texts[index] ?? [], box.w, (text, bold) => measure(text, fontSize, bold), fontSize, cellLines));
  return { fontSize, tables: fitted.map((f) => f.table), unbroken: fitted.every((f) => f.unbroken) };
}

function fitTable(table: SectionTable, texts: string[][], width: number, measure: (text: string, bold: boolean) => number, fontSize: number, cellLines: number) {
  const lineHeight = fontSize * 1.2;
  const total = table.columns.reduce((n, c) => n + c.width, 0);
  const widths = table.columns.map((c) => (width * c.width) / total);
  const room = widths.map((w) => w - CELL_PADDING_X);
  const fitsLine = (text: string, i: number, bold: boolean): boolean => measure(text, bold) <= (room[i] ?? 0);
  // Numbers never wrap; header words may, but only once the font is already small.
  const unbroken = table.columns.every((c, i) =>
    (fontSize <= HEADER_WORDS_MAY_BREAK_AT || c.header.split(/\s+/).every((word) => fitsLine(word, i, true)))
    && (c.kind === 'text' || texts.every((row) => fitsLine(row[i] ?? '', i, false))));
  const fitRow = (cells: string[], bold: boolean, maxLines: number): { cells: string[]; height: number } => {
    const wrapped = cells.map((text, i) => wrap(text, room[i] ?? 0, (t) => measure(t, bold), maxLines));
    return { cells: wrapped.map((w) => w.text), height: Math.max(1, ...wrapped.map((w) => w.lines)) * lineHeight + CELL_PADDING_Y };
  };
  const header = fitRow(table.columns.map((c) => c.header), true, MAX_HEADER_LINES);
  const rows = texts.map((cells) => fitRow(cells, false, cellLines));
  const body = rows.length ? rows : [{ cells: [], height: lineHeight + CELL_PADDING_Y }];
  const fitted: FittedTable = {
    table, widths, header: header.cells, rows: rows.map((r) => r.cells),
    titleHeight: (fontSize + 1) * 1.5, headerHeight: header.height, rowHeights: body.map((r) => r.height), gap: fontSize,
  };
  return { table: fitted, unbroken };
}

/** Greedy word wrap: how many lines the text takes, cut with '...' after `maxLines`. */
export function wrap(text: string, width: number, measure: (text: string) => number, maxLines: number): { text: string; lines: number } {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
    // A single word wider than the column is broken by the renderer: count its extra lines.
    while (measure(line) > width && line.length > 1 && lines.length < maxLines) {
      const cut = Math.max(1, Math.floor((line.length * width) / measure(line)));
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { text, lines: Math.max(lines.length, 1) };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 1 && measure(`${last}...`) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}...`;
  return { text: kept.join(' '), lines: maxLines };
}
