import PptxGenJS from 'pptxgenjs';
import type { MonthlyReport } from '../types.ts';
import { coverText } from './cover.ts';
import { ORGANISATION, REGION_ATTRIBUTION } from './labels.ts';
import { pageView, sectionLayout, textLines, type Frame } from './layout.ts';
import { addChart, addTables, addText, DARK_BLUE, FONT, MAX_SLIDE_ROWS } from './pptx-parts.ts';
import type { ReportSection } from './sections/index.ts';

// 16:9 slide, in inches.
const SLIDE_W = 10;
const SLIDE_H = 5.625;
const BAND_H = 0.7;
const MASTER = 'DJPK';
const GOLD = 'F2B33D';
const FRAME: Frame = { x: 0.4, y: BAND_H + 0.15, w: SLIDE_W - 0.8, h: SLIDE_H - BAND_H - 0.65, gap: 0.15, lineHeight: 0.2, charsPerLine: 130, maxRows: MAX_SLIDE_ROWS };

/** The DJPK look: a dark blue title band with a gold rule, the organisation and the page number at the foot. */
function defineMaster(pptx: PptxGenJS): void {
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: SLIDE_W, h: BAND_H, fill: { color: DARK_BLUE } } },
      { rect: { x: 0, y: BAND_H, w: SLIDE_W, h: 0.05, fill: { color: GOLD } } },
      { line: { x: 0.4, y: SLIDE_H - 0.42, w: SLIDE_W - 0.8, h: 0, line: { color: 'BFBFBF', width: 0.5 } } },
      { text: { text: ORGANISATION, options: { x: 0.4, y: SLIDE_H - 0.4, w: 6, h: 0.3, fontSize: 8, color: '595959', fontFace: FONT } } },
    ],
    slideNumber: { x: SLIDE_W - 0.9, y: SLIDE_H - 0.4, w: 0.5, h: 0.3, fontSize: 9, color: DARK_BLUE, align: 'right' },
  });
}

function addCover(pptx: PptxGenJS, report: MonthlyReport): void {
  const cover = coverText(report);
  const slide = pptx.addSlide();
  slide.background = { color: DARK_BLUE };
  slide.addShape(pptx.ShapeType.rect, { x: 0.6, y: 2.55, w: 3, h: 0.06, fill: { color: GOLD } });
  slide.addText(cover.title, { x: 0.6, y: 1.1, w: 8.8, h: 1.3, fontSize: 30, bold: true, color: 'FFFFFF', fontFace: FONT, valign: 'bottom' });
  slide.addText([
    { text: cover.period, options: { breakLine: true } },
    { text: cover.generated, options: { breakLine: true } },
  ], { x: 0.6, y: 2.8, w: 8.8, h: 0.9, fontSize: 16, color: 'FFFFFF', fontFace: FONT, valign: 'top' });
  slide.addText(ORGANISATION, { x: 0.6, y: SLIDE_H - 0.8, w: 8.8, h: 0.4, fontSize: 12, color: 'D9D9D9', fontFace: FONT });
}

function addSectionSlide(pptx: PptxGenJS, full: ReportSection): void {
  const section = pageView(full);
  const slide = pptx.addSlide({ masterName: MASTER });
  slide.addText(section.title, { x: 0.4, y: 0, w: SLIDE_W - 0.8, h: BAND_H, fontSize: 22, bold: true, color: 'FFFFFF', fontFace: FONT, valign: 'middle' });
  const layout = sectionLayout(section, FRAME);
  const crowded = textLines(section, FRAME.charsPerLine) > 5;
  addText(slide, section.narrative, section.notes, layout.text, section.charts.length + section.tables.length ? (crowded ? 10 : 11) : 14);
  section.charts.forEach((chart, i) => {
    const box = layout.charts[i];
    if (box) addChart(pptx, slide, chart, box);
  });
  if (section.tables.length) {
    addTables(slide, section.tables, layout.tables);
  }
  if (section.showsRegions) {
    slide.addText(REGION_ATTRIBUTION, { x: 6.4, y: SLIDE_H - 0.4, w: 2.6, h: 0.3, fontSize: 7, color: '7F7F7F', align: 'right', fontFace: FONT });
  }
}

/** The deck: a title slide, then one slide per section with native charts and tables. */
export async function renderPptx(report: MonthlyReport, sections: ReportSection[]): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = coverText(report).title;
  pptx.company = 'Direktorat Jenderal Perimbangan Keuangan';
  defineMaster(pptx);
  addCover(pptx, report);
  for (const section of sections) addSectionSlide(pptx, section);
  // stream() is write() to a Node buffer that honours `compression` (write ignores it for 'nodebuffer').
  const output = await pptx.stream({ compression: true });
  return Buffer.isBuffer(output) ? output : Buffer.from(output as Uint8Array);
}
