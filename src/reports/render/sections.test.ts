import { describe, expect, it } from 'vitest';
import { EMPTY_MESSAGE } from './labels.ts';
import { emptyReport } from './sample-empty.ts';
import { sampleReport } from './sample.ts';
import { buildSections, formatCell, OPTIONAL_SECTIONS, type ReportSection } from './sections/index.ts';

const SEED_ORDER = [
  'channels', 'consultations', 'technical_topics', 'other_topics', 'complaints', 'user_categories', 'top_regions', 'service_hours',
  'whatsapp', 'chatbot', 'phone', 'helpdesk', 'livechat', 'email', 'video_conferences', 'face_to_face', 'broadcasts',
  'publications', 'webinars', 'website_visits', 'social_media', 'ppid', 'employee_advocacy', 'knowledge_base', 'satisfaction', 'layer2', 'evaluation',
];

const find = (sections: ReportSection[], key: string): ReportSection => {
  const found = sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};

describe('report sections', () => {
  it('follows the seed order; the optional sections appear only when their figures exist', () => {
    const keys = buildSections(sampleReport()).map((s) => s.key);
    expect(keys).toEqual(SEED_ORDER.filter((k) => k !== 'employee_advocacy'));
    const withAdvocacy = sampleReport();
    withAdvocacy.outreach.metrics.advocacy_achievement_pct = { label: 'Capaian employee advocacy', value: 305.58, previous: 0, last_year: 0, change_previous_pct: null, change_last_year_pct: null };
    expect(buildSections(withAdvocacy).map((s) => s.key)).toEqual(SEED_ORDER);
    expect(OPTIONAL_SECTIONS).toEqual(['social_media', 'employee_advocacy']);
  });

  it('gives every sheet a valid, unique worksheet name', () => {
    const names = buildSections(sampleReport()).map((s) => s.sheetName);
    expect(new Set([...names, 'Ringkasan', 'Tiket']).size).toBe(names.length + 2);
    for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/);
  });

  it('keeps the shape of the deck for an empty month: every mandatory section says there is no data', () => {
    const sections = buildSections(emptyReport());
    expect(sections.map((s) => s.key)).toEqual(SEED_ORDER.filter((k) => !OPTIONAL_SECTIONS.includes(k as never)));
    for (const section of sections) {
      expect(section.empty, section.key).toBe(true);
      expect(section.notes).toEqual([EMPTY_MESSAGE]);
      expect(section.charts).toEqual([]);
    }
  });

  it('shows the channel figures with shares, and the total', () => {
    const channels = find(buildSections(sampleReport()), 'channels');
    const table = channels.tables[0];
    expect(table?.columns.map((c) => c.header)).toEqual(['Uraian', 'Des-24', 'Jan-25', 'Jan-24', 'Porsi Jan-25', 'Perubahan thd Des-24', 'Perubahan thd Jan-24']);
    expect(table?.rows[0]).toEqual(['WhatsApp', 771, 695, 1028, 695 / 1010, -10, -32]);
    expect(table?.rows.at(-1)).toEqual(['Jumlah', 1112, 1010, 1304, 1, -9, -23]);
    expect(formatCell('share', 695 / 1010)).toBe('68,81%');
    expect(formatCell('change', 14)).toBe('+14%');
  });

  it('splits topics into technical and other, as the seed does on pages 12 and 13', () => {
    const sections = buildSections(sampleReport());
    const technical = find(sections, 'technical_topics').tables[0]?.rows.map((r) => r[0]);
    const other = find(sections, 'other_topics').tables[0]?.rows;
    expect(technical?.slice(0, 3)).toEqual(['DBH', 'DAU', 'Aplikasi']);
    expect(technical).not.toContain('Surat Masuk');
    expect(other?.slice(0, 3)).toEqual([['Surat Masuk', 120], ['Lainnya', 97], ['Reservasi', 54]]);
  });

  it('lists the face-to-face visits with the number over the guest limit, and names topics by label', () => {
    const face = find(buildSections(sampleReport()), 'face_to_face');
    const visits = face.tables[0];
    expect(visits?.rows).toHaveLength(24);
    expect(visits?.rows[0]).toEqual([1, '7 Januari 2025', 'Bank BJB', 'Pinjaman', 6]);
    expect(visits?.rows[8]?.[3]).toBe('DAU, DBH, DAK Fisik');
    expect(face.notes[0]).toBe('Kunjungan dengan jumlah tamu melebihi ketentuan (lebih dari 5 orang): 13.');
  });

  it('carries each section its own sentences, by the narrative keys of the report', () => {
    const sections = buildSections(sampleReport());
    expect(find(sections, 'consultations').narrative[0]).toContain('turun 23%');
    expect(find(sections, 'website_visits').narrative[0]).toContain('104.000');
    expect(find(sections, 'phone').narrative).toEqual([]);
    expect(find(sections, 'evaluation').narrative).toHaveLength(2);
  });

  it('attributes the region data on the sections that show regions', () => {
    const shows = buildSections(sampleReport()).filter((s) => s.showsRegions).map((s) => s.key);
    expect(shows).toEqual(['complaints', 'top_regions', 'service_hours', 'video_conferences']);
  });
});
