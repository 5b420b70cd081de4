import { TECHNICAL_TEXTS, type TopicTexts } from './texts-technical.ts';

/** Questions and answers for the other topics (seed page 13); complaints repeat a few subjects. */
const OTHER_TEXTS: Readonly<Record<string, TopicTexts>> = {
  SURAT_MASUK: {
    questions: [
      'Kami telah mengirimkan surat nomor {nomor} perihal permohonan konsultasi, mohon konfirmasi penerimaannya.',
      'Mohon informasi tindak lanjut surat {wilayah} nomor {nomor} tentang penyampaian dokumen persyaratan salur.',
      'Bersama ini kami sampaikan surat nomor {nomor} perihal permohonan data alokasi TKD {wilayah}.',
    ],
    answer: 'Surat Bapak/Ibu telah kami terima dan diteruskan kepada unit terkait untuk ditindaklanjuti; perkembangannya dapat ditanyakan kembali melalui kanal ini.',
  },
  LAINNYA: {
    questions: [
      'Mohon informasi terkait program Better with DJPK (SERASI).',
      'Mohon informasi alamat kantor DJPK untuk pengiriman dokumen dari {wilayah}.',
      'Apakah ada jadwal bimbingan teknis DJPK dalam waktu dekat?',
    ],
    answer: 'Informasi kegiatan dan alamat DJPK tersedia di laman djpk.kemenkeu.go.id; pengumuman bimbingan teknis disampaikan melalui surat dan email ke daerah.',
  },
  RESERVASI: {
    questions: [
      'Kami dari {wilayah} berencana konsultasi tatap muka ke DJPK minggu depan terkait DAU, mohon jadwalnya.',
      'Bagaimana cara reservasi kunjungan ke DJPK untuk 6 orang?',
      'Mohon konfirmasi jadwal konsultasi tatap muka {wilayah} yang sudah kami ajukan.',
    ],
    answer: 'Konsultasi tatap muka dilakukan dengan reservasi melalui halaman pemesanan konsultasi DJPK paling lambat tiga hari kerja sebelumnya, dengan jumlah tamu sesuai Surat Edaran SE-2/PK.1/2024.',
    reference: 'SE-2/PK.1/2024 tentang Mekanisme Layanan Konsultasi Contact Center DJPK',
  },
  NON_DJPK: {
    questions: ['Mohon informasi pencairan gaji pensiunan PNS.', 'Bagaimana cara memperbaiki data NPWP saya?', 'Kapan pencairan bantuan sosial bulan ini?'],
    answer: 'Pertanyaan tersebut bukan kewenangan DJPK; silakan menghubungi instansi terkait atau Kemenkeu Contact Center 134.',
  },
  PERMINTAAN_DATA: {
    questions: [
      'Mohon data realisasi TKD {wilayah} tahun 2020-{tahun} untuk keperluan penelitian.',
      'Kami memerlukan data APBD seluruh kabupaten tahun {tahun} untuk skripsi.',
    ],
    answer: 'Data yang telah dipublikasikan tersedia di Portal Data SIKD; permohonan data lainnya diajukan melalui PPID Kementerian Keuangan.',
  },
  SPAM: {
    questions: ['Selamat! Nomor Anda terpilih sebagai pemenang undian berhadiah, klik tautan berikut.', 'Promo pinjaman dana cepat tanpa agunan, hubungi kami sekarang.'],
    answer: '',
  },
  PENGADUAN: {
    questions: [
      'Surat Palsu Undangan Pendidikan/Pelatihan Tugas dan Tanggung Jawab Bagi Staf Bidang Keuangan dan Bendahara',
      'Penipuan mengatasnamakan pegawai DJPK terkait pencairan Dana Desa',
      'Keterlambatan tanggapan konsultasi melalui email',
      'Tautan formulir reservasi tatap muka tidak dapat diakses',
    ],
    answer: 'Terima kasih atas laporan Bapak/Ibu. DJPK tidak pernah memungut biaya atau mengundang pelatihan berbayar; laporan ini kami teruskan kepada unit terkait untuk ditindaklanjuti.',
  },
  MAGANG: {
    questions: ['Apakah DJPK membuka program magang untuk mahasiswa semester enam?'],
    answer: 'Program magang di lingkungan Kementerian Keuangan diumumkan melalui laman resmi Kemenkeu; permohonan disampaikan melalui surat dari perguruan tinggi.',
  },
};

export const TOPIC_TEXTS: Readonly<Record<string, TopicTexts>> = { ...TECHNICAL_TEXTS, ...OTHER_TEXTS };

/** The agent's reply while a Layer 2 team prepares the answer. */
export const ESCALATED_REPLY = 'Pertanyaan Bapak/Ibu sedang kami koordinasikan dengan unit teknis terkait di DJPK. Jawaban akan kami sampaikan melalui kanal ini.';
export const REPLY_OPENING = 'Terima kasih telah menghubungi Contact Center DJPK.';
export const REPLY_CLOSING = 'Semoga informasi ini membantu.';

/** [topic, question] pairs, in a stable order, for the ticket templates. */
export function questionRows(): [topic: string, question: string][] {
  return Object.entries(TOPIC_TEXTS).flatMap(([topic, texts]) => texts.questions.map((q): [string, string] => [topic, q]));
}

export function questionCounts(): Record<string, number> {
  return Object.fromEntries(Object.entries(TOPIC_TEXTS).map(([topic, texts]) => [topic, texts.questions.length]));
}
