import type { CalendarDay } from './calendar-table.ts';
import { createRng, type Rng } from './random.ts';

/** Lists beside the outreach figures, worded like the seed's pages 2-5. */
export interface OutreachItem { date: string | null; title: string; type: string }

const EDITIONS = ['XL', 'XLI', 'XLII', 'XLIII', 'XLIV', 'XLV', 'XLVI', 'XLVII', 'XLVIII', 'XLIX', 'L', 'LI'];

const PUBLICATIONS: readonly ((rng: Rng, year: number) => Omit<OutreachItem, 'date'>)[] = [
  (rng, year) => ({ type: 'Peraturan', title: `Keputusan Menteri Keuangan Nomor ${rng.int(1, 80)}/KM.7/${year} tentang Penyaluran Dana Bagi Hasil Tahun Anggaran ${year}` }),
  (rng, year) => ({ type: 'Peraturan', title: `Keputusan Menteri Keuangan Nomor ${rng.int(100, 500)} Tahun ${year} tentang Perubahan Rincian Alokasi Dana Alokasi Khusus Nonfisik` }),
  (rng, year) => ({ type: 'Peraturan', title: `Peraturan Menteri Keuangan Nomor ${rng.int(10, 120)} Tahun ${year} tentang Pengelolaan Transfer ke Daerah` }),
  (rng, year) => ({ type: 'Pemberitahuan ke Daerah', title: `S-${rng.int(2, 99)}/PK.4/${year} perihal Permintaan Data Pengelola Laporan Dana Insentif Fiskal` }),
  (rng, year) => ({ type: 'Pemberitahuan ke Daerah', title: `S-${rng.int(2, 99)}/PK/PK.2/${year} perihal Pemberitahuan Syarat Salur DBH` }),
  (rng, year) => ({ type: 'PPID', title: `Keputusan PPID Kementerian Keuangan Nomor KEP-${rng.int(1, 30)}/PPID/${year} tentang Daftar Informasi Publik` }),
  (rng) => ({ type: 'LPEFD', title: `LPEFD Edisi ${rng.pick(EDITIONS)}` }),
  (rng) => ({ type: 'Jurnal Defis', title: `Jurnal Defis Edisi ${rng.pick(EDITIONS)}` }),
  (rng) => ({ type: 'Majalah', title: `Majalah Media Defis ${rng.pick(EDITIONS)}` }),
  (_rng, year) => ({ type: 'APBD', title: `Alokasi APBD ${year}` }),
  (_rng, year) => ({ type: 'APBD', title: `Alokasi dan Realisasi APBD ${year - 1}` }),
  (_rng, year) => ({ type: 'Publikasi Lainnya', title: `Buku Nota Keuangan APBN Tahun Anggaran ${year}` }),
];

const WEBINARS: readonly [title: string, type: string][] = [
  ['Townhall bersama Menteri Keuangan', 'Webinar'], ['Sosialisasi Layanan Kepegawaian', 'Sosialisasi'],
  ['Penandatanganan Kontrak Kinerja DJPK', 'Webinar'], ['Bimbingan Teknis Dana Transfer Umum', 'Bimtek'],
  ['Sosialisasi Pengelolaan Dana Desa', 'Sosialisasi'], ['Webinar Kebijakan Transfer ke Daerah', 'Webinar'],
  ['Bimbingan Teknis SIKD Next Generation', 'Bimtek'], ['Sosialisasi Insentif Fiskal', 'Sosialisasi'],
  ['Diseminasi Hasil Evaluasi Keuangan Daerah', 'Webinar'], ['Sosialisasi Pajak Daerah dan Retribusi Daerah', 'Sosialisasi'],
  ['Bimbingan Teknis DAK Fisik', 'Bimtek'], ['Forum Konsultasi Publik DJPK', 'Webinar'],
];

const TOP_PAGES = [
  'Portal Data SIKD', 'Rincian Dana Desa per Desa TA {year}', 'Rincian Alokasi Transfer ke Daerah (TKD) dalam APBN Tahun Anggaran {year}',
  'KMK Nomor 352 Tahun 2024 tentang Rincian Insentif Desa Setiap Desa', 'PMK Nomor 108 Tahun 2024 tentang Dana Desa',
  'Data Realisasi APBD', 'Publikasi Jurnal Defis', 'Informasi Pinjaman Daerah',
];

const dated = (rng: Rng, working: CalendarDay[]): string | null => (working.length ? rng.pick(working).day : null);

/** Deduplicated by title and date (the table's key). */
function unique(items: OutreachItem[]): OutreachItem[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(`${i.title}|${i.date}`) && seen.add(`${i.title}|${i.date}`));
}

export function publicationItems(month: string, seed: number, working: CalendarDay[]): OutreachItem[] {
  const rng = createRng(seed, 'publications', month);
  const year = Number(month.slice(0, 4));
  const items = Array.from({ length: rng.int(7, 15) }, () => ({ date: dated(rng, working), ...rng.pick(PUBLICATIONS)(rng, year) }));
  return unique(items).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

export function webinarItems(month: string, seed: number, working: CalendarDay[]): OutreachItem[] {
  const rng = createRng(seed, 'webinars', month);
  return rng.sample(WEBINARS, rng.int(3, 12)).map(([title, type]) => ({ date: dated(rng, working), title, type }))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

export function topPages(month: string, seed: number): string[] {
  const rng = createRng(seed, 'top-pages', month);
  return rng.sample(TOP_PAGES, 5).map((t) => t.replace('{year}', month.slice(0, 4)));
}
