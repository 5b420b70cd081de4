import { CHANNELS } from '../../../db/schema.ts';
import type { MonthlyReport, TopicCount } from '../../types.ts';
import { comparableChart, rankingChart, shareChart } from '../charts.ts';
import { CHANNEL_LABELS, topicKind, topicLabeller, userCategoryLabel, type UserCategoryKey } from '../labels.ts';
import { column, comparableTable, isBlank, joinList, narrativeOf, section, table } from './common.ts';
import type { ReportSection } from './types.ts';

/** Consultations by channel, with the other services (chatbot, video conference, face to face). */
export function channelsSection(report: MonthlyReport): ReportSection {
  const { by_channel: byChannel, total } = report.consultations;
  const channels = comparableTable(report, 'Konsultasi per kanal', [
    ...CHANNELS.map((c) => ({ label: CHANNEL_LABELS[c], figure: byChannel[c], share: byChannel[c].share })),
    { label: 'Jumlah', figure: total, share: total.value ? 1 : 0 },
  ], 'count', true);
  const others = comparableTable(report, 'Layanan lainnya', [
    { label: 'Chatbot (pengguna tanpa Chat Agent)', figure: report.chatbot.users },
    { label: 'Video Conference', figure: report.video_conferences.count },
    { label: 'Konsultasi Tatap Muka', figure: report.face_to_face.count },
  ]);
  const empty = isBlank(total) && isBlank(report.chatbot.users) && isBlank(report.video_conferences.count) && isBlank(report.face_to_face.count);
  return section('channels', 'Ringkasan Layanan', 'Kanal Layanan', empty, {
    narrative: narrativeOf(report, 'channels'),
    charts: [shareChart('Konsultasi per kanal', CHANNELS.map((c) => ({ name: CHANNEL_LABELS[c], value: byChannel[c].value })))],
    tables: [channels, others],
  });
}

export function consultationsSection(report: MonthlyReport): ReportSection {
  const { total } = report.consultations;
  return section('consultations', 'Perkembangan Jumlah Konsultasi', 'Jumlah Konsultasi', isBlank(total), {
    narrative: narrativeOf(report, 'consultations'),
    charts: [comparableChart(report, 'Jumlah konsultasi', total)],
    tables: [comparableTable(report, 'Jumlah konsultasi', [{ label: 'Konsultasi', figure: total }])],
  });
}

function topicsSection(report: MonthlyReport, kind: 'technical' | 'other'): ReportSection {
  const topics: TopicCount[] = report.topics.filter((t) => topicKind(t) === kind);
  const title = kind === 'technical' ? 'Topik Konsultasi Teknis' : 'Topik Konsultasi Lainnya';
  return section(kind === 'technical' ? 'technical_topics' : 'other_topics', title, kind === 'technical' ? 'Topik Teknis' : 'Topik Lainnya', topics.length === 0, {
    narrative: kind === 'technical' ? narrativeOf(report, 'topics') : narrativeOf(report, 'other_topics'),
    charts: [rankingChart(title, topics.map((t) => ({ name: t.label, value: t.count })))],
    tables: [table(title, [column('Topik', 'text', 3), column('Jumlah tiket', 'integer')], topics.map((t) => [t.label, t.count]))],
  });
}

export const technicalTopicsSection = (report: MonthlyReport): ReportSection => topicsSection(report, 'technical');
export const otherTopicsSection = (report: MonthlyReport): ReportSection => topicsSection(report, 'other');

export function complaintsSection(report: MonthlyReport): ReportSection {
  const { count, items } = report.complaints;
  const regionsOf = (item: (typeof items)[number]): string => joinList([
    ...item.regions,
    ...(item.unidentified_regions > 0 ? [`${item.unidentified_regions} daerah tidak teridentifikasi`] : []),
  ]);
  return section('complaints', 'Pengaduan', 'Pengaduan', isBlank(count) && items.length === 0, {
    narrative: narrativeOf(report, 'complaints'),
    charts: [comparableChart(report, 'Jumlah pengaduan', count)],
    tables: [
      comparableTable(report, 'Jumlah pengaduan', [{ label: 'Pengaduan', figure: count }]),
      table('Rincian pengaduan', [column('Perihal', 'text', 4), column('Jumlah', 'integer'), column('Daerah', 'text', 3)],
        items.map((i) => [i.subject, i.count, regionsOf(i) || '-'])),
    ],
    showsRegions: items.some((i) => i.regions.length > 0),
  });
}

const CATEGORY_ORDER: UserCategoryKey[] = ['pemda', 'kl', 'akademisi', 'lainnya'];

export function userCategoriesSection(report: MonthlyReport): ReportSection {
  const rows = CATEGORY_ORDER.map((key) => ({ label: userCategoryLabel(key), ...report.user_categories[key] }));
  return section('user_categories', 'Pengguna Layanan', 'Pengguna Layanan', rows.every((r) => r.count === 0), {
    narrative: narrativeOf(report, 'user_categories'),
    charts: [shareChart('Kategori pengguna layanan', rows.map((r) => ({ name: r.label, value: r.count })))],
    tables: [table('Kategori pengguna layanan', [column('Kategori', 'text', 2), column('Pengguna', 'integer'), column('Porsi', 'share')],
      rows.map((r) => [r.label, r.count, r.share]))],
  });
}

export function topRegionsSection(report: MonthlyReport): ReportSection {
  const regions = report.top_regions;
  const topicLabels = topicLabeller(report.topics);
  return section('top_regions', 'Pemda Pengguna Terbanyak', 'Pemda Terbanyak', regions.length === 0, {
    narrative: narrativeOf(report, 'top_regions'),
    charts: [rankingChart('Pemda dengan tiket terbanyak', regions.map((r) => ({ name: r.region_name, value: r.count })))],
    tables: [table('Pemda pengguna terbanyak', [column('Daerah', 'text', 2), column('Kode', 'text'), column('Tiket', 'integer'), column('Topik', 'text', 3)],
      regions.map((r) => [r.region_name, r.region_code, r.count, topicLabels(r.topics) || '-']))],
    showsRegions: true,
  });
}
