/** Figures from other systems: website, webinars, social media, PPID, employee advocacy (seed pages 2-5, 29-31, 36). */
import type { Comparable } from '../types.ts';
import { change, compared, d, list, monthNames, n, versus, type MonthNames, type ReportFigures } from './words.ts';

type Metric = (figure: Comparable, names: MonthNames, r: ReportFigures) => string[];

/** Sentences of a metric when it was recorded for the month; none otherwise. */
const about = (r: ReportFigures, metric: string, sentences: Metric): string[] => {
  const figure = r.outreach.metrics[metric];
  return figure ? sentences(figure, monthNames(r), r) : [];
};

export const publicationsNarrative = (r: ReportFigures): string[] => about(r, 'website_publications', (p, names) => {
  const types = [...new Set((r.outreach.lists.publications ?? []).map((i) => i.type.trim()).filter(Boolean))];
  return [
    `Pada bulan ${names.monthOnly}, terdapat ${n(p.value)} publikasi pada Website DJPK${types.length ? ` yang terdiri atas ${list(types)}` : ''}.`,
    ...compared(p, { what: 'Jumlah publikasi website', noun: 'publikasi website' }, names, () => [
      `Jumlah publikasi website bulan ${names.monthOnly} ${versus(p.value, p.previous)} bulan sebelumnya (${n(p.previous)}) dan ${versus(p.value, p.last_year)} bulan ${names.lastYear} (${n(p.last_year)}).`,
    ]),
  ];
});

export const webinarsNarrative = (r: ReportFigures): string[] => about(r, 'webinars', (w, names) =>
  compared(w, { what: 'Jumlah publikasi webinar', noun: 'publikasi webinar' }, names, () => [
    `Publikasi webinar bulan ${names.month} ${versus(w.value, w.previous, 'jika dibandingkan dengan')} publikasi webinar bulan sebelumnya (${n(w.previous)}) dan ${versus(w.value, w.last_year, 'jika dibandingkan dengan')} publikasi webinar ${names.lastYear} (${n(w.last_year)}).`,
  ]));

export const websiteNarrative = (r: ReportFigures): string[] => about(r, 'website_active_users', (v, names) =>
  compared(v, { what: 'Jumlah pengunjung website DJPK', noun: 'pengunjung website DJPK' }, names, () => [
    `Jumlah pengunjung website DJPK selama bulan ${names.month} sekitar ${n(v.value)}, ${versus(v.value, v.previous)} bulan sebelumnya (${n(v.previous)}).`,
    `Jika dibandingkan dengan ${names.lastYear} (${n(v.last_year)}), pengunjung website pada bulan ${names.month} ${change(v.value, v.last_year)}.`,
  ]));

const FOLLOWERS = [['instagram_followers', 'Instagram'], ['x_followers', 'X (Twitter)'], ['facebook_followers', 'Facebook']] as const;

export function socialMediaNarrative(r: ReportFigures): string[] {
  const average = about(r, 'social_posts_avg', (s, names) =>
    compared(s, { what: 'Rata-rata publikasi konten media sosial DJPK', noun: 'publikasi konten media sosial', format: d }, names, () => [
      `Rata-rata publikasi konten media sosial DJPK pada bulan ${names.month} ${versus(s.value, s.previous)} bulan sebelumnya (${d(s.previous)}).`,
      `Jika dibandingkan dengan ${names.lastYear} (${d(s.last_year)}), rata-rata publikasi konten ${change(s.value, s.last_year)}.`,
    ]));
  const followers = FOLLOWERS.flatMap(([metric, platform]) => about(r, metric, (f, names) => [
    `Jumlah pengikut ${platform} DJPK per akhir bulan ${names.month} sebanyak ${n(f.value)}${f.previous > 0 ? `, ${versus(f.value, f.previous)} bulan sebelumnya (${n(f.previous)})` : ''}.`,
  ]));
  return [...average, ...followers];
}

export function ppidNarrative(r: ReportFigures): string[] {
  const requests = about(r, 'ppid_requests', (p, names) => [
    `Pada bulan ${names.month} terdapat ${n(p.value)} permohonan informasi melalui PPID DJPK.`,
    ...compared(p, { what: 'Jumlah permohonan informasi PPID', noun: 'permohonan informasi PPID' }, names, () => [
      `Permohonan pada bulan ${names.month} ${versus(p.value, p.previous, 'dibandingkan dengan')} bulan sebelumnya (${n(p.previous)}) dan ${versus(p.value, p.last_year)} ${names.lastYear} (${n(p.last_year)}).`,
    ]),
  ]);
  const topics = (r.outreach.lists.ppid_topics ?? []).map((i) => i.title);
  return topics.length ? [...requests, `Data yang diminta melalui PPID mencakup ${list(topics)}.`] : requests;
}

export const advocacyNarrative = (r: ReportFigures): string[] => about(r, 'advocacy_achievement_pct', (a, names) => [
  `Capaian employee advocacy DJPK pada bulan ${names.month} sebesar ${d(a.value)}% dari target.`,
]);
