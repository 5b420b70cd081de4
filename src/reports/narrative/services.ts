/** Chatbot, video conferences and face-to-face visits (seed pages 20, 26-28). */
import { change, compared, list, longDate, monthNames, n, versus, type ReportFigures } from './words.ts';

export function chatbotNarrative(r: ReportFigures): string[] {
  const names = monthNames(r);
  const u = r.chatbot.users;
  const sentences = [
    ...(u.value > 0 ? [`Pada bulan ${names.month}, jumlah pengguna layanan Chatbot (tanpa Chat Agent) adalah sebanyak ${n(u.value)} pengguna.`] : []),
    ...compared(u, { what: 'Jumlah pengguna layanan Chatbot (tanpa Chat Agent)', noun: 'pengguna layanan Chatbot (tanpa Chat Agent)' }, names, () => [
      `Jumlah ini ${versus(u.value, u.previous, 'dibandingkan dengan')} pengguna pada bulan sebelumnya (${n(u.previous)} pengguna) dan ${versus(u.value, u.last_year)} ${names.lastYear} (${n(u.last_year)}).`,
    ]),
  ];
  if (r.chatbot.by_menu.length === 0) return sentences;
  return [...sentences, `Menu yang diakses adalah sebagai berikut: ${list(r.chatbot.by_menu.map((m) => `${m.menu} (${n(m.count)})`))}.`];
}

const topicsOf = (topics: readonly string[]): string => (topics.length ? `, topik ${list(topics)}` : '');

export function videoConferencesNarrative(r: ReportFigures): string[] {
  const names = monthNames(r);
  const v = r.video_conferences.count;
  const sentences = [
    ...(v.value > 0 ? [`Pada bulan ${names.month}, telah dilaksanakan Video Conference melalui aplikasi Ms. Teams sebanyak ${n(v.value)} kali.`] : []),
    ...compared(v, { what: 'Jumlah video conference', noun: 'video conference' }, names, () => [
      `Jumlah video conference pada bulan ${names.month} ${versus(v.value, v.previous)} bulan sebelumnya (${n(v.previous)}).`,
      `Jika dibandingkan dengan ${names.lastYear} (${n(v.last_year)}), jumlah video conference yang dilaksanakan ${names.month} ${change(v.value, v.last_year)}.`,
    ]),
  ];
  const items = r.video_conferences.items;
  if (items.length === 0) return sentences;
  return [...sentences, `Video Conference dilaksanakan bersama ${list(items.map((i) => `${i.region} (${longDate(i.date)}${topicsOf(i.topics)})`))}.`];
}

export function faceToFaceNarrative(r: ReportFigures): string[] {
  const names = monthNames(r);
  const f = r.face_to_face;
  const c = f.count;
  const sentences = [
    ...(c.value > 0 ? [`Pada bulan ${names.month}, telah dilaksanakan ${n(c.value)} kali konsultasi tatap muka.`] : []),
    ...compared(c, { what: 'Jumlah konsultasi tatap muka', noun: 'konsultasi tatap muka' }, names, () => [
      `Jumlah ini ${versus(c.value, c.previous, 'dibanding')} bulan sebelumnya (${n(c.previous)}), dan ${versus(c.value, c.last_year)} ${names.lastYear} (${n(c.last_year)}).`,
    ]),
  ];
  if (f.over_guest_limit === 0) return sentences;
  return [
    ...sentences,
    `Namun, dalam pelaksanaannya beberapa pengguna layanan belum mematuhi ketentuan pelaksanaan konsultasi tatap muka, seperti jumlah tamu yang hadir melebihi ketentuan (maksimal ${n(f.guest_limit)} orang) pada ${n(f.over_guest_limit)} kunjungan.`,
  ];
}
