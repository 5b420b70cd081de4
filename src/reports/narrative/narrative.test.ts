import { describe, expect, it } from 'vitest';
import { SEED_JANUARY_2025 } from '../example-report.ts';
import { comparable } from '../comparable.ts';
import { writeNarrative, NARRATIVE_SECTIONS, type ReportFigures } from './index.ts';

const seed = writeNarrative(SEED_JANUARY_2025);
const section = (key: string, figures: ReportFigures = SEED_JANUARY_2025): string[] => writeNarrative(figures).narrative_by_section[key] ?? [];
const changed = (edit: (r: ReportFigures) => void): ReportFigures => {
  const copy = structuredClone(SEED_JANUARY_2025);
  edit(copy);
  return copy;
};

describe('the narrative of the seed month (January 2025), in the seed\'s words', () => {
  it('has every section in the seed\'s order, and the flat narrative is the sections one after another', () => {
    expect(Object.keys(seed.narrative_by_section)).toEqual(NARRATIVE_SECTIONS.map(([key]) => key));
    expect(seed.narrative).toEqual(Object.values(seed.narrative_by_section).flat());
  });

  it('compares the consultations with January 2024 and with the previous month', () => {
    expect(section('consultations')).toEqual([
      'Jumlah konsultasi di bulan Januari 2025 turun 23% dibandingkan bulan Januari 2024 (1.304 konsultasi).',
      'Jika dibandingkan dengan jumlah konsultasi di bulan sebelumnya (1.112 konsultasi), jumlah konsultasi di bulan Januari 2025 turun 9%.',
    ]);
  });

  it('writes each channel as its seed page does, shares with two decimals', () => {
    expect(section('whatsapp').slice(0, 2)).toEqual([
      'Jumlah konsultasi pada bulan Januari 2025 melalui WhatsApp DJPK sebesar 695 layanan atau turun 10% dibandingkan bulan sebelumnya (771 layanan).',
      'Jika dibandingkan dengan Januari 2024 (1.028 layanan), jumlah konsultasi melalui WhatsApp turun sebesar 32%.',
    ]);
    expect(section('whatsapp')[2]).toBe('Topik konsultasi terbanyak melalui WhatsApp adalah DBH (128), DAU (120), dan JF AKPD (65).');
    // The seed says "5%": 60 of 1.010 is 5,94%.
    expect(section('phone').slice(0, 3)).toEqual([
      'Pada bulan Januari 2025, sebanyak 5,94% atau 60 pengguna menggunakan layanan telepon sebagai media konsultasi.',
      'Jumlah ini turun 5% dibandingkan layanan telepon pada bulan sebelumnya (63 layanan).',
      'Jika dibandingkan dengan Januari 2024 (63 layanan), jumlah ini juga turun 5%.',
    ]);
    // The seed says "3%": 32 of 1.010 is 3,17%.
    expect(section('helpdesk').slice(0, 2)).toEqual([
      'Pada bulan Januari 2025, sebanyak 3,17% (32 pengguna) menggunakan layanan Help Desk-HAI Kemenkeu sebagai layanan terintegrasi Contact Center Kemenkeu yang dapat diakses melalui situs contact-djpk.kemenkeu.go.id.',
      'Jumlah layanan pada bulan Januari 2025 naik 14% dibandingkan bulan sebelumnya (28 layanan), jika dibandingkan dengan Januari 2024 (10 layanan), naik 220%.',
    ]);
    // The seed says "1%": 4 of 1.010 is 0,40%.
    expect(section('livechat').slice(0, 2)).toEqual([
      'Pada bulan Januari 2025, sebanyak 0,40% (4 pengguna) menggunakan layanan Live Chat yang dapat diakses melalui situs contact-djpk.kemenkeu.go.id, jumlah ini turun 69% dibandingkan layanan pada bulan sebelumnya (13 layanan).',
      'Jika dibandingkan dengan Januari 2024, jumlah ini juga turun 82% (22 layanan).',
    ]);
    // The seed says "22%": 219 of 1.010 is 21,68%. "juga" only when both changes go the same way.
    expect(section('email').slice(0, 2)).toEqual([
      'Sebanyak 21,68% atau 219 pengguna layanan informasi DJPK menggunakan Layanan Email di bulan Januari 2025, jumlah ini turun 8% dibandingkan layanan pada bulan sebelumnya (237 pengguna).',
      'Jika dibandingkan dengan Januari 2024 (181 pengguna), jumlah ini naik 21%.',
    ]);
  });

  it('lists the complaints by subject with the regions that sent them', () => {
    expect(section('complaints')).toEqual([
      'Jumlah pengaduan pada bulan Januari 2025 turun 50% dibandingkan pengaduan bulan sebelumnya (8) dan naik 300% jika dibandingkan dengan bulan Januari 2024 (1).',
      'Pengaduan pada bulan Januari 2025 terdiri dari: Surat Palsu Undangan Pendidikan/Pelatihan Tugas dan Tanggung Jawab Bagi Staff/ Bidang Keuangan dan Bendahara Penerimaan/Bendahara Pengeluaran dalam Pengelolaan Keuangan Serta Strategi Dalam Menghadapi Audit (Kab. Bogor, Kab. Cirebon, Kota Samarinda, 1 daerah tidak teridentifikasi).',
    ]);
  });

  it('writes the users, the top regions and the topics', () => {
    expect(section('user_categories')).toEqual(['Pengguna layanan pada bulan Januari 2025 terdiri atas Pemda 81,58% (824 pengguna), Kementerian/Lembaga 9,21% (93 pengguna), Akademisi 3,27% (33 pengguna), dan Lainnya 5,94% (60 pengguna).']);
    expect(section('top_regions')).toEqual(['Pemda pengguna layanan terbanyak pada bulan Januari 2025 adalah Kab. Bangka Selatan (11 tiket; topik DAU, Aplikasi, dan Surat Masuk), Kota Manado (11 tiket; topik DKD dan Surat Masuk), dan Kab. Probolinggo (11 tiket; topik SHSR, DBH, dan Surat Masuk).']);
    expect(section('topics')).toEqual(['Topik konsultasi terbanyak pada bulan Januari 2025 adalah DBH (166 tiket), DAU (160 tiket), dan Surat Masuk (120 tiket).']);
  });

  it('splits the tickets by zone and service hours', () => {
    // The seed writes 57,6%, 27,3% and 15.1%: 5 of 33 is 15,15%.
    expect(section('service_hours')).toEqual([
      'Selama bulan Januari, dari total 1.010 tiket konsultasi, sebanyak 987 tiket dapat diidentifikasi asal zona waktu, sedangkan 23 tiket sisanya tidak dapat diidentifikasi.',
      'Dari 987 tiket yang dapat diidentifikasi zona waktunya, 954 pengguna layanan menghubungi DJPK di dalam jam layanan, sedangkan 33 sisanya menghubungi DJPK di luar jam layanan yang terdiri dari 19 (57,58%) dari bagian barat (WIB), 9 (27,27%) dari bagian tengah (WITA), dan 5 (15,15%) dari bagian timur (WIT).',
      'Dari 1.010 tiket, terdapat 42 tiket yang masuk di luar jam layanan, 3 diantaranya atau 7% memerlukan eskalasi lebih lanjut, dengan topik terkait DBH dan DID / IF.',
    ]);
  });

  it('counts chatbot users without Chat Agent and lists the menus', () => {
    const chatbot = section('chatbot');
    expect(chatbot.slice(0, 2)).toEqual([
      'Pada bulan Januari 2025, jumlah pengguna layanan Chatbot (tanpa Chat Agent) adalah sebanyak 374 pengguna.',
      'Jumlah ini naik 11% dibandingkan dengan pengguna pada bulan sebelumnya (337 pengguna) dan turun 35% dibandingkan Januari 2024 (577).',
    ]);
    expect(chatbot[2]).toMatch(/^Menu yang diakses adalah sebagai berikut: Informasi Anggaran Transfer ke Daerah \(210\), .*, dan Tidak Dilanjutkan \(73\)\.$/);
  });

  it('says "sama" when a figure equals its base (video conferences)', () => {
    expect(section('video_conferences')).toEqual([
      'Pada bulan Januari 2025, telah dilaksanakan Video Conference melalui aplikasi Ms. Teams sebanyak 2 kali.',
      'Jumlah video conference pada bulan Januari 2025 turun 50% dibandingkan bulan sebelumnya (4).',
      'Jika dibandingkan dengan Januari 2024 (2), jumlah video conference yang dilaksanakan Januari 2025 sama.',
      'Video Conference dilaksanakan bersama Kab. Banjarnegara (7 Januari 2025, topik DID / IF) dan Kab. Kolaka (31 Januari 2025, topik JF AKPD).',
    ]);
  });

  it('counts face-to-face visits and those above the guest limit', () => {
    // The seed says "turun 1%": 24 against 25 is -4%. Of its 24 visits, 13 brought more than 5 guests.
    expect(section('face_to_face')).toEqual([
      'Pada bulan Januari 2025, telah dilaksanakan 24 kali konsultasi tatap muka.',
      'Jumlah ini turun 27% dibanding bulan sebelumnya (33), dan turun 4% dibandingkan Januari 2024 (25).',
      'Namun, dalam pelaksanaannya beberapa pengguna layanan belum mematuhi ketentuan pelaksanaan konsultasi tatap muka, seperti jumlah tamu yang hadir melebihi ketentuan (maksimal 5 orang) pada 13 kunjungan.',
    ]);
  });

  it('writes the outreach figures', () => {
    // The seed says "naik 71%" against January 2024: 15 against 7 is +114%.
    expect(section('publications')).toEqual([
      'Pada bulan Januari, terdapat 15 publikasi pada Website DJPK yang terdiri atas Peraturan, Pemberitahuan ke Daerah, Jurnal Defis, Majalah, LPEFD, APBD, dan PPID.',
      'Jumlah publikasi website bulan Januari naik 25% dibandingkan bulan sebelumnya (12) dan naik 114% dibandingkan bulan Januari 2024 (7).',
    ]);
    expect(section('webinars')).toEqual(['Publikasi webinar bulan Januari 2025 turun 75% jika dibandingkan dengan publikasi webinar bulan sebelumnya (12) dan turun 67% jika dibandingkan dengan publikasi webinar Januari 2024 (9).']);
    expect(section('website')).toEqual([
      'Jumlah pengunjung website DJPK selama bulan Januari 2025 sekitar 104.000, naik 16% dibandingkan bulan sebelumnya (90.000).',
      'Jika dibandingkan dengan Januari 2024 (58.000), pengunjung website pada bulan Januari 2025 naik 79%.',
    ]);
    expect(section('social_media').slice(0, 2)).toEqual([
      'Rata-rata publikasi konten media sosial DJPK pada bulan Januari 2025 naik 6% dibandingkan bulan sebelumnya (34).',
      'Jika dibandingkan dengan Januari 2024 (39), rata-rata publikasi konten turun 8%.',
    ]);
    expect(section('ppid').slice(0, 2)).toEqual([
      'Pada bulan Januari 2025 terdapat 19 permohonan informasi melalui PPID DJPK.',
      'Permohonan pada bulan Januari 2025 turun 24% dibandingkan dengan bulan sebelumnya (25) dan naik 12% dibandingkan Januari 2024 (17).',
    ]);
    expect(section('advocacy')).toEqual(['Capaian employee advocacy DJPK pada bulan Januari 2025 sebesar 305,58% dari target.']);
  });

  it('says the email blasts and that no WA blast was sent, in words', () => {
    expect(section('broadcasts')).toEqual([
      'Pada bulan Januari 2025, Contact Center DJPK mengirimkan 6 email blast, turun 33% dibandingkan bulan sebelumnya (9) dan naik 50% dibandingkan bulan Januari 2024 (4).',
      'Pada bulan Januari 2025 tidak ada pesan siaran WhatsApp (WA Blast), sama seperti bulan sebelumnya, sedangkan pada bulan Januari 2024 terdapat 12.',
      'Pada bulan Januari 2025, distribusi informasi massal dari Contact Center DJPK dilakukan melalui email.',
    ]);
  });

  it('writes the knowledge base, satisfaction and Layer 2 rankings', () => {
    expect(section('knowledge_base')).toEqual(['Jumlah FAQ/Knowledge Base Contact Center DJPK yang perlu direviu sebanyak 60, terbanyak pada topik PDRD (32), DBH (16), dan DAK Fisik (11).']);
    // Horas has the best score but only 4 ratings: the best among agents meeting the minimum is Linna.
    expect(section('satisfaction')).toEqual([
      'Setiap agen minimal memiliki 5 penilaian dari minimal 5 pengguna yang berbeda setiap bulannya.',
      'Rata-rata nilai kepuasan tertinggi pada bulan Januari 2025 diraih oleh Linna (4,95).',
      'Agen yang belum memenuhi ketentuan minimal penilaian pada bulan Januari 2025: Horas (4 penilaian dari 4 pengguna) dan Ronald (5 penilaian dari 4 pengguna).',
    ]);
    // The seed's sentence says SIPT had 11 tickets (16%) while its chart shows 19: 19 of 67 is 28%.
    expect(section('escalation')).toEqual([
      'Sebanyak 67 tiket dieskalasi ke Layer 2 pada bulan Januari 2025, naik 16% dibandingkan bulan sebelumnya (58) dan naik 68% dibandingkan bulan Januari 2024 (40).',
      'Berdasarkan kecepatan memberikan tanggapan sejak pertanyaan dieskalasi, nilai capaian rata-rata Direktorat DDIOKK, Sekretariat, dan Direktorat P2D menempati peringkat pertama (120).',
      'Berdasarkan jumlah tiket yang dieskalasi dan rata-rata waktu pemberian tanggapan tercepat, Tim Reguler Penyaluran Dana Transfer, Direktorat SIPT menduduki peringkat pertama dengan jumlah tiket 19 atau 28% dari total seluruh tiket yang dieskalasi pada bulan Januari 2025 (67 tiket), dengan nilai capaian rata-rata 114,7 dan rata-rata waktu pemberian tanggapan 1,3 hari kerja.',
    ]);
  });
});

describe('the narrative\'s comparison rules', () => {
  it('says a zero base in words, without a percentage', () => {
    const complaints = section('complaints', changed((r) => { r.complaints.count = comparable(4, 0, 1); r.complaints.items = []; }));
    expect(complaints).toEqual([
      'Pada bulan sebelumnya tidak ada pengaduan, sedangkan pada bulan Januari 2025 terdapat 4 pengaduan.',
      'Jumlah pengaduan pada bulan Januari 2025 sebanyak 4, naik 300% dibandingkan bulan Januari 2024 (1).',
    ]);
    expect(complaints.join(' ')).not.toMatch(/dari 0|null|Infinity|NaN/);
  });

  it('says when there was nothing this month, and when there was nothing in any of the three', () => {
    expect(section('complaints', changed((r) => { r.complaints.count = comparable(0, 8, 1); r.complaints.items = []; }))).toEqual([
      'Pada bulan Januari 2025 tidak ada pengaduan, sedangkan pada bulan sebelumnya terdapat 8 dan pada bulan Januari 2024 terdapat 1.',
    ]);
    expect(section('video_conferences', changed((r) => { r.video_conferences = { count: comparable(0, 0, 0), no_show: 0, items: [] }; }))).toEqual([
      'Tidak ada video conference pada bulan Januari 2025, bulan sebelumnya, maupun bulan Januari 2024.',
    ]);
  });

  it('says "sama" for an equal figure and "naik kurang dari 1%" for a change that rounds to 0', () => {
    const equal = section('consultations', changed((r) => { r.consultations.total = comparable(1010, 1010, 1010); }));
    expect(equal).toEqual([
      'Jumlah konsultasi di bulan Januari 2025 sama dengan bulan Januari 2024 (1.010 konsultasi).',
      'Jika dibandingkan dengan jumlah konsultasi di bulan sebelumnya (1.010 konsultasi), jumlah konsultasi di bulan Januari 2025 sama.',
    ]);
    // 1.010 against 1.009 is +0,099%: rounds to 0 but is not equal.
    expect(section('consultations', changed((r) => { r.consultations.total = comparable(1010, 1009, 1304); }))[1]).toMatch(/naik kurang dari 1%\.$/);
  });

  it('rounds a change of exactly .5 up, away from zero', () => {
    // 3 against 2 is +50%; 201 against 200 is +0,5% -> 1%; 199 against 200 is -0,5% -> -1%.
    const up = section('consultations', changed((r) => { r.consultations.total = comparable(201, 200, 200); }));
    expect(up[1]).toBe('Jika dibandingkan dengan jumlah konsultasi di bulan sebelumnya (200 konsultasi), jumlah konsultasi di bulan Januari 2025 naik 1%.');
    const down = section('consultations', changed((r) => { r.consultations.total = comparable(199, 200, 200); }));
    expect(down[0]).toBe('Jumlah konsultasi di bulan Januari 2025 turun 1% dibandingkan bulan Januari 2024 (200 konsultasi).');
  });

  it('leaves out the guest-limit sentence when no visit exceeded it, and reports zones only where there are tickets', () => {
    expect(section('face_to_face', changed((r) => { r.face_to_face.over_guest_limit = 0; }))).toHaveLength(2);
    const hours = section('service_hours', changed((r) => {
      r.service_hours.outside = { WIB: 4, WITA: 0, WIT: 0, unidentified: 0 };
      r.service_hours.outside_total = 4;
      r.service_hours.outside_escalated = { count: 0, share: 0, topics: [] };
    }));
    expect(hours[1]).toMatch(/yang terdiri dari 4 \(100,00%\) dari bagian barat \(WIB\)\.$/);
    expect(hours[2]).toBe('Dari 1.010 tiket, terdapat 4 tiket yang masuk di luar jam layanan, dan tidak ada yang memerlukan eskalasi lebih lanjut.');
  });
});
