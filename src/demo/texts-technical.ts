/**
 * What requesters ask about each technical topic, the agent's answer, and the regulation behind
 * it (knowledge-base articles cite it). {wilayah} and {tahun} are filled per ticket.
 */
export interface TopicTexts {
  questions: readonly string[];
  answer: string;
  reference?: string;
}

export const TECHNICAL_TEXTS: Readonly<Record<string, TopicTexts>> = {
  DBH: {
    questions: [
      'Mohon informasi jadwal penyaluran DBH tahun {tahun} untuk {wilayah}.',
      'Bagaimana cara mengetahui besaran kurang bayar DBH {wilayah}?',
      'Apakah DBH Sawit tahun {tahun} untuk {wilayah} sudah disalurkan?',
      'Mohon penjelasan syarat salur DBH semester I tahun {tahun}.',
      'Mohon informasi besaran TDF DBH {wilayah} bulan ini.',
    ],
    answer: 'Penyaluran DBH dilaksanakan sesuai PMK Nomor 67 Tahun 2024 tentang Pengelolaan Dana Bagi Hasil dan Dana Alokasi Umum; kurang bayar dan lebih bayar ditetapkan dengan Keputusan Menteri Keuangan dan diumumkan di laman DJPK.',
    reference: 'PMK Nomor 67 Tahun 2024 tentang Pengelolaan Dana Bagi Hasil dan Dana Alokasi Umum',
  },
  DAU: {
    questions: [
      'Mohon informasi penyaluran DAU yang ditentukan penggunaannya untuk gaji PPPK {wilayah} tahun {tahun}.',
      'Berapa alokasi DAU {wilayah} tahun {tahun}?',
      'Apakah ada penundaan penyaluran DAU {wilayah} bulan ini? Mohon penjelasannya.',
      'Bagaimana ketentuan penggunaan DAU untuk THR dan gaji ketiga belas ASN daerah?',
    ],
    answer: 'DAU disalurkan setiap bulan sesuai PMK Nomor 67 Tahun 2024; bagian DAU yang ditentukan penggunaannya (antara lain untuk gaji PPPK) disalurkan setelah persyaratan dipenuhi melalui aplikasi yang ditetapkan.',
    reference: 'PMK Nomor 67 Tahun 2024 tentang Pengelolaan Dana Bagi Hasil dan Dana Alokasi Umum',
  },
  DAK_FISIK: {
    questions: [
      'Kapan batas waktu penyampaian dokumen persyaratan salur DAK Fisik tahap I tahun {tahun}?',
      'Mohon informasi rincian alokasi DAK Fisik bidang jalan untuk {wilayah}.',
      'Bagaimana cara mengunggah kontrak DAK Fisik {wilayah} di aplikasi OM-SPAN?',
    ],
    answer: 'Persyaratan penyaluran DAK Fisik disampaikan melalui aplikasi OM-SPAN TKD sesuai batas waktu setiap tahap; rincian alokasi per bidang tercantum dalam lampiran Peraturan Presiden tentang rincian APBN.',
    reference: 'PMK tentang Pengelolaan Dana Alokasi Khusus Fisik',
  },
  DAK_NON_FISIK: {
    questions: [
      'Mohon informasi penyaluran BOS tahap II tahun {tahun} untuk {wilayah}.',
      'Bagaimana mekanisme penyaluran BOK Puskesmas tahun {tahun}?',
      'Apakah ada perubahan rincian alokasi DAK Nonfisik {wilayah} tahun {tahun}?',
    ],
    answer: 'Perubahan rincian alokasi DAK Nonfisik ditetapkan dengan Keputusan Menteri Keuangan, antara lain KMK Nomor 453 Tahun 2024 untuk BOK; penyaluran dilakukan bertahap setelah laporan realisasi tahap sebelumnya diterima.',
    reference: 'KMK Nomor 453 Tahun 2024',
  },
  DANA_DESA: {
    questions: [
      'Mohon informasi rincian Dana Desa per desa di {wilayah} tahun {tahun}.',
      'Apa saja syarat penyaluran Dana Desa tahap I tahun {tahun}?',
      'Bagaimana ketentuan penggunaan Dana Desa untuk ketahanan pangan?',
    ],
    answer: 'Rincian Dana Desa setiap desa serta ketentuan penggunaan dan penyalurannya diatur dalam PMK Nomor 108 Tahun 2024; rincian per desa dapat diunduh di laman DJPK.',
    reference: 'PMK Nomor 108 Tahun 2024 tentang Pengalokasian Dana Desa Setiap Desa, Penggunaan, dan Penyaluran Dana Desa Tahun Anggaran 2025',
  },
  TRANSFER: {
    questions: [
      'Mohon konfirmasi status penyaluran TKD {wilayah} bulan ini.',
      'Di mana kami dapat melihat rincian alokasi TKD tahun {tahun} untuk {wilayah}?',
      'Dana transfer untuk {wilayah} belum masuk ke RKUD, mohon dicek.',
    ],
    answer: 'Status penyaluran TKD dapat dipantau melalui Portal Data SIKD dan dikonfirmasi dengan KPPN mitra; rincian alokasi TKD dipublikasikan di laman DJPK bersama rincian APBN.',
    reference: 'Rincian Alokasi Transfer ke Daerah dalam APBN',
  },
  APLIKASI: {
    questions: [
      'Kami tidak bisa masuk ke aplikasi SIKD Next Generation, mohon bantuan reset akun {wilayah}.',
      'Bagaimana cara mengunggah LKT triwulan IV di SIKD Next Generation?',
      'Aplikasi SIKD menampilkan pesan galat saat mengirim data APBD {tahun} {wilayah}.',
    ],
    answer: 'Reset akun SIKD Next Generation dilakukan setelah permohonan dari admin daerah diverifikasi; panduan unggah LKT tersedia pada menu Bantuan di aplikasi.',
    reference: 'Panduan Pengguna SIKD Next Generation',
  },
  JF_AKPD: {
    questions: [
      'Bagaimana cara pengajuan angka kredit JF AKPD di {wilayah}?',
      'Mohon informasi jadwal uji kompetensi kenaikan jenjang JF AKPD tahun {tahun}.',
      'Apakah ASN daerah dapat diangkat melalui penyesuaian ke jabatan fungsional AKPD?',
    ],
    answer: 'Pengangkatan dan kenaikan jenjang JF AKPD mengikuti ketentuan jabatan fungsional Analis Keuangan Pusat dan Daerah; jadwal uji kompetensi diumumkan oleh Sekretariat DJPK selaku instansi pembina.',
    reference: 'Peraturan tentang Jabatan Fungsional Analis Keuangan Pusat dan Daerah',
  },
  PDRD: {
    questions: [
      'Mohon penjelasan tarif PBJT sesuai UU HKPD untuk {wilayah}.',
      'Bagaimana proses evaluasi rancangan Perda PDRD {wilayah}?',
      'Apakah opsen PKB sudah berlaku mulai tahun {tahun}?',
    ],
    answer: 'Jenis dan tarif pajak daerah mengikuti UU Nomor 1 Tahun 2022 tentang HKPD dan PP Nomor 35 Tahun 2023; rancangan Perda PDRD dievaluasi oleh Kementerian Keuangan sebelum ditetapkan.',
    reference: 'UU Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah',
  },
  DID_IF: {
    questions: [
      'Mohon informasi alokasi Insentif Fiskal tahun {tahun} untuk {wilayah}.',
      'Apa kriteria penilaian kinerja untuk memperoleh Insentif Fiskal?',
      'Kapan Insentif Fiskal kategori kinerja tahun berjalan untuk {wilayah} disalurkan?',
    ],
    answer: 'Insentif Fiskal diberikan berdasarkan penilaian kinerja daerah sesuai PMK tentang Insentif Fiskal; rincian alokasi ditetapkan dengan Keputusan Menteri Keuangan.',
    reference: 'PMK tentang Pengelolaan Insentif Fiskal',
  },
  DKD: {
    questions: [
      'Mohon informasi data keuangan daerah {wilayah} tahun {tahun}.',
      'Bagaimana cara memperoleh data perkembangan keuangan daerah {wilayah}?',
    ],
    answer: 'Data keuangan daerah dipublikasikan melalui Portal Data SIKD; data yang belum dipublikasikan dapat dimohonkan melalui PPID.',
  },
  SHSR: {
    questions: [
      'Mohon informasi Standar Harga Satuan Regional tahun {tahun} untuk {wilayah}.',
      'Apakah SHSR tahun {tahun} wajib digunakan dalam penyusunan APBD?',
    ],
    answer: 'SHSR ditetapkan dengan Peraturan Presiden dan menjadi batas tertinggi dalam penyusunan standar harga satuan daerah.',
    reference: 'Perpres Nomor 33 Tahun 2020 tentang Standar Harga Satuan Regional',
  },
  EV_KEUDA: {
    questions: ['Mohon informasi hasil evaluasi kinerja keuangan daerah {wilayah} tahun {tahun}.'],
    answer: 'Hasil evaluasi kinerja keuangan daerah disampaikan kepada pemerintah daerah dan dipublikasikan dalam ringkasan di laman DJPK.',
  },
  HIBAH: {
    questions: ['Bagaimana mekanisme hibah ke daerah yang bersumber dari pinjaman luar negeri?'],
    answer: 'Hibah kepada daerah dilaksanakan berdasarkan perjanjian hibah sesuai PP Nomor 2 Tahun 2012 tentang Hibah Daerah.',
    reference: 'PP Nomor 2 Tahun 2012 tentang Hibah Daerah',
  },
  PEMBIAYAAN: {
    questions: [
      'Mohon informasi persyaratan pinjaman daerah untuk {wilayah}.',
      'Bagaimana prosedur pertimbangan Menteri Keuangan atas rencana pinjaman daerah?',
    ],
    answer: 'Pinjaman daerah memerlukan pertimbangan Menteri Keuangan sesuai PP Nomor 56 Tahun 2018 tentang Pinjaman Daerah; permohonan diajukan melalui aplikasi yang ditetapkan.',
    reference: 'PP Nomor 56 Tahun 2018 tentang Pinjaman Daerah',
  },
  APDT: {
    questions: ['Mohon informasi ketentuan APDT untuk {wilayah} tahun {tahun}.'],
    answer: 'Informasi APDT disampaikan melalui surat pemberitahuan ke daerah dan laman DJPK.',
  },
  INPRES: {
    questions: ['Mohon informasi program Inpres Jalan Daerah tahun {tahun} untuk {wilayah}.'],
    answer: 'Program Inpres dilaksanakan sesuai Instruksi Presiden yang bersangkutan; alokasi per daerah diumumkan oleh kementerian teknis pelaksana.',
  },
};
