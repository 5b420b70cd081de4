import PDFDocument from 'pdfkit';
import type { MonthlyReport } from '../types.ts';
import { svgChartRenderer, type SvgChartRenderer } from './chart-svg.ts';
import { coverText } from './cover.ts';
import { ORGANISATION, REGION_ATTRIBUTION } from './labels.ts';
import { pageView, sectionLayout, type Frame } from './layout.ts';
import { DARK_BLUE, drawChart, drawTables, drawText, MAX_PAGE_ROWS, pdfSafe } from './pdf-parts.ts';
import type { ReportSection } from './sections/index.ts';

// A4 landscape, in points.
const PAGE_W = 841.89;
const PAGE_H = 595.28;
const BAND_H = 52;
const MARGIN = 32;
const GOLD = '#F2B33D';
const FRAME: Frame = { x: MARGIN, y: BAND_H + 14, w: PAGE_W - 2 * MARGIN, h: PAGE_H - BAND_H - 14 - 40, gap: 12, lineHeight: 13, charsPerLine: 150, maxRows: MAX_PAGE_ROWS };

function footer(doc: PDFKit.PDFDocument, page: number, attribution: boolean): void {
  const y = PAGE_H - 26;
  doc.moveTo(MARGIN, y - 6).lineTo(PAGE_W - MARGIN, y - 6).lineWidth(0.5).stroke('#BFBFBF');
  doc.font('Helvetica').fontSize(8).fillColor('#595959').text(ORGANISATION, MARGIN, y, { width: 420, lineBreak: false });
  if (attribution) doc.fillColor('#7F7F7F').text(REGION_ATTRIBUTION, PAGE_W / 2, y, { width: 280, align: 'right', lineBreak: false });
  doc.font('Helvetica-Bold').fillColor(DARK_BLUE).text(`Halaman ${page}`, PAGE_W - MARGIN - 80, y, { width: 80, align: 'right', lineBreak: false });
}

function titleBand(doc: PDFKit.PDFDocument, title: string): void {
  doc.rect(0, 0, PAGE_W, BAND_H).fill(DARK_BLUE);
  doc.rect(0, BAND_H, PAGE_W, 3).fill(GOLD);
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#FFFFFF').text(pdfSafe(title), MARGIN, (BAND_H - 18) / 2 + 2, { width: PAGE_W - 2 * MARGIN, lineBreak: false });
}

function coverPage(doc: PDFKit.PDFDocument, report: MonthlyReport): void {
  const cover = coverText(report);
  doc.rect(0, 0, PAGE_W, PAGE_H).fill(DARK_BLUE);
  doc.font('Helvetica-Bold').fontSize(28).fillColor('#FFFFFF').text(pdfSafe(cover.title), 56, 150, { width: PAGE_W - 112 });
  doc.rect(56, doc.y + 12, 200, 4).fill(GOLD);
  doc.font('Helvetica').fontSize(15).fillColor('#FFFFFF')
    .text(pdfSafe(cover.period), 56, doc.y + 32, { width: PAGE_W - 112 })
    .text(pdfSafe(cover.generated), 56, doc.y + 6, { width: PAGE_W - 112 });
  doc.fontSize(12).fillColor('#D9D9D9').text(ORGANISATION, 56, PAGE_H - 70, { width: PAGE_W - 112, lineBreak: false });
}

function sectionPage(doc: PDFKit.PDFDocument, svgCharts: SvgChartRenderer, full: ReportSection, page: number): void {
  const section = pageView(full);
  doc.addPage();
  titleBand(doc, section.title);
  const layout = sectionLayout(section, FRAME);
  drawText(doc, section.narrative, section.notes, layout.text, section.charts.length + section.tables.length ? 10 : 13);
  section.charts.forEach((chart, i) => {
    const box = layout.charts[i];
    if (box) drawChart(doc, svgCharts, chart, box);
  });
  if (section.tables.length) {
    drawTables(doc, section.tables, layout.tables);
  }
  footer(doc, page, section.showsRegions);
}

/** The PDF: a cover stating the period and generation time, then one A4 landscape page per section. */
export function renderPdf(report: MonthlyReport, sections: ReportSection[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0, autoFirstPage: true, info: { Title: pdfSafe(coverText(report).title), Author: 'Sapa' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const svgCharts = svgChartRenderer();
  try {
    coverPage(doc, report);
    sections.forEach((section, i) => sectionPage(doc, svgCharts, section, i + 2));
  } finally {
    svgCharts.dispose();
  }
  doc.end();
  return done;
}
