/** Consultations, topics, complaints, users and regions (seed pages 10-16). */
import { change, compared, list, monthNames, n, share, versus, type ReportFigures } from './words.ts';

export function consultationsNarrative(r: ReportFigures): string[] {
  const names = monthNames(r);
  const t = r.consultations.total;
  return compared(t, { what: 'Jumlah konsultasi', noun: 'konsultasi' }, names, () => [
    `Jumlah konsultasi di bulan ${names.month} ${versus(t.value, t.last_year)} bulan ${names.lastYear} (${n(t.last_year)} konsultasi).`,
    `Jika dibandingkan dengan jumlah konsultasi di bulan sebelumnya (${n(t.previous)} konsultasi), jumlah konsultasi di bulan ${names.month} ${change(t.value, t.previous)}.`,
  ]);
}

const TOP = 3;

export function topicsNarrative(r: ReportFigures): string[] {
  if (r.topics.length === 0) return [];
  const top = r.topics.slice(0, TOP).map((t) => `${t.label} (${n(t.count)} tiket)`);
  return [`Topik konsultasi terbanyak pada bulan ${monthNames(r).month} adalah ${list(top)}.`];
}

export function complaintsNarrative(r: ReportFigures): string[] {
  const names = monthNames(r);
  const c = r.complaints.count;
  const sentences = compared(c, { what: 'Jumlah pengaduan', noun: 'pengaduan' }, names, () => [
    `Jumlah pengaduan pada bulan ${names.month} ${versus(c.value, c.previous)} pengaduan bulan sebelumnya (${n(c.previous)}) dan ${versus(c.value, c.last_year, 'jika dibandingkan dengan')} bulan ${names.lastYear} (${n(c.last_year)}).`,
  ]);
  if (r.complaints.items.length === 0) return sentences;
  const items = r.complaints.items.map((item) => {
    const where = [...item.regions, ...(item.unidentified_regions > 0 ? [`${n(item.unidentified_regions)} daerah tidak teridentifikasi`] : [])];
    return where.length ? `${item.subject} (${where.join(', ')})` : item.subject;
  });
  return [...sentences, `Pengaduan pada bulan ${names.month} terdiri dari: ${items.join('; ')}.`];
}

const CATEGORY_LABELS = { pemda: 'Pemda', kl: 'Kementerian/Lembaga', akademisi: 'Akademisi', lainnya: 'Lainnya' } as const;

export function userCategoriesNarrative(r: ReportFigures): string[] {
  if (r.consultations.total.value === 0) return [];
  const categories = (Object.keys(CATEGORY_LABELS) as (keyof typeof CATEGORY_LABELS)[]).map((key) => {
    const c = r.user_categories[key];
    return `${CATEGORY_LABELS[key]} ${share(c.share)} (${n(c.count)} pengguna)`;
  });
  return [`Pengguna layanan pada bulan ${monthNames(r).month} terdiri atas ${list(categories)}.`];
}

export function topRegionsNarrative(r: ReportFigures): string[] {
  if (r.top_regions.length === 0) return [];
  const regions = r.top_regions.map((region) =>
    `${region.region_name} (${n(region.count)} tiket${region.topics.length ? `; topik ${list(region.topics)}` : ''})`);
  return [`Pemda pengguna layanan terbanyak pada bulan ${monthNames(r).month} adalah ${list(regions)}.`];
}
