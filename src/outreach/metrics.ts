/**
 * The monthly figures that come from other systems (seed pages 2-5, 29-31, 36-37). A metric
 * not listed here may still be recorded (import or form); it is shown under its own name.
 */
export type OutreachSection = 'website' | 'webinar' | 'social' | 'instagram' | 'x' | 'facebook' | 'ppid' | 'advocacy';

export interface OutreachMetric {
  name: string;
  label: string;
  section: OutreachSection;
  unit: 'count' | 'percent';
}

const metric = (name: string, label: string, section: OutreachSection, unit: 'count' | 'percent' = 'count'): OutreachMetric => ({ name, label, section, unit });

export const OUTREACH_METRICS: readonly OutreachMetric[] = [
  metric('website_publications', 'Publikasi website', 'website'),
  metric('website_active_users', 'Pengunjung website (active users)', 'website'),
  metric('website_new_users', 'Pengunjung baru website', 'website'),
  metric('website_event_count', 'Jumlah event website', 'website'),
  metric('webinars', 'Publikasi webinar', 'webinar'),
  metric('social_posts_avg', 'Rata-rata publikasi konten media sosial', 'social'),
  metric('instagram_followers', 'Pengikut Instagram', 'instagram'),
  metric('instagram_reach_total', 'Reach Instagram (total)', 'instagram'),
  metric('instagram_reach_avg', 'Reach Instagram (rata-rata)', 'instagram'),
  metric('instagram_posts_feed', 'Unggahan Instagram (feeds)', 'instagram'),
  metric('instagram_posts_story', 'Unggahan Instagram (story)', 'instagram'),
  metric('x_followers', 'Pengikut X (Twitter)', 'x'),
  metric('x_reach_total', 'Reach X (total)', 'x'),
  metric('x_reach_avg', 'Reach X (rata-rata)', 'x'),
  metric('x_posts', 'Konten X', 'x'),
  metric('facebook_followers', 'Pengikut Facebook', 'facebook'),
  metric('facebook_reach_avg', 'Reach Facebook (rata-rata)', 'facebook'),
  metric('facebook_posts', 'Konten Facebook', 'facebook'),
  metric('ppid_requests', 'Permohonan informasi PPID', 'ppid'),
  metric('advocacy_achievement_pct', 'Capaian employee advocacy', 'advocacy', 'percent'),
  metric('advocacy_posts', 'Jumlah medsos employee advocacy', 'advocacy'),
  metric('advocacy_employees', 'Jumlah pegawai employee advocacy', 'advocacy'),
  metric('advocacy_activations', 'Jumlah aktivasi employee advocacy', 'advocacy'),
];

/** Lists kept beside the figures (import.md: `month, list, date, title, type`). */
export const OUTREACH_LISTS = {
  publications: 'Rincian publikasi website',
  webinars: 'Publikasi webinar',
  top_pages: 'Halaman website yang paling banyak diakses',
  ppid_topics: 'Data yang diminta melalui PPID',
} as const;

/** Metrics counted from a list when no figure was recorded for the month. */
export const METRIC_FROM_LIST: Readonly<Record<string, keyof typeof OUTREACH_LISTS>> = {
  website_publications: 'publications',
  webinars: 'webinars',
};

const byName = new Map(OUTREACH_METRICS.map((m) => [m.name, m]));
export const outreachMetric = (name: string): OutreachMetric | undefined => byName.get(name);
export const outreachLabel = (name: string): string => byName.get(name)?.label ?? name;
