import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_MESSAGE, REGION_ATTRIBUTION } from './labels.ts';
import { pdfSafe } from './pdf-parts.ts';
import { renderPdf } from './pdf.ts';
import { emptyReport } from './sample-empty.ts';
import { sampleReport } from './sample.ts';
import { buildSections, type ReportSection } from './sections/index.ts';

let pages: string[];
let size: number;
let sections: ReportSection[];

const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

/** Every page's text as pdf.js reads it, items joined by spaces. */
async function pdfPages(buffer: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(buffer), standardFontDataUrl }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await document.destroy();
  return texts;
}

beforeAll(async () => {
  const report = sampleReport();
  report.narrative_by_section.consultations = [...(report.narrative_by_section.consultations ?? []), 'Catatan “khusus” — tanpa ’kutip’ tipografis…'];
  sections = buildSections(report);
  const buffer = await renderPdf(report, sections);
  size = buffer.length;
  pages = await pdfPages(buffer);
});

const pageOf = (key: string): string => pages[sections.findIndex((s) => s.key === key) + 1] ?? '';

describe('PDF rendering', () => {
  it('has a cover and one page per section, at a sane size', () => {
    expect(pages).toHaveLength(sections.length + 1);
    expect(size).toBeGreaterThan(20_000);
    expect(size).toBeLessThan(3_000_000);
  });

  it('states the period and the generation time on the cover', () => {
    expect(pages[0]).toContain('Laporan Bulanan Contact Center DJPK - Januari 2025');
    expect(pages[0]).toContain('Periode 1 Januari 2025 s.d. 31 Januari 2025');
    expect(pages[0]).toContain('Dibuat 03/02/2025 09.15 WIB');
  });

  it('shows the headline figures in id-ID, in the tables and in the charts drawn from SVG', () => {
    const consultations = pageOf('consultations');
    expect(consultations).toContain('Perkembangan Jumlah Konsultasi');
    for (const figure of ['1.010', '1.112', '1.304', 'Des-24', 'Jan-25', 'Jan-24']) expect(consultations).toContain(figure);
    expect(pageOf('user_categories')).toContain('81,58%');
    expect(pageOf('face_to_face')).toContain('Bank BJB');
    expect(pageOf('chatbot')).toContain('Tidak Dilanjutkan');
  });

  it('numbers the pages and attributes the region data where regions are shown', () => {
    expect(pages[1]).toContain('Halaman 2');
    expect(pages.at(-1)).toContain(`Halaman ${pages.length}`);
    expect(pageOf('top_regions')).toContain(REGION_ATTRIBUTION);
    expect(pageOf('consultations')).not.toContain(REGION_ATTRIBUTION);
  });

  it('writes typographic punctuation the standard fonts lack as plain ASCII', () => {
    expect(pageOf('consultations')).toContain('Catatan "khusus" - tanpa \'kutip\' tipografis...');
    expect(pdfSafe('Bé 😀')).toBe('Bé ??');
  });

  it('keeps one page per section for a month without records', async () => {
    const empty = emptyReport();
    const emptySections = buildSections(empty);
    const emptyPages = await pdfPages(await renderPdf(empty, emptySections));
    expect(emptyPages).toHaveLength(emptySections.length + 1);
    expect(emptyPages[2]).toContain('Perkembangan Jumlah Konsultasi');
    expect(emptyPages[2]).toContain(EMPTY_MESSAGE);
  });
});
