import type { MonthlyReport } from '../types.ts';

/** The seed report's January 2025 lists (pages 2, 3, 4, 27, 28, 36): data for sample.ts. */

type Visit = MonthlyReport['face_to_face']['items'][number];
const visit = (day: number, visitor: string, topics: string[], guests: number): Visit => ({
  date: `2025-01-${String(day).padStart(2, '0')}`, visitor, topics, guests,
});

/** Seed page 28; topic codes where the seed's words name a known topic, the seed's words otherwise. */
export const SAMPLE_VISITS: Visit[] = [
  visit(7, 'Bank BJB', ['Pinjaman'], 6),
  visit(8, 'Bank Sulselbar', ['Pinjaman'], 2),
  visit(8, 'Kab. Bogor', ['DAK_NON_FISIK'], 5),
  visit(13, 'Kab. Lebong', ['DAU'], 7),
  visit(13, 'Kab. Yalimo', ['DAU'], 4),
  visit(14, 'Kab. Fak Fak', ['DAK_FISIK'], 1),
  visit(15, 'Kab. Padang Lawas', ['DID_IF'], 8),
  visit(15, 'Prov. DKI Jakarta', ['DBH'], 5),
  visit(15, 'Kab. Pasuruan', ['DAU', 'DBH', 'DAK_FISIK'], 15),
  visit(15, 'Kab. Bojonegoro', ['PDRD'], 4),
  visit(16, 'Kab. Bolaang Mongondow', ['DAU'], 26),
  visit(17, 'Kab. Siak', ['DBH'], 16),
  visit(17, 'Kota Pasuruan', ['DBH'], 4),
  visit(17, 'Kab. Banggai Kepulauan', ['SHSR', 'DAU', 'DAK_FISIK'], 2),
  visit(21, 'Kab. Bangka Barat', ['DBH'], 6),
  visit(22, 'Kota Probolinggo', ['PDRD'], 8),
  visit(22, 'Kota Kendari', ['DAU PPPK'], 4),
  visit(22, 'Kab. Bandung', ['P2D'], 6),
  visit(22, 'Kota Bima', ['DAU'], 6),
  visit(23, 'Kab. Kediri', ['DID_IF'], 7),
  visit(23, 'Kab. Kupang', ['DAU'], 2),
  visit(23, 'Kab. Ketapang', ['DANA_DESA', 'DID_IF', 'DAU'], 12),
  visit(30, 'Kab. Pulau Pisang', ['SEB Tindak Lanjut'], 5),
  visit(31, 'Kota Lubuklinggau', ['DTU'], 7),
];

type ListItem = { date: string | null; title: string; type: string };
const item = (day: number | null, title: string, type: string): ListItem => ({
  date: day === null ? null : `2025-01-${String(day).padStart(2, '0')}`, title, type,
});

export const SAMPLE_PUBLICATIONS: ListItem[] = [
  item(2, 'Keputusan Menteri Keuangan Nomor 43/KM.7/2024 tentang Penghentian Penyaluran Dana Bagi Hasil Perkebunan Sawit, DBH SDA Kehutanan, dan DBH Cukai Hasil Tembakau Tahun Anggaran 2024', 'Peraturan'),
  item(2, 'Keputusan Menteri Keuangan Nomor 44/KM.7/2024 tentang Penyaluran Kurang Bayar Dana Bagi Hasil dan Penyelesaian Lebih Bayar Dana Bagi Hasil pada Tahun 2024', 'Peraturan'),
  item(2, 'Keputusan Menteri Keuangan Nomor 453 Tahun 2024 tentang Perubahan Rincian Alokasi DAK Nonfisik Tahun Anggaran 2025', 'Peraturan'),
  item(6, 'Peraturan Menteri Keuangan Nomor 108 Tahun 2024 tentang Pengalokasian Dana Desa Setiap Desa, Penggunaan, dan Penyaluran Dana Desa Tahun Anggaran 2025', 'Peraturan'),
  item(16, 'Keputusan Menteri Keuangan Nomor 1/KM.7/2025 tentang Petunjuk Teknis Penarikan Dana Treasury Deposit Facility', 'Peraturan'),
  item(17, 'S-4/PK.4/2025 perihal Permintaan Data Pegawai Pengelola Laporan Dana Insentif Fiskal (DIF) TA 2025', 'Pemberitahuan ke Daerah'),
  item(20, 'Buku Undang Undang APBN Tahun Anggaran 2025', 'Publikasi Lainnya'),
  item(20, 'Buku Nota Keuangan APBN Tahun Anggaran 2025', 'Publikasi Lainnya'),
  item(20, 'Keputusan PPID Kementerian Keuangan Nomor KEP-1/PPID/2025 tentang Daftar Informasi Publik Kementerian Keuangan Tahun 2025', 'PPID'),
  item(9, 'LPEFD Edisi XLVI', 'LPEFD'),
  item(6, 'Jurnal Defis Edisi XV', 'Jurnal Defis'),
  item(8, 'Majalah Media Defis XXXIX', 'Majalah'),
  item(15, 'Alokasi dan Realisasi APBD 2023', 'APBD'),
  item(15, 'Alokasi APBD 2024', 'APBD'),
  item(15, 'Alokasi APBD 2025', 'APBD'),
];

export const SAMPLE_WEBINARS: ListItem[] = [
  item(10, 'Townhall bersama Menteri Keuangan', 'Webinar'),
  item(23, 'Sosialisasi Layanan Kepegawaian', 'Sosialisasi'),
  item(31, 'Penandatanganan Kontrak Kinerja DJPK', 'Webinar'),
];

export const SAMPLE_TOP_PAGES: ListItem[] = [
  item(null, 'Portal Data SIKD', ''),
  item(null, 'Rincian Dana Desa per Desa TA 2025', ''),
  item(null, 'Rincian Alokasi Transfer ke Daerah (TKD) dalam APBN Tahun Anggaran 2025', ''),
];

export const SAMPLE_EMAIL_BLASTS = [
  { date: '2025-01-17', subject: 'Penyampaian Majalah Media Defis Edisi XXXIX', recipients: 1250 },
  { date: '2025-01-20', subject: 'Penyampaian Keputusan Menteri Keuangan Nomor 1/KM.7/2025', recipients: 1250 },
  { date: '2025-01-20', subject: 'Penyampaian Surat Nomor S-4/PK.4/2025', recipients: 548 },
  { date: '2025-01-20', subject: 'Undangan Bimbingan Teknis Dana Transfer Umum', recipients: 548 },
  { date: '2025-01-24', subject: 'Penyampaian S-15/PK/PK.2/2025 (Pemberitahuan Syarat Salur DBH Semester I Tahun 2025)', recipients: 548 },
  { date: '2025-01-24', subject: 'Pemberitahuan Kegiatan Bimtek PMK Nomor 67 Tahun 2024 secara Daring', recipients: 548 },
];

export const SAMPLE_CHATBOT_MENUS = [
  { menu: 'Informasi Anggaran Transfer ke Daerah', count: 210 },
  { menu: 'Informasi Kunjungan ke DJPK', count: 24 },
  { menu: 'Informasi Permohonan Data', count: 17 },
  { menu: 'Informasi Fungsional AKPD', count: 8 },
  { menu: 'Informasi Pajak dan Retribusi Daerah', count: 10 },
  { menu: 'Informasi Pembiayaan Daerah', count: 5 },
  { menu: 'Informasi Aplikasi SIKD-Core', count: 21 },
  { menu: 'Informasi Standar Harga Satuan Regional (SHSR)', count: 6 },
  { menu: 'Tidak Dilanjutkan', count: 73 },
];

export const SAMPLE_EVALUATION = [
  'Koordinasi antara unit eselon II mengenai kebijakan terkini perlu terus ditingkatkan, termasuk agenda kegiatan setiap bulan dan informasi yang perlu disampaikan kepada pengguna layanan, untuk memperkaya knowledge base contact center DJPK.',
  'Pengguna layanan yang mengajukan konsultasi tatap muka semakin banyak dan beberapa di antaranya belum memenuhi ketentuan Surat Edaran, khususnya jumlah tamu.',
].join('\n');
