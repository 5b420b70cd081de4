import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_MESSAGE, REGION_ATTRIBUTION } from './labels.ts';
import { renderPptx } from './pptx.ts';
import { emptyReport } from './sample-empty.ts';
import { sampleReport } from './sample.ts';
import { buildSections, type ReportSection } from './sections/index.ts';

let zip: JSZip;
let size: number;
let sections: ReportSection[];

const text = async (path: string): Promise<string> => {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} missing`);
  return file.async('string');
};
const numbered = (prefix: string): string[] =>
  Object.keys(zip.files).filter((p) => new RegExp(`^${prefix}\\d+\\.xml$`).test(p)).sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));

beforeAll(async () => {
  const report = sampleReport();
  sections = buildSections(report);
  const buffer = await renderPptx(report, sections);
  size = buffer.length;
  zip = await JSZip.loadAsync(buffer);
});

describe('PPTX rendering', () => {
  it('has a title slide and one slide per section, at a sane size', () => {
    expect(numbered('ppt/slides/slide')).toHaveLength(sections.length + 1);
    expect(size).toBeGreaterThan(50_000);
    expect(size).toBeLessThan(2_000_000);
  });

  it('states the report, its period and when it was generated on the title slide', async () => {
    const cover = await text('ppt/slides/slide1.xml');
    expect(cover).toContain('Laporan Bulanan Contact Center DJPK — Januari 2025');
    expect(cover).toContain('Periode 1 Januari 2025 s.d. 31 Januari 2025');
    expect(cover).toContain('Dibuat 03/02/2025 09.15 WIB');
  });

  it('holds native charts with the months as categories and the figures as values', async () => {
    const charts = await Promise.all(numbered('ppt/charts/chart').map(text));
    expect(charts).toHaveLength(sections.reduce((n, s) => n + s.charts.length, 0));
    const consultations = charts.find((xml) => xml.includes('<c:v>1112</c:v>') && xml.includes('<c:v>1304</c:v>'));
    expect(consultations).toBeDefined();
    const xml = consultations ?? '';
    const at = (needle: string): number => xml.indexOf(needle);
    for (const label of ['Des-24', 'Jan-25', 'Jan-24']) expect(xml).toContain(`<c:v>${label}</c:v>`);
    expect(at('<c:v>Des-24</c:v>')).toBeLessThan(at('<c:v>Jan-25</c:v>'));
    expect(at('<c:v>1112</c:v>')).toBeLessThan(at('<c:v>1010</c:v>'));
    expect(at('<c:v>1010</c:v>')).toBeLessThan(at('<c:v>1304</c:v>'));
    // Editable: each chart carries its data as an embedded workbook.
    expect(Object.keys(zip.files).filter((p) => p.startsWith('ppt/embeddings/') && p.endsWith('.xlsx'))).toHaveLength(charts.length);
  });

  it('puts each section on its own slide with its title, tables and attribution', async () => {
    const slides = await Promise.all(numbered('ppt/slides/slide').slice(1).map(text));
    sections.forEach((section, i) => expect(slides[i]).toContain(`<a:t>${section.title.replace('&', '&amp;')}</a:t>`));
    const faceToFace = slides[sections.findIndex((s) => s.key === 'face_to_face')] ?? '';
    expect(faceToFace).toContain('<a:tbl>');
    expect(faceToFace).toContain('Bank BJB');
    expect(faceToFace).toContain('Kota Lubuklinggau');
    const regions = slides[sections.findIndex((s) => s.key === 'top_regions')] ?? '';
    expect(regions).toContain(REGION_ATTRIBUTION);
    expect(slides[sections.findIndex((s) => s.key === 'consultations')]).not.toContain(REGION_ATTRIBUTION);
  });

  it('keeps the shape of the deck for a month without records', async () => {
    const empty = emptyReport();
    const emptySections = buildSections(empty);
    const deck = await JSZip.loadAsync(await renderPptx(empty, emptySections));
    const slides = Object.keys(deck.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
    expect(slides).toHaveLength(emptySections.length + 1);
    expect(await deck.file('ppt/slides/slide3.xml')?.async('string')).toContain(EMPTY_MESSAGE);
    expect(Object.keys(deck.files).filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))).toEqual([]);
  });
});
