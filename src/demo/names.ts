/** People and institutions of the demo: Indonesian names, Pemda offices, ministries, campuses. */

export const FIRST_NAMES = [
  'Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Nur', 'Andi', 'Putri', 'Hendra', 'Ratna', 'Yusuf', 'Lestari',
  'Fajar', 'Wulan', 'Imam', 'Rina', 'Bayu', 'Indah', 'Dedi', 'Maya', 'Arif', 'Fitri', 'Teguh', 'Sri',
  'Rahmat', 'Ayu', 'Eko', 'Yuliana', 'Hadi', 'Novita', 'Ikhsan', 'Mega', 'Joko', 'Anisa', 'Irwan', 'Dian',
  'Made', 'Komang', 'Yohanes', 'Maria', 'La Ode', 'Wa Ode', 'Muhammad', 'Nurul', 'Samuel', 'Fransiska',
];

export const LAST_NAMES = [
  'Santoso', 'Rahmawati', 'Saputra', 'Wijaya', 'Hidayat', 'Lestari', 'Siregar', 'Nasution', 'Pratama',
  'Kurniawan', 'Sari', 'Harahap', 'Simanjuntak', 'Wibowo', 'Purnomo', 'Setiawan', 'Pohan', 'Tanjung',
  'Sitompul', 'Mahendra', 'Putra', 'Utami', 'Gunawan', 'Syahputra', 'Manurung', 'Wulandari', 'Pangaribuan',
  'Rumbiak', 'Wenda', 'Latuconsina', 'Tuasikal', 'Mandagi', 'Lumban Gaol', 'Batubara', 'Daeng', 'Suryadi',
];

/** Pemda offices that write to DJPK, most frequent first. */
export const PEMDA_OFFICES = [
  'BPKAD', 'BPKAD', 'BPKAD', 'Bappeda', 'BPKPD', 'Bapenda', 'Dinas Pendidikan', 'Dinas Kesehatan',
  'DPMD', 'Inspektorat', 'Sekretariat DPRD', 'Dinas PUPR', 'BKPSDM',
];

export const KL_INSTITUTIONS = [
  'Kementerian Dalam Negeri', 'Kementerian Kesehatan', 'Kementerian Pendidikan Dasar dan Menengah',
  'Kementerian Desa dan Pembangunan Daerah Tertinggal', 'Badan Pemeriksa Keuangan', 'BPKP',
  'Direktorat Jenderal Perbendaharaan', 'Direktorat Jenderal Anggaran', 'Kementerian PPN/Bappenas',
  'Kementerian Pekerjaan Umum', 'Badan Pusat Statistik',
];

/** Campuses with the province they are in (Kemendagri code). */
export const CAMPUSES: readonly (readonly [name: string, province: string])[] = [
  ['Universitas Indonesia', '32'], ['Universitas Gadjah Mada', '34'], ['Universitas Brawijaya', '35'],
  ['PKN STAN', '36'], ['Universitas Hasanuddin', '73'], ['Universitas Cenderawasih', '91'],
  ['Universitas Sumatera Utara', '12'], ['Universitas Padjadjaran', '32'], ['Universitas Mulawarman', '64'],
  ['Universitas Sam Ratulangi', '71'], ['Universitas Andalas', '13'],
];

export const OTHER_INSTITUTIONS = [
  'Pendamping Desa', 'Masyarakat', 'Wartawan', 'Konsultan Keuangan Daerah', 'Bank Pembangunan Daerah', 'Lembaga Swadaya Masyarakat',
];

/** Visitors of face-to-face consultations that are not a Pemda (seed page 28). */
export const OTHER_VISITORS: readonly (readonly [name: string, topics: readonly string[]])[] = [
  ['Bank BJB', ['PEMBIAYAAN']], ['Bank Sulselbar', ['PEMBIAYAAN']], ['Bank Jateng', ['PEMBIAYAAN']],
  ['Bank Kalbar', ['PEMBIAYAAN']], ['PT Sarana Multi Infrastruktur', ['PEMBIAYAAN']],
  ['Badan Pemeriksa Keuangan', ['DAU', 'DBH']], ['Universitas Padjadjaran', ['PERMINTAAN_DATA']],
];

/** "Kabupaten Bogor" -> "Kab. Bogor"; a province "Jawa Barat" -> "Prov. Jawa Barat" (the seed's forms). */
export function shortRegionName(name: string, level: 'province' | 'regency'): string {
  if (level === 'province') return `Prov. ${name}`;
  return name.replace(/^Kabupaten /, 'Kab. ');
}

/** SQL for the same short name from the regions table's columns. */
export const SHORT_REGION_NAME_SQL = `(case when level = 'province' then 'Prov. ' || name else regexp_replace(name, '^Kabupaten ', 'Kab. ') end)`;

/** A mailbox on the reserved .example domain (RFC 2606): demo data never mails a real person. */
export function demoEmail(first: string, last: string, index: number, institution: string): string {
  const slug = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug(first)}.${slug(last)}${index}@${slug(institution) || 'umum'}.example`;
}
