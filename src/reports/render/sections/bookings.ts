import { formatNumber } from '../../../platform/format.ts';
import type { BroadcastItem, MonthlyReport } from '../../types.ts';
import { comparableChart } from '../charts.ts';
import { topicLabeller } from '../labels.ts';
import { column, comparableTable, displayDate, isBlank, narrativeOf, section, sheetOnly, table } from './common.ts';
import type { ReportSection } from './types.ts';

export function videoConferencesSection(report: MonthlyReport): ReportSection {
  const { count, items } = report.video_conferences;
  const topics = topicLabeller(report.topics);
  return section('video_conferences', 'Layanan Video Conference', 'Video Conference', isBlank(count) && items.length === 0, {
    narrative: narrativeOf(report, 'video_conferences'),
    charts: [comparableChart(report, 'Jumlah video conference', count)],
    tables: [
      comparableTable(report, 'Jumlah video conference', [{ label: 'Video conference', figure: count }]),
      table('Rincian video conference', [column('Tanggal', 'text', 2), column('Daerah', 'text', 2), column('Topik', 'text', 2)],
        items.map((i) => [displayDate(i.date), i.region, topics(i.topics) || '-'])),
    ],
    showsRegions: items.length > 0,
  });
}

export function faceToFaceSection(report: MonthlyReport): ReportSection {
  const { count, items, guest_limit: limit, over_guest_limit: over } = report.face_to_face;
  const topics = topicLabeller(report.topics);
  return section('face_to_face', 'Konsultasi Tatap Muka', 'Tatap Muka', isBlank(count) && items.length === 0, {
    narrative: narrativeOf(report, 'face_to_face'),
    notes: [`Kunjungan dengan jumlah tamu melebihi ketentuan (lebih dari ${formatNumber(limit)} orang): ${formatNumber(over)}.`],
    charts: [comparableChart(report, 'Jumlah konsultasi tatap muka', count)],
    tables: [
      table('Rincian konsultasi tatap muka', [
        column('No', 'integer', 0.5), column('Tanggal', 'text', 1.6), column('Nama Pengguna Layanan', 'text', 2.6),
        column('Topik', 'text', 2), column('Jumlah Tamu', 'integer', 1),
      ], items.map((i, index) => [index + 1, displayDate(i.date), i.visitor, topics(i.topics) || '-', i.guests])),
      sheetOnly(comparableTable(report, 'Jumlah konsultasi tatap muka', [{ label: 'Konsultasi tatap muka', figure: count }])),
    ],
  });
}

export function broadcastsSection(report: MonthlyReport): ReportSection {
  const { email, whatsapp } = report.broadcasts;
  const rows = (kind: string, items: BroadcastItem[]) => items.map((i) => [displayDate(i.date), kind, i.subject, i.recipients]);
  const empty = isBlank(email.count) && isBlank(whatsapp.count) && email.items.length + whatsapp.items.length === 0;
  return section('broadcasts', 'Email Blast dan WhatsApp Blast', 'Email & WA Blast', empty, {
    narrative: narrativeOf(report, 'broadcasts'),
    charts: [comparableChart(report, 'Email Blast', email.count), comparableChart(report, 'WhatsApp Blast', whatsapp.count)],
    tables: [
      comparableTable(report, 'Jumlah pesan siaran', [{ label: 'Email Blast', figure: email.count }, { label: 'WhatsApp Blast', figure: whatsapp.count }]),
      table('Rincian pesan siaran', [column('Tanggal', 'text', 1.8), column('Kanal', 'text', 1.1), column('Perihal', 'text', 5), column('Penerima', 'integer', 1.1)],
        [...rows('Email', email.items), ...rows('WhatsApp', whatsapp.items)]),
    ],
  });
}
