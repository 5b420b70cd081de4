import type { ChatbotFlow } from './flow.ts';

/**
 * The menu of the DJPK WhatsApp chatbot (seed report, page 19), seeded as flow version 1.
 * Row titles are abbreviated to WhatsApp's 24 characters; the full names are in the
 * descriptions, and reportLabel carries the names the monthly report uses.
 * The answers are general guidance; supervisors replace them with knowledge-base content.
 */
export const DEFAULT_FLOW: ChatbotFlow = {
  greeting:
    'Selamat datang di layanan WhatsApp Contact Center DJPK (Direktorat Jenderal Perimbangan Keuangan, Kementerian Keuangan). Terima kasih telah menghubungi kami.',
  registrationPrompt:
    'Sebelum melanjutkan, mohon Bapak/Ibu mengisi data diri secara lengkap sesuai format berikut (salin pesan ini, lengkapi, lalu kirim):',
  menuPrompt: 'Selamat datang Bapak/Ibu, informasi apa yang Anda perlukan?',
  afterAnswerPrompt: 'Ketik 0 untuk kembali ke menu utama atau 9 untuk Chat Agent.',
  handoffMessage:
    'Terima kasih. Pertanyaan Bapak/Ibu kami teruskan kepada agen Contact Center DJPK. Mohon menunggu, agen kami akan membalas pada jam layanan (Senin-Jumat 08.00-17.00 WIB).',
  closingMessage: 'Terima kasih telah menghubungi Contact Center DJPK. Semoga informasi yang kami berikan bermanfaat.',
  idleMinutes: 30,
  menu: [
    {
      id: 'tkd',
      title: 'Info Anggaran TKD',
      description: 'Informasi Anggaran Transfer ke Daerah',
      reportLabel: 'Informasi Anggaran Transfer ke Daerah',
      topic: 'TRANSFER',
      children: [
        {
          id: 'tkd-alokasi',
          title: 'Rincian Alokasi TKD',
          description: 'Alokasi DAU, DBH, DAK, dan Dana Desa per daerah',
          answer:
            'Rincian alokasi Transfer ke Daerah (TKD) setiap daerah ditetapkan bersama rincian APBN dan dituangkan dalam Peraturan Menteri Keuangan (PMK) atau Keputusan Menteri Keuangan (KMK). Dokumen tersebut dipublikasikan di laman resmi DJPK, djpk.kemenkeu.go.id.',
        },
        {
          id: 'tkd-penyaluran',
          title: 'Penyaluran TKD',
          description: 'Persyaratan dan tahapan penyaluran dana transfer',
          answer:
            'TKD disalurkan secara bertahap sesuai PMK tentang pengelolaan TKD, setelah pemerintah daerah memenuhi persyaratan penyaluran yang disampaikan melalui aplikasi yang ditetapkan. Status penyaluran dapat dikoordinasikan dengan BPKAD/SKPKD daerah. Jika ada kendala, silakan pilih Chat Agent.',
        },
        {
          id: 'tkd-dau',
          title: 'Dana Alokasi Umum',
          description: 'DAU: perhitungan dan penggunaan',
          topic: 'DAU',
          answer:
            'Dana Alokasi Umum (DAU) dihitung berdasarkan celah fiskal dan kebutuhan daerah sesuai UU Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintah Daerah (HKPD). Ketentuan penggunaan DAU, termasuk bagian yang ditentukan penggunaannya, diatur dalam PMK yang dapat diunduh di djpk.kemenkeu.go.id.',
        },
        {
          id: 'tkd-dbh',
          title: 'Dana Bagi Hasil',
          description: 'DBH pajak dan sumber daya alam',
          topic: 'DBH',
          answer:
            'Dana Bagi Hasil (DBH) dibagikan kepada daerah berdasarkan persentase tertentu dari penerimaan negara (pajak dan sumber daya alam) sesuai UU HKPD. Alokasi dan realisasi DBH per daerah ditetapkan dengan PMK/KMK dan dipublikasikan di djpk.kemenkeu.go.id.',
        },
      ],
    },
    {
      id: 'pembiayaan',
      title: 'Pembiayaan Daerah',
      description: 'Informasi Pembiayaan Daerah',
      reportLabel: 'Informasi Pembiayaan Daerah',
      topic: 'PEMBIAYAAN',
      children: [
        {
          id: 'pembiayaan-pinjaman',
          title: 'Pinjaman Daerah',
          description: 'Persyaratan dan tata cara pinjaman daerah',
          answer:
            'Pinjaman daerah diatur dalam Peraturan Pemerintah tentang Pinjaman Daerah dan peraturan pelaksanaannya. Pemerintah daerah wajib memenuhi persyaratan, antara lain batas kumulatif defisit dan kemampuan membayar kembali pinjaman. Informasi lengkap tersedia di djpk.kemenkeu.go.id.',
        },
        {
          id: 'pembiayaan-defisit',
          title: 'Batas Defisit APBD',
          description: 'Batas maksimal defisit APBD dan pembiayaan utang',
          answer:
            'Batas maksimal defisit APBD dan batas maksimal kumulatif pembiayaan utang daerah ditetapkan setiap tahun dengan PMK. PMK tersebut dapat diunduh di djpk.kemenkeu.go.id.',
        },
        {
          id: 'pembiayaan-obligasi',
          title: 'Obligasi/Sukuk Daerah',
          description: 'Penerbitan obligasi dan sukuk daerah',
          answer:
            'Obligasi dan sukuk daerah diterbitkan melalui pasar modal untuk membiayai kegiatan tertentu. Penerbitannya memerlukan persetujuan DPRD dan Menteri Keuangan serta mengikuti ketentuan Otoritas Jasa Keuangan. Untuk konsultasi lebih lanjut, silakan pilih Chat Agent.',
        },
      ],
    },
    {
      id: 'akpd',
      title: 'Fungsional AKPD',
      description: 'Informasi Jabatan Fungsional Analis Keuangan Pusat dan Daerah',
      reportLabel: 'Informasi Fungsional AKPD',
      topic: 'JF_AKPD',
      children: [
        {
          id: 'akpd-pengangkatan',
          title: 'Pengangkatan JF AKPD',
          description: 'Pengangkatan pertama, perpindahan, dan penyesuaian',
          answer:
            'Pengangkatan dalam Jabatan Fungsional AKPD dapat dilakukan melalui pengangkatan pertama, perpindahan dari jabatan lain, atau penyesuaian sesuai ketentuan yang berlaku. Usulan disampaikan oleh instansi pengguna kepada instansi pembina. Informasi lengkap tersedia di djpk.kemenkeu.go.id.',
        },
        {
          id: 'akpd-ukom',
          title: 'Uji Kompetensi AKPD',
          description: 'Jadwal dan persyaratan uji kompetensi',
          answer:
            'Uji kompetensi JF AKPD diselenggarakan oleh instansi pembina untuk pengangkatan dan kenaikan jenjang jabatan. Jadwal dan persyaratan pendaftaran diumumkan melalui laman dan kanal resmi DJPK.',
        },
        {
          id: 'akpd-kinerja',
          title: 'Kinerja dan Kenaikan',
          description: 'Penilaian kinerja dan kenaikan jenjang jabatan',
          answer:
            'Penilaian kinerja pejabat fungsional AKPD mengikuti ketentuan manajemen kinerja jabatan fungsional yang berlaku. Pertanyaan mengenai perhitungan kinerja dan kenaikan jenjang dapat disampaikan melalui Chat Agent.',
        },
      ],
    },
    {
      id: 'shsr',
      title: 'Standar Harga (SHSR)',
      description: 'Informasi Standar Harga Satuan Regional',
      reportLabel: 'Informasi Standar Harga Satuan Regional (SHSR)',
      topic: 'SHSR',
      children: [
        {
          id: 'shsr-dokumen',
          title: 'Dokumen SHSR',
          description: 'Peraturan dan dokumen SHSR yang berlaku',
          answer:
            'Standar Harga Satuan Regional (SHSR) ditetapkan dengan Peraturan Presiden dan menjadi pedoman penyusunan anggaran daerah. Dokumen SHSR yang berlaku dapat diunduh di djpk.kemenkeu.go.id.',
        },
        {
          id: 'shsr-penerapan',
          title: 'Penerapan SHSR',
          description: 'Penggunaan SHSR dalam penyusunan APBD',
          answer:
            'Pemerintah daerah menggunakan SHSR sebagai acuan batas tertinggi dalam menetapkan standar harga satuan daerah dan menyusun anggaran belanja. Untuk pertanyaan teknis penerapannya, silakan pilih Chat Agent.',
        },
      ],
    },
    {
      id: 'pdrd',
      title: 'Pajak & Retribusi Daerah',
      description: 'Informasi Pajak dan Retribusi Daerah',
      reportLabel: 'Informasi Pajak dan Retribusi Daerah',
      topic: 'PDRD',
      children: [
        {
          id: 'pdrd-jenis',
          title: 'Jenis Pajak & Retribusi',
          description: 'Jenis pajak daerah dan retribusi daerah',
          answer:
            'Jenis pajak daerah dan retribusi daerah diatur dalam UU Nomor 1 Tahun 2022 tentang HKPD dan PP Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah. Setiap daerah menetapkan pajak dan retribusinya dalam satu Peraturan Daerah.',
        },
        {
          id: 'pdrd-perda',
          title: 'Evaluasi Perda PDRD',
          description: 'Evaluasi rancangan Perda pajak dan retribusi',
          answer:
            'Rancangan Perda PDRD dievaluasi oleh Kementerian Dalam Negeri atau gubernur bersama Kementerian Keuangan sebelum ditetapkan. Perda PDRD yang berlaku dapat ditelusuri melalui djpk.kemenkeu.go.id.',
        },
        {
          id: 'pdrd-opsen',
          title: 'Opsen Pajak',
          description: 'Opsen PKB, BBNKB, dan pajak MBLB',
          answer:
            'Opsen adalah pungutan tambahan pajak menurut persentase tertentu: opsen PKB dan opsen BBNKB untuk kabupaten/kota serta opsen pajak MBLB untuk provinsi, berlaku sejak 5 Januari 2025 sesuai UU HKPD.',
        },
      ],
    },
    {
      id: 'sikd',
      title: 'Aplikasi SIKD Core',
      description: 'Informasi Aplikasi SIKD Core',
      reportLabel: 'Informasi Aplikasi SIKD-Core',
      topic: 'APLIKASI',
      children: [
        {
          id: 'sikd-akun',
          title: 'Akun dan Akses SIKD',
          description: 'Akun baru, reset kata sandi, ganti operator',
          answer:
            'Permohonan akun baru, reset kata sandi, atau penggantian operator SIKD Core diajukan dengan surat resmi dari kepala BPKAD/SKPKD yang mencantumkan nama, NIP, jabatan, email, dan nomor telepon operator. Surat dapat dikirim ke callcenter.djpk@kemenkeu.go.id.',
        },
        {
          id: 'sikd-unggah',
          title: 'Unggah Data APBD',
          description: 'Penyampaian data APBD dan realisasi',
          answer:
            'Data APBD dan realisasinya diunggah oleh operator daerah melalui SIKD Core sesuai format dan jadwal yang ditetapkan. Jika terjadi kendala (gagal unggah atau data tidak tampil), silakan pilih Chat Agent dan sertakan tangkapan layar.',
        },
        {
          id: 'sikd-panduan',
          title: 'Panduan SIKD Core',
          description: 'Buku panduan penggunaan aplikasi',
          answer:
            'Panduan penggunaan SIKD Core tersedia di halaman aplikasi dan di djpk.kemenkeu.go.id. Gunakan peramban versi terbaru dan akun yang telah terdaftar.',
        },
      ],
    },
    {
      id: 'data',
      title: 'Permohonan Data',
      description: 'Informasi Permohonan Data',
      reportLabel: 'Informasi Permohonan Data',
      topic: 'PERMINTAAN_DATA',
      children: [
        {
          id: 'data-publik',
          title: 'Data Publikasi DJPK',
          description: 'Data keuangan daerah yang sudah terbuka',
          answer:
            'Sebagian besar data keuangan daerah (APBD, realisasi APBD, alokasi TKD) tersedia terbuka di djpk.kemenkeu.go.id. Mohon periksa terlebih dahulu sebelum mengajukan permohonan data.',
        },
        {
          id: 'data-permohonan',
          title: 'Cara Mengajukan',
          description: 'Permohonan data yang belum dipublikasikan',
          answer:
            'Permohonan data yang belum dipublikasikan diajukan melalui surat resmi atau layanan PPID Kementerian Keuangan, dengan menyebutkan identitas pemohon, rincian data, dan tujuan penggunaannya. Permohonan diproses sesuai ketentuan keterbukaan informasi publik.',
        },
      ],
    },
    {
      id: 'kunjungan',
      title: 'Kunjungan ke DJPK',
      description: 'Informasi Kunjungan ke DJPK',
      reportLabel: 'Informasi Kunjungan ke DJPK',
      topic: 'RESERVASI',
      children: [
        {
          id: 'kunjungan-reservasi',
          title: 'Reservasi Tatap Muka',
          description: 'Cara memesan jadwal konsultasi tatap muka',
          answer:
            'Konsultasi tatap muka di DJPK dilakukan dengan reservasi terlebih dahulu melalui halaman pemesanan konsultasi DJPK, beberapa hari kerja sebelum jadwal. Cantumkan instansi, topik, dan jumlah peserta (dibatasi sesuai ketentuan DJPK). Reservasi dikonfirmasi oleh petugas.',
        },
        {
          id: 'kunjungan-vicon',
          title: 'Konsultasi Video',
          description: 'Konsultasi melalui video conference',
          answer:
            'Konsultasi juga dapat dilakukan melalui video conference. Ajukan jadwal melalui halaman pemesanan konsultasi DJPK; tautan rapat dikirim setelah jadwal disetujui.',
        },
        {
          id: 'kunjungan-lokasi',
          title: 'Lokasi dan Jam Layanan',
          description: 'Alamat kantor dan jam layanan tatap muka',
          answer:
            'DJPK berada di Kompleks Kementerian Keuangan, Jl. Dr. Wahidin Raya No. 1, Jakarta Pusat. Layanan konsultasi tatap muka: Senin-Jumat 08.00-17.00 WIB, kecuali hari libur nasional dan cuti bersama.',
        },
      ],
    },
    {
      id: 'agent',
      title: 'Chat Agent',
      description: 'Terhubung dengan agen Contact Center DJPK',
      reportLabel: 'Chat Agent',
      action: 'chat_agent',
    },
  ],
};
