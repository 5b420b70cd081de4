/** A few of the seed report's January 2025 sentences, by the report's narrative keys. */
export const SAMPLE_NARRATIVE: Record<string, string[]> = {
  publications: [
    'Pada bulan Januari, terdapat 15 publikasi pada Website DJPK yang terdiri atas peraturan, pemberitahuan ke daerah, PPID, LPEFD, APBD, Jurnal, dan Majalah DEFIS.',
    'Jumlah publikasi website bulan Januari naik 25% dibandingkan bulan sebelumnya (12) dan naik 114% dibandingkan bulan Januari 2024 (7).',
  ],
  webinars: [
    'Publikasi webinar bulan Januari 2025 turun 75% jika dibandingkan dengan publikasi webinar bulan sebelumnya (12) dan turun 67% jika dibandingkan dengan publikasi webinar Januari 2024 (9).',
  ],
  website: [
    'Jumlah pengunjung website DJPK selama bulan Januari 2025 sekitar 104.000, naik 16% dibandingkan bulan sebelumnya (90.000).',
    'Jika dibandingkan dengan Januari 2024 (58.000), pengunjung website pada bulan Januari 2025 naik 79%.',
  ],
  consultations: [
    'Jumlah konsultasi di bulan Januari 2025 turun 23% dibandingkan bulan Januari 2024 (1.304 konsultasi).',
    'Jika dibandingkan dengan jumlah konsultasi di bulan sebelumnya (1.112 konsultasi), jumlah konsultasi di bulan Januari 2025 turun 9%.',
  ],
  complaints: [
    'Jumlah pengaduan pada bulan Januari 2025 turun 50% dibandingkan pengaduan bulan sebelumnya (8) dan naik 300% jika dibandingkan dengan bulan Januari 2024 (1).',
  ],
  user_categories: [
    'Pengguna layanan pada bulan Januari 2025 terdiri dari Pemda 81,58% (824 pengguna), Kementerian/Lembaga 9,21% (93 pengguna), Akademisi 3,27% (33 pengguna), dan Lainnya 5,94% (60 pengguna).',
  ],
  whatsapp: [
    'Jumlah konsultasi pada bulan Januari 2025 melalui WhatsApp DJPK sebesar 695 layanan atau turun 10% dibandingkan bulan sebelumnya (771 layanan).',
    'Jika dibandingkan dengan Januari 2024 (1.028 layanan), jumlah konsultasi melalui WhatsApp turun sebesar 32%.',
  ],
  chatbot: [
    'Pada bulan Januari 2025, jumlah pengguna layanan Chatbot (tanpa Chat Agent) adalah sebanyak 374 pengguna. Jumlah ini naik 11% dibandingkan dengan pengguna pada bulan sebelumnya (337 pengguna) dan turun 35% dibandingkan Januari 2024 (577).',
  ],
  video_conferences: [
    'Pada bulan Januari 2025, telah dilaksanakan Video Conference melalui aplikasi Ms. Teams sebanyak 2 kali.',
    'Jumlah video conference pada bulan Januari 2025 turun 50% dibandingkan bulan sebelumnya (4).',
  ],
  face_to_face: [
    'Pada bulan Januari 2025, telah dilaksanakan 24 kali konsultasi tatap muka. Jumlah ini turun 27% dibanding bulan sebelumnya (33), dan turun 4% dibandingkan Januari 2024 (25).',
  ],
};
