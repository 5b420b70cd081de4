/** Tickets inside and outside service hours by time zone (seed page 17). */
import { list, monthNames, n, share, wholePercent, type ReportFigures } from './words.ts';

const ZONE_WORDS = { WIB: 'bagian barat (WIB)', WITA: 'bagian tengah (WITA)', WIT: 'bagian timur (WIT)' } as const;
const ZONES = ['WIB', 'WITA', 'WIT'] as const;

export function serviceHoursNarrative(r: ReportFigures): string[] {
  const h = r.service_hours;
  const month = monthNames(r).monthOnly;
  const total = h.identified + h.unidentified;
  if (total === 0) return [`Selama bulan ${month}, tidak ada tiket konsultasi.`];
  return [identification(month, total, h.identified, h.unidentified), ...zones(r), outsideHours(r, total)];
}

function identification(month: string, total: number, identified: number, unidentified: number): string {
  if (unidentified === 0) return `Selama bulan ${month}, seluruh ${n(total)} tiket konsultasi dapat diidentifikasi asal zona waktunya.`;
  return `Selama bulan ${month}, dari total ${n(total)} tiket konsultasi, sebanyak ${n(identified)} tiket dapat diidentifikasi asal zona waktu, sedangkan ${n(unidentified)} tiket sisanya tidak dapat diidentifikasi.`;
}

function zones(r: ReportFigures): string[] {
  const h = r.service_hours;
  if (h.identified === 0) return [];
  const inside = ZONES.reduce((sum, z) => sum + h.inside[z], 0);
  const outside = ZONES.reduce((sum, z) => sum + h.outside[z], 0);
  const start = `Dari ${n(h.identified)} tiket yang dapat diidentifikasi zona waktunya, ${n(inside)} pengguna layanan menghubungi DJPK di dalam jam layanan`;
  if (outside === 0) return [`${start}, dan tidak ada yang menghubungi DJPK di luar jam layanan.`];
  const parts = ZONES.filter((z) => h.outside[z] > 0).map((z) => `${n(h.outside[z])} (${share(h.outside[z] / outside)}) dari ${ZONE_WORDS[z]}`);
  return [`${start}, sedangkan ${n(outside)} sisanya menghubungi DJPK di luar jam layanan yang terdiri dari ${list(parts)}.`];
}

function outsideHours(r: ReportFigures, total: number): string {
  const h = r.service_hours;
  const start = `Dari ${n(total)} tiket`;
  if (h.outside_total === 0) return `${start}, tidak ada tiket yang masuk di luar jam layanan.`;
  const outside = `${start}, terdapat ${n(h.outside_total)} tiket yang masuk di luar jam layanan`;
  const e = h.outside_escalated;
  if (e.count === 0) return `${outside}, dan tidak ada yang memerlukan eskalasi lebih lanjut.`;
  const topics = e.topics.length ? `, dengan topik terkait ${list(e.topics)}` : '';
  return `${outside}, ${n(e.count)} diantaranya atau ${wholePercent(e.count, h.outside_total)} memerlukan eskalasi lebih lanjut${topics}.`;
}
