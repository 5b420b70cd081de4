import type PptxGenJS from 'pptxgenjs';
import { chartData } from './chart-data.ts';
import type { ReportChart } from './charts.ts';
import { EMPTY_MESSAGE } from './labels.ts';
import type { Box } from './layout.ts';
import type { SectionTable } from './sections/index.ts';
import { fitTables } from './table-fit.ts';
import { estimateTextWidth } from './text-width.ts';

type Slide = PptxGenJS.Slide;

export const MAX_SLIDE_ROWS = 25;
export const DARK_BLUE = '1F3864';
/** Arial: LibreOffice substitutes a metric-compatible font, so text fits the same everywhere. */
export const FONT = 'Arial';
const hex = (color: string): string => color.replace('#', '');

/** Sentences as bullet paragraphs, notes in italics. */
export function addText(slide: Slide, narrative: string[], notes: string[], box: Box, fontSize: number): void {
  if (narrative.length + notes.length === 0) return;
  const paragraphs: PptxGenJS.TextProps[] = [
    ...narrative.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
    ...notes.map((text) => ({ text, options: { italic: true, breakLine: true, color: '404040' } })),
  ];
  slide.addText(paragraphs, { ...box, fontSize, fontFace: FONT, color: '1A1A1A', valign: 'top', paraSpaceAfter: 3, margin: 2, lang: 'id-ID' });
}

// Shown in the reader's locale by PowerPoint: 1.010 in Indonesian, 1,010 in English.
const FORMAT_CODES = { count: '#,##0', score: 'General', percent: '0.00"%"' } as const;

/** A native, editable chart from the same option the PDF renders (chart-data.ts). */
export function addChart(pptx: PptxGenJS, slide: Slide, chart: ReportChart, box: Box): void {
  const data = chartData(chart);
  const colors = data.colors.map(hex);
  const common: PptxGenJS.IChartOpts = {
    ...box, showTitle: true, title: chart.title, titleFontSize: 11, titleColor: DARK_BLUE,
    titleFontFace: FONT, catAxisLabelFontFace: FONT, dataLabelFontFace: FONT, legendFontFace: FONT,
    dataLabelFontSize: 9, catAxisLabelFontSize: 9, legendFontSize: 9,
  };
  if (chart.kind === 'pie' || chart.kind === 'doughnut') {
    const series = data.series.map((s) => ({ name: s.name, labels: data.labels, values: s.values }));
    // Many slices: a pie whose slices name themselves (a legend would crowd out the chart).
    const many = data.labels.length > 4;
    slide.addChart(chart.kind === 'pie' || many ? pptx.ChartType.pie : pptx.ChartType.doughnut, series, {
      ...common, chartColors: colors, showPercent: true, showValue: false, dataLabelFormatCode: '0.00%', holeSize: 50,
      ...(many
        ? { showLegend: false, showLabel: true, dataLabelPosition: 'bestFit' as const, dataLabelColor: '262626', showLeaderLines: true }
        : { showLegend: true, legendPos: 'r' as const, dataLabelColor: 'FFFFFF' }),
    });
    return;
  }
  // PowerPoint draws a horizontal bar chart's first category at the bottom: reverse for rankings.
  const flip = chart.kind === 'hbar';
  const labels = flip ? [...data.labels].reverse() : data.labels;
  const series = data.series.map((s) => ({ name: s.name, labels, values: flip ? [...s.values].reverse() : s.values }));
  slide.addChart(pptx.ChartType.bar, series, {
    ...common, barDir: flip ? 'bar' : 'col', chartColors: flip ? [...colors].reverse() : colors,
    showValue: true, dataLabelPosition: 'outEnd', dataLabelFormatCode: FORMAT_CODES[chart.unit],
    valAxisHidden: true, valAxisMinVal: 0, valGridLine: { style: 'none' }, showLegend: series.length > 1, legendPos: 'b', barGapWidthPct: 60,
  });
}

const POINTS_PER_INCH = 72;

/** Tables stacked in the box (inches), each with a bold title line and a dark header row; sizes from table-fit.ts. */
export function addTables(slide: Slide, tables: SectionTable[], box: Box): void {
  const inPoints = { x: 0, y: 0, w: box.w * POINTS_PER_INCH, h: box.h * POINTS_PER_INCH };
  const fit = fitTables(tables, inPoints, MAX_SLIDE_ROWS, estimateTextWidth);
  const { fontSize } = fit;
  const inches = (points: number): number => points / POINTS_PER_INCH;
  let y = box.y;
  for (const t of fit.tables) {
    slide.addText(t.table.title, { x: box.x, y, w: box.w, h: inches(t.titleHeight), fontSize: fontSize + 1, bold: true, color: DARK_BLUE, fontFace: FONT, margin: 0, valign: 'middle' });
    y += inches(t.titleHeight);
    const header: PptxGenJS.TableRow = t.header.map((text) => ({ text, options: { bold: true, color: 'FFFFFF', fill: { color: '1F4E79' } } }));
    const body: PptxGenJS.TableRow[] = t.rows.length
      ? t.rows.map((row, r) => row.map((text, i) => ({
        text, options: { align: t.table.columns[i]?.kind === 'text' ? 'left' : 'right', fill: { color: r % 2 ? 'F2F2F2' : 'FFFFFF' } },
      })))
      : [[{ text: EMPTY_MESSAGE, options: { colspan: t.widths.length, italic: true } }]];
    const heights = [t.headerHeight, ...t.rowHeights].map(inches);
    slide.addTable([header, ...body], {
      x: box.x, y, w: box.w, colW: t.widths.map(inches), rowH: heights,
      fontSize, fontFace: FONT, valign: 'middle', margin: [1, 3, 1, 3], border: { type: 'solid', pt: 0.5, color: 'BFBFBF' }, autoPage: false,
    });
    y += heights.reduce((a, b) => a + b, 0) + inches(t.gap);
  }
}
