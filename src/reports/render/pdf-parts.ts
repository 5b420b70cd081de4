import SVGtoPDF from 'svg-to-pdfkit';
import type { SvgChartRenderer } from './chart-svg.ts';
import type { ReportChart } from './charts.ts';
import { EMPTY_MESSAGE } from './labels.ts';
import type { Box } from './layout.ts';
import type { SectionTable } from './sections/index.ts';
import { fitTables } from './table-fit.ts';

export const DARK_BLUE = '#1F3864';
export const MAX_PAGE_ROWS = 25;
const HEADER_FILL = '#1F4E79';

const ASCII: Record<string, string> = {
  '\u2014': '-', '\u2013': '-', '\u2012': '-', '\u2212': '-', '\u2018': "'", '\u2019': "'", '\u201a': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2026': '...', '\u2022': '-', '\u00a0': ' ', '\u202f': ' ',
};

/**
 * Text the standard PDF fonts can show: typographic dashes and quotes become ASCII, and any other
 * character beyond Latin-1 becomes '?', so that no glyph is silently dropped or garbled.
 */
export function pdfSafe(text: string): string {
  return text.replace(/[\u00a0\u0100-\uffff]/g, (ch) => ASCII[ch] ?? '?');
}

/** Sentences as bullets, then notes in italics, cut with an ellipsis if they would overflow the box. */
export function drawText(doc: PDFKit.PDFDocument, narrative: string[], notes: string[], box: Box, fontSize: number): void {
  let y = box.y;
  const bottom = box.y + box.h;
  const paragraphs = [...narrative.map((t) => ({ text: `- ${t}`, italic: false })), ...notes.map((t) => ({ text: t, italic: true }))];
  for (const p of paragraphs) {
    if (y >= bottom - fontSize) break;
    doc.font(p.italic ? 'Helvetica-Oblique' : 'Helvetica').fontSize(fontSize).fillColor(p.italic ? '#404040' : '#1A1A1A');
    const text = pdfSafe(p.text);
    // A little slack: pdfkit's ellipsis otherwise cuts a paragraph whose height fits exactly.
    const h = Math.min(doc.heightOfString(text, { width: box.w }) + fontSize * 0.3, bottom - y);
    doc.text(text, box.x, y, { width: box.w, height: h, ellipsis: true });
    y += h + fontSize * 0.4;
  }
}

/**
 * ECharts gives labels a white halo drawn under the text (paint-order="stroke"); svg-to-pdfkit
 * ignores paint-order and would paint the halo over the text, so the halo is dropped.
 */
const withoutTextHalo = (svg: string): string => svg.replace(/<text([^>]*?) stroke="[^"]*" stroke-width="[^"]*" paint-order="stroke"/g, '<text$1');

/** A chart as vector graphics: the ECharts option rendered to SVG on the server, then drawn into the page. */
export function drawChart(doc: PDFKit.PDFDocument, svgCharts: SvgChartRenderer, chart: ReportChart, box: Box): void {
  const svg = withoutTextHalo(pdfSafe(svgCharts.render(chart, Math.round(box.w), Math.round(box.h))));
  SVGtoPDF(doc, svg, box.x, box.y, { width: box.w, height: box.h, assumePt: true });
}

/** Tables stacked in the box: a bold title line, a dark header row, striped body rows (sizes from table-fit.ts). */
export function drawTables(doc: PDFKit.PDFDocument, tables: SectionTable[], box: Box): void {
  const measure = (text: string, size: number, bold: boolean): number => doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).widthOfString(pdfSafe(text));
  const fit = fitTables(tables, box, MAX_PAGE_ROWS, measure, { max: 9, min: 5.5 });
  const { fontSize } = fit;
  let y = box.y;
  for (const t of fit.tables) {
    doc.font('Helvetica-Bold').fontSize(fontSize + 1).fillColor(DARK_BLUE).text(pdfSafe(t.table.title), box.x, y + 2, { width: box.w, lineBreak: false });
    y += t.titleHeight;
    drawRow(doc, t.header, t.widths, { x: box.x, y, h: t.headerHeight }, { fontSize, header: true, align: t.widths.map(() => 'left') });
    y += t.headerHeight;
    const align = t.table.columns.map((c): 'left' | 'right' => (c.kind === 'text' ? 'left' : 'right'));
    const rows = t.rows.length ? t.rows : [[EMPTY_MESSAGE]];
    rows.forEach((row, r) => {
      const h = t.rowHeights[r] ?? fontSize * 1.5;
      const widths = t.rows.length ? t.widths : [box.w];
      drawRow(doc, row, widths, { x: box.x, y, h }, { fontSize, header: false, align, fill: r % 2 ? '#F2F2F2' : undefined });
      y += h;
    });
    y += t.gap;
  }
}

interface RowStyle {
  fontSize: number;
  header: boolean;
  align: readonly ('left' | 'right')[];
  fill?: string | undefined;
}

function drawRow(doc: PDFKit.PDFDocument, cells: string[], widths: number[], at: { x: number; y: number; h: number }, style: RowStyle): void {
  const width = widths.reduce((a, b) => a + b, 0);
  const fill = style.header ? HEADER_FILL : style.fill;
  if (fill) doc.rect(at.x, at.y, width, at.h).fill(fill);
  doc.rect(at.x, at.y, width, at.h).lineWidth(0.4).stroke('#BFBFBF');
  doc.font(style.header ? 'Helvetica-Bold' : 'Helvetica').fontSize(style.fontSize).fillColor(style.header ? '#FFFFFF' : '#1A1A1A');
  let x = at.x;
  cells.forEach((cell, i) => {
    const w = widths[i] ?? 0;
    const text = pdfSafe(cell);
    const h = Math.min(doc.heightOfString(text, { width: w - 6 }), at.h - 2);
    doc.text(text, x + 3, at.y + (at.h - h) / 2 + 0.5, { width: w - 6, height: h, ellipsis: true, align: style.align[i] ?? 'left' });
    x += w;
  });
}
