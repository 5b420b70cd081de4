/**
 * The seed report's January 2025 figures as a MonthlyReport (narrative not yet written): for the
 * narrative's tests and for previews of the renderings without a database. Figures the seed shows
 * legibly are the seed's; the rest (marked "invented") are plausible stand-ins.
 */
import type { Channel } from '../db/schema.ts';
import { comparable } from './comparable.ts';
import type { ChannelComparable, MonthlyReport, TopicCount } from './types.ts';

const TOTAL = 1010;
const channel = (value: number, previous: number, lastYear: number): ChannelComparable => ({ ...comparable(value, previous, lastYear), share: value / TOTAL });
const topic = (code: string, label: string, count: number): TopicCount => ({ topic: code, label, count });
const withMetric = (label: string, value: number, previous: number, lastYear: number) => ({ ...comparable(value, previous, lastYear), label });
const items = (list: [string, string, string][]) => list.map(([date, title, type]) => ({ date, title, type }));

const FACE_TO_FACE: [string, string, string[], number][] = [
  ['07', 'Bank BJB', ['Pinjaman'], 6], ['08', 'Bank Sulselbar', ['Pinjaman'], 2], ['08', 'Kab. Bogor', ['DAK Non Fisik'], 5],
  ['13', 'Kab. Lebong', ['DAU'], 7], ['13', 'Kab. Yalimo', ['DAU'], 4], ['14', 'Kab. Fak Fak', ['DAK Fisik'], 1],
  ['15', 'Kab. Padang Lawas', ['DID / IF'], 8], ['15', 'Prov. DKI Jakarta', ['DBH'], 5], ['15', 'Kab. Pasuruan', ['DAU', 'DBH', 'DAK Fisik'], 15],
  ['15', 'Kab. Bojonegoro', ['PDRD'], 4], ['16', 'Kab. Bolaang Mongondow', ['DAU'], 26], ['17', 'Kab. Siak', ['DBH'], 16],
  ['17', 'Kota Pasuruan', ['DBH'], 4], ['17', 'Kab. Banggai Kepulauan', ['SHSR', 'DAU', 'DAK Fisik'], 2], ['21', 'Kab. Bangka Barat', ['DBH'], 6],
  ['22', 'Kota Probolinggo', ['PDRD'], 8], ['22', 'Kota Kendari', ['DAU PPPK'], 4], ['22', 'Kab. Bandung', ['P2D'], 6],
  ['22', 'Kota Bima', ['DAU'], 6], ['23', 'Kab. Kediri', ['DID / IF'], 7], ['23', 'Kab. Kupang', ['DAU'], 2],
  ['23', 'Kab. Ketapang', ['Dana Desa', 'DID / IF', 'DAU'], 12], ['30', 'Kab. Pulau Pisang', ['SEB Tindak Lanjut'], 5], ['31', 'Kota Lubuklinggau', ['DTU'], 7],
];

const team = (name: string, code: string, unit: string, count: number, score: number, days: number) =>
  ({ team: name, team_code: code, unit, count, share: count / 67, score, pending: 0, mean_working_days: days });

export const SEED_JANUARY_2025: Omit<MonthlyReport, 'narrative' | 'narrative_by_section'> = {
  month: '2025-01',
  previous_month: '2024-12',
  last_year_month: '2024-01',
  generated_at: '2025-02-04T03:00:00.000Z',
  consultations: {
    total: comparable(1010, 1112, 1304),
    by_channel: {
      whatsapp: channel(695, 771, 1028), email: channel(219, 237, 181), phone: channel(60, 63, 63),
      helpdesk: channel(32, 28, 10), livechat: channel(4, 13, 22),
    } satisfies Record<Channel, ChannelComparable>,
  },
  user_categories: {
    pemda: { count: 824, share: 824 / TOTAL }, kl: { count: 93, share: 93 / TOTAL },
    akademisi: { count: 33, share: 33 / TOTAL }, lainnya: { count: 60, share: 60 / TOTAL },
  },
  // DBH, DAU and the "Topik Konsultasi Lainnya" counts are the seed's; the rest invented.
  topics: [
    topic('DBH', 'DBH', 166), topic('DAU', 'DAU', 160), topic('SURAT_MASUK', 'Surat Masuk', 120), topic('LAINNYA', 'Lainnya', 97),
    topic('JF_AKPD', 'JF AKPD', 80), topic('RESERVASI', 'Reservasi', 54), topic('NON_DJPK', 'Non-DJPK', 23),
    topic('PERMINTAAN_DATA', 'Permintaan Data', 21), topic('SPAM', 'Spam', 5), topic('PENGADUAN', 'Pengaduan', 4), topic('MAGANG', 'Magang', 2),
  ],
  channel_top_topics: {
    whatsapp: [topic('DBH', 'DBH', 128), topic('DAU', 'DAU', 120), topic('JF_AKPD', 'JF AKPD', 65)],
    email: [topic('SURAT_MASUK', 'Surat Masuk', 98), topic('DBH', 'DBH', 21), topic('DAU', 'DAU', 18)],
    phone: [topic('RESERVASI', 'Reservasi', 16), topic('DAU', 'DAU', 12), topic('SURAT_MASUK', 'Surat Masuk', 9)],
    helpdesk: [topic('DAU', 'DAU', 9), topic('DANA_DESA', 'Dana Desa', 5), topic('SURAT_MASUK', 'Surat Masuk', 4)],
    livechat: [topic('DAU', 'DAU', 2), topic('DBH', 'DBH', 1), topic('PERMINTAAN_DATA', 'Permintaan Data', 1)],
  },
  top_regions: [
    { region_code: '19.03', region_name: 'Kab. Bangka Selatan', count: 11, topics: ['DAU', 'Aplikasi', 'Surat Masuk'] },
    { region_code: '71.71', region_name: 'Kota Manado', count: 11, topics: ['DKD', 'Surat Masuk'] },
    { region_code: '35.13', region_name: 'Kab. Probolinggo', count: 11, topics: ['SHSR', 'DBH', 'Surat Masuk'] },
  ],
  service_hours: {
    identified: 987, unidentified: 23,
    inside: { WIB: 635, WITA: 265, WIT: 54, unidentified: 14 },
    outside: { WIB: 19, WITA: 9, WIT: 5, unidentified: 9 },
    outside_total: 42,
    outside_escalated: { count: 3, share: 3 / 42, topics: ['DBH', 'DID / IF'] },
  },
  complaints: {
    count: comparable(4, 8, 1),
    items: [{
      ticket: 101, tickets: [101, 140, 233, 250], numbers: [5101, 5140, 5233, 5250], count: 4,
      subject: 'Surat Palsu Undangan Pendidikan/Pelatihan Tugas dan Tanggung Jawab Bagi Staff/ Bidang Keuangan dan Bendahara Penerimaan/Bendahara Pengeluaran dalam Pengelolaan Keuangan Serta Strategi Dalam Menghadapi Audit',
      regions: ['Kab. Bogor', 'Kab. Cirebon', 'Kota Samarinda'], unidentified_regions: 1,
    }],
  },
  // 67 escalations and the team scores are the seed's; counts per team follow its chart, the previous months are invented.
  escalation: {
    total: comparable(67, 58, 40),
    teams: [
      team('Direktorat DDIOKK', 'DDIOKK', 'DDIOKK', 6, 120, 0.8), team('Sekretariat', 'SEKRETARIAT', 'SEKRETARIAT', 5, 120, 0.6),
      team('Direktorat P2D', 'P2D', 'P2D', 4, 120, 0.5), team('Direktorat DTU', 'DTU', 'DTU', 15, 118.7, 1.1),
      team('Direktorat DTK', 'DTK', 'DTK', 11, 118.2, 1.2), team('Direktorat PDRD', 'PDRD', 'PDRD', 7, 117.1, 1.4),
      team('Tim Reguler Penyaluran Dana Transfer', 'SIPT', 'SIPT', 19, 114.7, 1.3),
    ],
  },
  // Invented: the seed's chart is not legible.
  satisfaction: {
    minimum: { ratings: 5, raters: 5 },
    agents: [
      { agent: 'horas', name: 'Horas', ratings: 4, raters: 4, service: 5, substance: 5, score: 5, meets_minimum: false },
      { agent: 'linna', name: 'Linna', ratings: 12, raters: 11, service: 4.9, substance: 5, score: 4.95, meets_minimum: true },
      { agent: 'hanna', name: 'Hanna', ratings: 9, raters: 9, service: 4.8, substance: 4.9, score: 4.85, meets_minimum: true },
      { agent: 'dian', name: 'Dian', ratings: 6, raters: 5, service: 4.5, substance: 4.6, score: 4.55, meets_minimum: true },
      { agent: 'ronald', name: 'Ronald', ratings: 5, raters: 4, service: 4.4, substance: 4.2, score: 4.3, meets_minimum: false },
    ],
  },
  chatbot: {
    users: comparable(374, 337, 577), sessions: 612, handed_to_agent: 238,
    by_menu: [
      { menu: 'Informasi Anggaran Transfer ke Daerah', count: 210 }, { menu: 'Informasi Kunjungan ke DJPK', count: 24 },
      { menu: 'Informasi Aplikasi SIKD-Core', count: 21 }, { menu: 'Informasi Permohonan Data', count: 17 },
      { menu: 'Informasi Pajak dan Retribusi Daerah', count: 10 }, { menu: 'Informasi Fungsional AKPD', count: 8 },
      { menu: 'Informasi Standar Harga Satuan Regional (SHSR)', count: 6 }, { menu: 'Informasi Pembiayaan Daerah', count: 5 },
      { menu: 'Tidak Dilanjutkan', count: 73 },
    ],
  },
  video_conferences: {
    count: comparable(2, 4, 2),
    no_show: 0,
    items: [{ date: '2025-01-07', region: 'Kab. Banjarnegara', topics: ['DID / IF'] }, { date: '2025-01-31', region: 'Kab. Kolaka', topics: ['JF AKPD'] }],
  },
  face_to_face: {
    count: comparable(24, 33, 25), guest_limit: 5, over_guest_limit: FACE_TO_FACE.filter(([, , , guests]) => guests > 5).length, no_show: 0,
    items: FACE_TO_FACE.map(([day, visitor, topics, guests]) => ({ date: `2025-01-${day}`, visitor, topics, guests })),
  },
  // Invented from the shape of the seed's chart.
  knowledge_base: {
    awaiting_review: [
      { topic: 'PDRD', label: 'PDRD', count: 32, oldest_flagged_at: '2024-11-04T02:00:00.000Z' },
      { topic: 'DBH', label: 'DBH', count: 16, oldest_flagged_at: '2024-11-12T02:00:00.000Z' },
      { topic: 'DAK_FISIK', label: 'DAK Fisik', count: 11, oldest_flagged_at: '2024-12-02T02:00:00.000Z' },
      { topic: 'APDT', label: 'APDT', count: 1, oldest_flagged_at: '2025-01-20T02:00:00.000Z' },
    ],
    total_awaiting_review: 60,
  },
  broadcasts: {
    email: {
      count: comparable(6, 9, 4),
      items: [
        { date: '2025-01-05', subject: 'Penyampaian Majalah Media Defis Edisi XXXIX', recipients: 1200 },
        { date: '2025-01-17', subject: 'Penyampaian Keputusan Menteri Keuangan Nomor 1/KM.7/2025', recipients: 1200 },
        { date: '2025-01-20', subject: 'Penyampaian Surat Nomor S-4/PK.4/2025', recipients: 600 },
        { date: '2025-01-20', subject: 'Undangan Bimbingan Teknis Dana Transfer Umum', recipients: 600 },
        { date: '2025-01-24', subject: 'Penyampaian S-15/PK/PK.2/2025', recipients: 600 },
        { date: '2025-01-24', subject: 'Pemberitahuan Kegiatan Bimtek PMK Nomor 67 Tahun 2024', recipients: 600 },
      ],
    },
    // "kendala pada layanan whatsapp blast": none this month nor the month before.
    whatsapp: { count: comparable(0, 0, 12), items: [] },
  },
  outreach: {
    metrics: {
      website_publications: withMetric('Publikasi website', 15, 12, 7),
      website_active_users: withMetric('Pengunjung website (active users)', 104000, 90000, 58000),
      webinars: withMetric('Publikasi webinar', 3, 12, 9),
      social_posts_avg: withMetric('Rata-rata publikasi konten media sosial', 36, 34, 39),
      instagram_followers: withMetric('Pengikut Instagram', 118723, 118585, 117069),
      ppid_requests: withMetric('Permohonan informasi PPID', 19, 25, 17),
      advocacy_achievement_pct: withMetric('Capaian employee advocacy', 305.58, 0, 0),
    },
    lists: {
      publications: items([
        ['2025-01-02', 'Keputusan Menteri Keuangan Nomor 43/KM.7/2024', 'Peraturan'], ['2025-01-02', 'S-4/PK.4/2025', 'Pemberitahuan ke Daerah'],
        ['2025-01-06', 'Jurnal Defis Edisi XV', 'Jurnal Defis'], ['2025-01-08', 'Majalah Media Defis XXXIX', 'Majalah'],
        ['2025-01-09', 'LPEFD Edisi XLVI', 'LPEFD'], ['2025-01-15', 'Alokasi APBD 2025', 'APBD'], ['2025-01-20', 'KEP-1/PPID/2025', 'PPID'],
      ]),
      webinars: items([['2025-01-10', 'Townhall bersama Menteri Keuangan', 'Webinar'], ['2025-01-23', 'Sosialisasi Layanan Kepegawaian', 'Sosialisasi'], ['2025-01-31', 'Penandatanganan Kontrak Kinerja', 'Webinar']]),
      ppid_topics: items([['', 'data anggaran dan realisasi APBD', ''], ['', 'data anggaran dan realisasi Transfer ke Daerah', '']]).map((i) => ({ ...i, date: null })),
    },
  },
  evaluation: 'Koordinasi antara unit eselon II mengenai kebijakan terkini perlu terus ditingkatkan.',
};
