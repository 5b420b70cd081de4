/** Knowledge base, satisfaction and Layer 2 (seed pages 32-35). */
import type { MonthlyReport } from '../types.ts';
import { compared, d, list, monthNames, n, versus, wholePercent, type ReportFigures } from './words.ts';

const TOP = 3;

export function knowledgeBaseNarrative(r: ReportFigures): string[] {
  const kb = r.knowledge_base;
  if (kb.total_awaiting_review === 0) return ['Tidak ada FAQ/Knowledge Base Contact Center DJPK yang perlu direviu.'];
  const top = kb.awaiting_review.slice(0, TOP).map((a) => `${a.label} (${n(a.count)})`);
  return [`Jumlah FAQ/Knowledge Base Contact Center DJPK yang perlu direviu sebanyak ${n(kb.total_awaiting_review)}, terbanyak pada topik ${list(top)}.`];
}

export function satisfactionNarrative(r: ReportFigures): string[] {
  const { minimum, agents } = r.satisfaction;
  const month = monthNames(r).month;
  const sentences = [`Setiap agen minimal memiliki ${n(minimum.ratings)} penilaian dari minimal ${n(minimum.raters)} pengguna yang berbeda setiap bulannya.`];
  if (agents.length === 0) return sentences;
  const qualified = agents.filter((a) => a.meets_minimum && a.score !== null);
  const best = qualified[0]?.score;
  if (best !== undefined && best !== null) {
    const leaders = qualified.filter((a) => a.score === best).map((a) => a.name);
    sentences.push(`Rata-rata nilai kepuasan tertinggi pada bulan ${month} diraih oleh ${list(leaders)} (${d(best)}).`);
  }
  const below = agents.filter((a) => !a.meets_minimum);
  sentences.push(below.length === 0
    ? `Seluruh agen telah memenuhi ketentuan minimal penilaian pada bulan ${month}.`
    : `Agen yang belum memenuhi ketentuan minimal penilaian pada bulan ${month}: ${list(below.map((a) => `${a.name} (${n(a.ratings)} penilaian dari ${n(a.raters)} pengguna)`))}.`);
  return sentences;
}

type Team = MonthlyReport['escalation']['teams'][number];

/** "Tim Reguler Penyaluran Dana Transfer, Direktorat SIPT"; a name that already says its unit stays as it is. */
const teamName = (t: Team): string => (t.team.toUpperCase().includes(t.unit.toUpperCase()) ? t.team : `${t.team}, Direktorat ${t.unit}`);

/** Most tickets first; among equals the faster (fewer working days), then the higher score. */
const byVolume = (a: Team, b: Team): number =>
  b.count - a.count || (a.mean_working_days ?? Infinity) - (b.mean_working_days ?? Infinity) || (b.score ?? -1) - (a.score ?? -1) || a.team.localeCompare(b.team);

export function escalationNarrative(r: ReportFigures): string[] {
  const names = monthNames(r);
  const e = r.escalation.total;
  const sentences = compared(e, { what: 'Jumlah tiket yang dieskalasi ke Layer 2', noun: 'tiket yang dieskalasi ke Layer 2' }, names, () => [
    `Sebanyak ${n(e.value)} tiket dieskalasi ke Layer 2 pada bulan ${names.month}, ${versus(e.value, e.previous)} bulan sebelumnya (${n(e.previous)}) dan ${versus(e.value, e.last_year)} bulan ${names.lastYear} (${n(e.last_year)}).`,
  ]);
  const teams = r.escalation.teams;
  const best = teams[0]?.score;
  if (best === undefined || best === null) return sentences;
  const leaders = teams.filter((t) => t.score === best).map((t) => t.team);
  sentences.push(`Berdasarkan kecepatan memberikan tanggapan sejak pertanyaan dieskalasi, nilai capaian rata-rata ${list(leaders)} menempati peringkat pertama (${d(best, 1)}).`);
  const top = [...teams].sort(byVolume)[0]!;
  const speed = top.mean_working_days === null ? '' : ` dan rata-rata waktu pemberian tanggapan ${d(top.mean_working_days, 1)} hari kerja`;
  const score = top.score === null ? '' : `, dengan nilai capaian rata-rata ${d(top.score, 1)}${speed}`;
  sentences.push(`Berdasarkan jumlah tiket yang dieskalasi dan rata-rata waktu pemberian tanggapan tercepat, ${teamName(top)} menduduki peringkat pertama dengan jumlah tiket ${n(top.count)} atau ${wholePercent(top.count, e.value)} dari total seluruh tiket yang dieskalasi pada bulan ${names.month} (${n(e.value)} tiket)${score}.`);
  return sentences;
}
