/** Reference data seeded on a new database (seed report pages 12-15 and 34); admins edit it later. */

export const USER_CATEGORIES = [
  { code: 'pemda', label: 'Pemda', description: 'Pemerintah daerah, termasuk anggota dan pimpinan DPRD, perangkat daerah/desa' },
  { code: 'kl', label: 'Kementerian/Lembaga', description: 'Kementerian/lembaga teknis di dalam dan di luar Kemenkeu' },
  { code: 'akademisi', label: 'Akademisi', description: 'Guru, dosen, mahasiswa' },
  { code: 'lainnya', label: 'Lainnya', description: 'Masyarakat, pendamping desa, jurnalis/media, swasta, pengguna tanpa identitas' },
] as const;

type TopicSeed = { code: string; label: string; kind: 'technical' | 'other'; description: string };

const technical = (code: string, label: string, description = ''): TopicSeed => ({ code, label, kind: 'technical', description });
const other = (code: string, label: string, description = ''): TopicSeed => ({ code, label, kind: 'other', description });

export const TOPICS: readonly TopicSeed[] = [
  technical('DBH', 'DBH', 'Dana Bagi Hasil'),
  technical('DAU', 'DAU', 'Dana Alokasi Umum'),
  technical('DAK_FISIK', 'DAK Fisik', 'Dana Alokasi Khusus Fisik'),
  technical('DAK_NON_FISIK', 'DAK Non Fisik', 'Dana Alokasi Khusus Nonfisik, termasuk BOK dan BOS'),
  technical('DANA_DESA', 'Dana Desa'),
  technical('TRANSFER', 'Transfer', 'TKD secara umum, penyaluran'),
  technical('APLIKASI', 'Aplikasi', 'SIKD, SIKD Next Generation, aplikasi lain'),
  technical('JF_AKPD', 'JF AKPD', 'Jabatan Fungsional Analis Keuangan Pusat dan Daerah'),
  technical('PDRD', 'PDRD', 'Pajak Daerah dan Retribusi Daerah'),
  technical('DID_IF', 'DID / IF', 'Dana Insentif Daerah / Insentif Fiskal'),
  technical('DKD', 'DKD'),
  technical('SHSR', 'SHSR', 'Standar Harga Satuan Regional'),
  technical('EV_KEUDA', 'Ev. Keuda', 'Evaluasi Keuangan Daerah'),
  technical('HIBAH', 'Hibah'),
  technical('PEMBIAYAAN', 'Pembiayaan', 'Pinjaman daerah'),
  technical('APDT', 'APDT'),
  technical('INPRES', 'INPRES', 'Program Instruksi Presiden'),
  other('SURAT_MASUK', 'Surat Masuk', 'Surat dan tindak lanjutnya'),
  other('LAINNYA', 'Lainnya'),
  other('RESERVASI', 'Reservasi', 'Reservasi kunjungan tatap muka'),
  other('NON_DJPK', 'Non-DJPK'),
  other('PERMINTAAN_DATA', 'Permintaan Data'),
  other('SPAM', 'Spam'),
  other('PENGADUAN', 'Pengaduan'),
  other('MAGANG', 'Magang'),
];

/** Eselon II units of DJPK; each has one Layer 2 team to start with. */
export const UNITS = [
  { code: 'SEKRETARIAT', name: 'Sekretariat Direktorat Jenderal Perimbangan Keuangan', team: 'Sekretariat' },
  { code: 'DTU', name: 'Direktorat Dana Transfer Umum', team: 'Direktorat DTU' },
  { code: 'DTK', name: 'Direktorat Dana Transfer Khusus', team: 'Direktorat DTK' },
  { code: 'DDIOKK', name: 'Direktorat Dana Desa, Insentif, Otonomi Khusus dan Keistimewaan', team: 'Direktorat DDIOKK' },
  { code: 'PDRD', name: 'Direktorat Pajak Daerah dan Retribusi Daerah', team: 'Direktorat PDRD' },
  { code: 'P2D', name: 'Direktorat Pembiayaan dan Pengelolaan Keuangan Daerah', team: 'Direktorat P2D' },
  { code: 'SIPT', name: 'Direktorat Sistem Informasi dan Pelaksanaan Transfer', team: 'Tim Reguler Penyaluran Dana Transfer' },
] as const;
