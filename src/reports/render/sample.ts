import type { Channel } from '../../db/schema.ts';
import { percentChange } from '../../platform/format.ts';
import type { ChannelComparable, Comparable, MonthlyReport, TopicCount } from '../types.ts';
import {
  SAMPLE_CHATBOT_MENUS, SAMPLE_EMAIL_BLASTS, SAMPLE_EVALUATION, SAMPLE_PUBLICATIONS, SAMPLE_TOP_PAGES, SAMPLE_VISITS, SAMPLE_WEBINARS,
} from './sample-lists.ts';
import { SAMPLE_NARRATIVE } from './sample-narrative.ts';

/** A figure with its changes worked out as the report does. */
const comparable = (value: number, previous: number, lastYear: number): Comparable => ({
  value, previous, last_year: lastYear,
  change_previous_pct: percentChange(value, previous),
  change_last_year_pct: percentChange(value, lastYear),
});

const TOTAL = 1010;
const channel = (value: number, previous: number, lastYear: number): ChannelComparable => ({ ...comparable(value, previous, lastYear), share: value / TOTAL });
const topic = (code: string, label: string, count: number): TopicCount => ({ topic: code, label, count });
const share = (count: number) => ({ count, share: count / TOTAL });
const zones = (WIB: number, WITA: number, WIT: number, unidentified: number) => ({ WIB, WITA, WIT, unidentified });
const metric = (label: string, value: number, previous: number, lastYear: number) => ({ label, ...comparable(value, previous, lastYear) });

const TOP_TOPICS: Record<Channel, TopicCount[]> = {
  whatsapp: [topic('DBH', 'DBH', 128), topic('DAU', 'DAU', 120), topic('JF_AKPD', 'JF AKPD', 65)],
  email: [topic('SURAT_MASUK', 'Surat Masuk', 104), topic('DBH', 'DBH', 21), topic('DAU', 'DAU', 18)],
  phone: [topic('RESERVASI', 'Reservasi', 16), topic('DAU', 'DAU', 9), topic('SURAT_MASUK', 'Surat Masuk', 7)],
  helpdesk: [topic('DAU', 'DAU', 8), topic('DANA_DESA', 'Dana Desa', 5), topic('SURAT_MASUK', 'Surat Masuk', 4)],
  livechat: [topic('DAU', 'DAU', 2), topic('DBH', 'DBH', 1), topic('PERMINTAAN_DATA', 'Permintaan Data', 1)],
};

const TOPICS: TopicCount[] = [
  topic('DBH', 'DBH', 166), topic('DAU', 'DAU', 160), topic('SURAT_MASUK', 'Surat Masuk', 120), topic('LAINNYA', 'Lainnya', 97),
  topic('APLIKASI', 'Aplikasi', 61), topic('RESERVASI', 'Reservasi', 54), topic('JF_AKPD', 'JF AKPD', 43), topic('TRANSFER', 'Transfer', 35),
  topic('DAK_FISIK', 'DAK Fisik', 30), topic('NON_DJPK', 'Non-DJPK', 23), topic('PERMINTAAN_DATA', 'Permintaan Data', 21),
  topic('DAK_NON_FISIK', 'DAK Non Fisik', 13), topic('PDRD', 'PDRD', 12), topic('DANA_DESA', 'Dana Desa', 12), topic('DID_IF', 'DID / IF', 5),
  topic('DKD', 'DKD', 5), topic('SHSR', 'SHSR', 5), topic('SPAM', 'Spam', 5), topic('EV_KEUDA', 'Ev. Keuda', 4), topic('HIBAH', 'Hibah', 4),
  topic('PEMBIAYAAN', 'Pembiayaan', 4), topic('PENGADUAN', 'Pengaduan', 4), topic('MAGANG', 'Magang', 2),
];

const team = (name: string, code: string, unit: string, count: number, score: number, days: number) => ({
  team: name, team_code: code, unit, count, share: count / 67, score, pending: 0, mean_working_days: days,
});

const agent = (username: string, name: string, ratings: number, raters: number, service: number, substance: number) => {
  const meets = ratings >= 5 && raters >= 5;
  return { agent: username, name, ratings, raters, service, substance, score: (service + substance) / 2, meets_minimum: meets };
};

/** The seed report's January 2025 figures (pages 2-37), for tests and the console's preview. */
export function sampleReport(): MonthlyReport {
  return {
    month: '2025-01', previous_month: '2024-12', last_year_month: '2024-01', generated_at: '2025-02-03T02:15:00.000Z',
    consultations: {
      total: comparable(1010, 1112, 1304),
      by_channel: { whatsapp: channel(695, 771, 1028), email: channel(219, 237, 181), phone: channel(60, 63, 63), helpdesk: channel(32, 28, 10), livechat: channel(4, 13, 22) },
    },
    user_categories: { pemda: share(824), kl: share(93), akademisi: share(33), lainnya: share(60) },
    topics: TOPICS,
    channel_top_topics: TOP_TOPICS,
    top_regions: [
      { region_code: '19.03', region_name: 'Kab. Bangka Selatan', count: 11, topics: ['DAU', 'APLIKASI', 'SURAT_MASUK'] },
      { region_code: '71.71', region_name: 'Kota Manado', count: 11, topics: ['DKD', 'SURAT_MASUK'] },
      { region_code: '35.13', region_name: 'Kab. Probolinggo', count: 11, topics: ['SHSR', 'DBH', 'SURAT_MASUK'] },
    ],
    service_hours: {
      identified: 987, unidentified: 23, inside: zones(635, 265, 54, 14), outside: zones(19, 9, 5, 9), outside_total: 42,
      outside_escalated: { count: 3, share: 3 / 42, topics: ['DBH', 'DID_IF'] },
    },
    complaints: {
      count: comparable(4, 8, 1),
      items: [{
        ticket: 501, tickets: [501, 502, 503, 504], numbers: [10501, 10502, 10503, 10504], count: 4, unidentified_regions: 1,
        subject: 'Surat Palsu Undangan Pendidikan/Pelatihan Tugas dan Tanggung Jawab Bagi Staff Bidang Keuangan dan Bendahara',
        regions: ['Kab. Bogor', 'Kab. Cirebon', 'Kota Samarinda'],
      }],
    },
    escalation: {
      total: comparable(67, 72, 58),
      teams: [
        team('Sekretariat', 'SEKRETARIAT', 'SEKRETARIAT', 5, 120, 0.8), team('Direktorat DDIOKK', 'DDIOKK', 'DDIOKK', 6, 120, 0.7),
        team('Direktorat P2D', 'P2D', 'P2D', 3, 120, 0.3), team('Direktorat DTU', 'DTU', 'DTU', 15, 118.7, 1.1),
        team('Direktorat DTK', 'DTK', 'DTK', 12, 118.2, 1.2), team('Direktorat PDRD', 'PDRD', 'PDRD', 7, 117.1, 1.3),
        team('Tim Reguler Penyaluran Dana Transfer', 'SIPT', 'SIPT', 19, 114.7, 1.6),
      ],
    },
    satisfaction: {
      minimum: { ratings: 5, raters: 5 },
      agents: [agent('linna', 'Linna', 42, 39, 4.9, 4.8), agent('hanna', 'Hanna', 37, 35, 4.8, 4.8), agent('dian', 'Dian', 30, 28, 4.7, 4.8),
        agent('horas', 'Horas', 12, 11, 4.6, 4.5), agent('ronald', 'Ronald', 4, 4, 5, 5)],
    },
    chatbot: { users: comparable(374, 337, 577), sessions: 452, handed_to_agent: 78, by_menu: SAMPLE_CHATBOT_MENUS },
    video_conferences: {
      count: comparable(2, 4, 2),
      no_show: 0,
      items: [{ date: '2025-01-07', region: 'Kab. Banjarnegara', topics: ['DID_IF'] }, { date: '2025-01-31', region: 'Kab. Kolaka', topics: ['JF_AKPD'] }],
    },
    face_to_face: { count: comparable(24, 33, 25), guest_limit: 5, over_guest_limit: SAMPLE_VISITS.filter((v) => (v.guests ?? 0) > 5).length, no_show: 0, items: SAMPLE_VISITS },
    knowledge_base: {
      awaiting_review: [
        { topic: 'PDRD', label: 'PDRD', count: 32, oldest_flagged_at: '2024-11-04T03:00:00.000Z' },
        { topic: 'DBH', label: 'DBH', count: 17, oldest_flagged_at: '2024-11-12T03:00:00.000Z' },
        { topic: 'DAK_FISIK', label: 'DAK Fisik', count: 11, oldest_flagged_at: '2024-12-02T03:00:00.000Z' },
        { topic: 'HIBAH', label: 'Hibah', count: 5, oldest_flagged_at: null },
      ],
      total_awaiting_review: 65,
    },
    broadcasts: { email: { count: comparable(6, 4, 3), items: SAMPLE_EMAIL_BLASTS }, whatsapp: { count: comparable(0, 0, 2), items: [] } },
    outreach: {
      metrics: {
        website_publications: metric('Publikasi website', 15, 12, 7),
        website_active_users: metric('Pengunjung website (active users)', 104000, 90000, 58000),
        webinars: metric('Publikasi webinar', 3, 12, 9),
        social_posts_avg: metric('Rata-rata publikasi konten media sosial', 36, 34, 39),
        instagram_followers: metric('Pengikut Instagram', 118723, 118585, 117069),
        x_followers: metric('Pengikut X (Twitter)', 16612, 16622, 16752),
        facebook_followers: metric('Pengikut Facebook', 14278, 14249, 13991),
        ppid_requests: metric('Permohonan informasi PPID', 19, 25, 17),
      },
      lists: { publications: SAMPLE_PUBLICATIONS, webinars: SAMPLE_WEBINARS, top_pages: SAMPLE_TOP_PAGES },
    },
    evaluation: SAMPLE_EVALUATION,
    narrative: Object.values(SAMPLE_NARRATIVE).flat(),
    narrative_by_section: SAMPLE_NARRATIVE,
  };
}
