import { formatNumber } from '../../../platform/format.ts';
import type { MonthlyReport } from '../../types.ts';
import { comparableChart, rankingChart, shareChart } from '../charts.ts';
import { column, comparableTable, displayDate, narrativeOf, section, table } from './common.ts';
import type { ReportSection } from './types.ts';

export function knowledgeBaseSection(report: MonthlyReport): ReportSection {
  const { awaiting_review: topics, total_awaiting_review: total } = report.knowledge_base;
  return section('knowledge_base', 'Knowledge Base yang Perlu Direview', 'Knowledge Base', topics.length === 0, {
    narrative: narrativeOf(report, 'knowledge_base'),
    notes: [`Jumlah FAQ/knowledge base yang perlu direview: ${formatNumber(total)}.`],
    charts: [rankingChart('FAQ/knowledge base yang perlu direview per topik', topics.map((t) => ({ name: t.label, value: t.count })))],
    tables: [table('FAQ/knowledge base yang perlu direview', [column('Topik', 'text', 2), column('Jumlah', 'integer'), column('Ditandai sejak', 'text', 1.5)],
      topics.map((t) => [t.label, t.count, t.oldest_flagged_at ? displayDate(t.oldest_flagged_at.slice(0, 10)) : '-']))],
  });
}

export function satisfactionSection(report: MonthlyReport): ReportSection {
  const { agents, minimum } = report.satisfaction;
  const scored = agents.filter((a) => a.meets_minimum && a.score !== null);
  return section('satisfaction', 'Kepuasan Pengguna', 'Kepuasan Pengguna', agents.length === 0, {
    narrative: narrativeOf(report, 'satisfaction'),
    notes: [
      `Setiap agen minimal memiliki ${formatNumber(minimum.ratings)} penilaian dari minimal ${formatNumber(minimum.raters)} pengguna yang berbeda setiap bulannya.`,
      'Nilai kepuasan dihitung dari Kepuasan Layanan dan Substansi Jawaban di setiap akhir konsultasi.',
    ],
    charts: scored.length ? [rankingChart('Rata-rata nilai kepuasan per agen', scored.map((a) => ({ name: a.name, value: a.score ?? 0 })), 'score')] : [],
    tables: [table('Nilai kepuasan per agen', [
      column('Agen', 'text', 2), column('Penilaian', 'integer'), column('Pengguna', 'integer'), column('Kepuasan Layanan', 'decimal'),
      column('Substansi Jawaban', 'decimal'), column('Nilai', 'decimal'), column('Memenuhi minimum', 'text'),
    ], agents.map((a) => [a.name, a.ratings, a.raters, a.service, a.substance, a.score, a.meets_minimum ? 'Ya' : 'Tidak']))],
  });
}

/** Layer 2 teams ranked by score, then by count (the report's order), with each team's share of escalations. */
export function layer2Section(report: MonthlyReport): ReportSection {
  const { total, teams } = report.escalation;
  const scored = teams.filter((t) => t.score !== null);
  return section('layer2', 'Layer 2', 'Layer 2', teams.length === 0 && total.value === 0, {
    narrative: narrativeOf(report, 'escalation'),
    notes: ['Nilai 120: tanggapan pada hari H dan H+1; 100: H+2 dan H+3; 80: setelah H+3.'],
    charts: teams.length
      ? [
        ...(scored.length ? [rankingChart('Capaian rata-rata per tim', scored.map((t) => ({ name: t.team, value: t.score ?? 0 })), 'score')] : []),
        shareChart('Tiket dieskalasi per tim', teams.map((t) => ({ name: t.team, value: t.count }))),
      ]
      : [comparableChart(report, 'Tiket dieskalasi ke Layer 2', total)],
    tables: [
      table('Tim Layer 2', [
        column('Tim', 'text', 2.5), column('Unit', 'text'), column('Tiket', 'integer'), column('Porsi', 'share'),
        column('Nilai', 'decimal'), column('Belum dijawab', 'integer'), column('Rata-rata hari kerja', 'decimal'),
      ], teams.map((t) => [t.team, t.unit, t.count, t.share, t.score, t.pending, t.mean_working_days])),
      comparableTable(report, 'Tiket dieskalasi ke Layer 2', [{ label: 'Tiket dieskalasi', figure: total }]),
    ],
  });
}

export function evaluationSection(report: MonthlyReport): ReportSection {
  const paragraphs = report.evaluation.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return section('evaluation', 'Evaluasi dan Saran', 'Evaluasi dan Saran', paragraphs.length === 0, { narrative: paragraphs });
}
