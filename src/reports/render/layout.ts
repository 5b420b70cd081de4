import type { ReportSection } from './sections/index.ts';

/**
 * Where a section's parts go on a 16:9 slide or a landscape page, in the unit of the caller
 * (inches for PPTX, points for PDF): the sentences across the top, then the charts on the left
 * and the tables on the right (or either alone across the full width).
 */
export interface Box { x: number; y: number; w: number; h: number }

export interface SectionLayout {
  text: Box;
  charts: Box[];
  tables: Box;
}

export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
  gap: number;
  /** Height of one line of body text, and about how many characters fit on a full-width line. */
  lineHeight: number;
  charsPerLine: number;
  /** Most body rows a table shows (displayRows). */
  maxRows: number;
}

/** Tables longer than this take the full height on the right; the sentences then sit above the charts. */
const TALL_TABLE_LINES = 16;

/** Lines the sentences and notes take across the full width, one paragraph each. */
export function textLines(section: ReportSection, charsPerLine: number): number {
  return [...section.narrative, ...section.notes].reduce((n, p) => n + Math.max(1, Math.ceil(p.length / charsPerLine)), 0);
}

export function sectionLayout(section: ReportSection, frame: Frame): SectionLayout {
  const { x, y, w, h, gap } = frame;
  const hasCharts = section.charts.length > 0;
  const hasTables = section.tables.length > 0;
  const chartW = w * 0.45;
  const right: Box = { x: x + chartW + gap, y, w: w - chartW - gap, h };
  if (hasCharts && hasTables && tableLines(section, frame.maxRows) > TALL_TABLE_LINES) {
    const text = textBox(section, frame, { x, y, w: chartW, h }, 0.5);
    return { text, charts: arrange(below(text, frame), section.charts.length, gap), tables: right };
  }
  const text = textBox(section, frame, { x, y, w, h }, hasCharts || hasTables ? 0.4 : 1);
  const body = below(text, frame);
  if (!hasTables) return { text, charts: split(body, section.charts.length, 'across', gap), tables: { ...body, h: 0 } };
  if (!hasCharts) return { text, charts: [], tables: body };
  return { text, charts: arrange({ ...body, w: chartW }, section.charts.length, gap), tables: { ...right, y: body.y, h: body.h } };
}

/** The sentences' box at the top of `area`: as high as they need, at most `maxShare` of it. */
function textBox(section: ReportSection, frame: Frame, area: Box, maxShare: number): Box {
  const chars = Math.floor((frame.charsPerLine * area.w) / frame.w);
  const wanted = textLines(section, chars) * frame.lineHeight + frame.gap;
  return { ...area, h: Math.min(wanted, area.h * maxShare) };
}

/** What is left of the frame below a box. */
function below(box: Box, frame: Frame): Box {
  const y = box.y + box.h + frame.gap;
  return { x: box.x, y, w: box.w, h: frame.y + frame.h - y };
}

/** Charts stacked or side by side, whichever leaves each chart the larger short side. */
function arrange(box: Box, count: number, gap: number): Box[] {
  const down = split(box, count, 'down', gap);
  const across = split(box, count, 'across', gap);
  const shortSide = (boxes: Box[]): number => Math.min(...boxes.map((b) => Math.min(b.w, b.h)));
  return count > 1 && shortSide(across) > shortSide(down) ? across : down;
}

/** `count` equal boxes side by side ('across') or stacked ('down'). */
function split(box: Box, count: number, direction: 'across' | 'down', gap: number): Box[] {
  if (count === 0) return [];
  if (direction === 'across') {
    const w = (box.w - gap * (count - 1)) / count;
    return Array.from({ length: count }, (_, i) => ({ ...box, x: box.x + i * (w + gap), w }));
  }
  const h = (box.h - gap * (count - 1)) / count;
  return Array.from({ length: count }, (_, i) => ({ ...box, y: box.y + i * (h + gap), h }));
}

/** How many table rows must share the tables' box: each table's title, a header of up to two lines, and a gap. */
export function tableLines(section: ReportSection, maxRows: number): number {
  return section.tables.reduce((n, t) => n + 3.5 + Math.min(Math.max(t.rows.length, 1), maxRows), 0);
}

/** A section as slides and pages show it: without the tables meant for the XLSX only. */
export function pageView(section: ReportSection): ReportSection {
  return section.tables.some((t) => t.sheetOnly) ? { ...section, tables: section.tables.filter((t) => !t.sheetOnly) } : section;
}
