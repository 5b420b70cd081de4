import type { Channel } from '../../../db/schema.ts';
import { formatNumber } from '../../../platform/format.ts';
import type { MonthlyReport, ZoneKey } from '../../types.ts';
import { comparableChart, groupedBarChart, rankingChart, shareChart } from '../charts.ts';
import { CHANNEL_LABELS, ZONE_LABELS, topicLabeller } from '../labels.ts';
import { column, comparableTable, isBlank, narrativeOf, section, table } from './common.ts';
import type { ReportSection, SectionKey } from './types.ts';

const ZONES: ZoneKey[] = ['WIB', 'WITA', 'WIT', 'unidentified'];

/** Tickets inside and outside service hours by time zone, and how many outside-hours tickets were escalated. */
export function serviceHoursSection(report: MonthlyReport): ReportSection {
  const hours = report.service_hours;
  const escalated = hours.outside_escalated;
  const total = hours.identified + hours.unidentified;
  const zoneRows = ZONES.map((z) => [ZONE_LABELS[z], hours.inside[z], hours.outside[z], hours.inside[z] + hours.outside[z]]);
  const sum = (side: 'inside' | 'outside'): number => ZONES.reduce((n, z) => n + hours[side][z], 0);
  return section('service_hours', 'Jam Layanan', 'Jam Layanan', total === 0, {
    narrative: narrativeOf(report, 'service_hours'),
    notes: [`Zona waktu teridentifikasi: ${formatNumber(hours.identified)} tiket; tidak teridentifikasi: ${formatNumber(hours.unidentified)} tiket.`],
    charts: [
      groupedBarChart('Jam layanan per zona', ['Dalam Jam Layanan', 'Luar Jam Layanan'],
        ZONES.map((z) => ({ name: ZONE_LABELS[z], values: [hours.inside[z], hours.outside[z]] }))),
      shareChart('Eskalasi di luar jam layanan', [
        { name: 'Eskalasi', value: escalated.count },
        { name: 'Tidak Eskalasi', value: Math.max(hours.outside_total - escalated.count, 0) },
      ]),
    ],
    tables: [
      table('Tiket per zona waktu', [column('Zona', 'text', 2), column('Dalam jam layanan', 'integer'), column('Luar jam layanan', 'integer'), column('Jumlah', 'integer')],
        [...zoneRows, ['Jumlah', sum('inside'), sum('outside'), sum('inside') + sum('outside')]]),
      table('Eskalasi tiket di luar jam layanan', [column('Tiket di luar jam layanan', 'integer'), column('Dieskalasi', 'integer'), column('Porsi', 'share'), column('Topik', 'text', 2)],
        [[hours.outside_total, escalated.count, escalated.share, topicLabeller(report.topics)(escalated.topics) || '-']]),
    ],
    showsRegions: true,
  });
}

const CHANNEL_SECTIONS: Record<Channel, { key: SectionKey; title: string }> = {
  whatsapp: { key: 'whatsapp', title: 'Layanan WhatsApp' },
  phone: { key: 'phone', title: 'Layanan Telepon (Dering DJPK)' },
  helpdesk: { key: 'helpdesk', title: 'Layanan Help Desk (Hai Kemenkeu)' },
  livechat: { key: 'livechat', title: 'Layanan Live Chat' },
  email: { key: 'email', title: 'Layanan Email' },
};

/** One consultation channel: its comparable count and its top 3 topics. */
export function channelSection(report: MonthlyReport, channel: Channel): ReportSection {
  const figure = report.consultations.by_channel[channel];
  const top = report.channel_top_topics[channel];
  const { key, title } = CHANNEL_SECTIONS[channel];
  const label = CHANNEL_LABELS[channel];
  return section(key, title, label, isBlank(figure), {
    narrative: narrativeOf(report, key),
    charts: [
      comparableChart(report, `Jumlah konsultasi ${label}`, figure),
      ...(top.length ? [rankingChart('Top 3 topik konsultasi', top.map((t) => ({ name: t.label, value: t.count })))] : []),
    ],
    tables: [
      comparableTable(report, `Konsultasi melalui ${label}`, [{ label, figure, share: figure.share }], 'count', true),
      table('Top 3 topik konsultasi', [column('Topik', 'text', 2), column('Jumlah tiket', 'integer')], top.map((t) => [t.label, t.count])),
    ],
  });
}

export function chatbotSection(report: MonthlyReport): ReportSection {
  const { users, by_menu: menus, sessions, handed_to_agent: handed } = report.chatbot;
  const menuTotal = menus.reduce((n, m) => n + m.count, 0);
  return section('chatbot', 'Layanan Chatbot', 'Chatbot', isBlank(users) && menus.length === 0, {
    narrative: narrativeOf(report, 'chatbot'),
    notes: [`Sesi chatbot: ${formatNumber(sessions)}; diteruskan ke Chat Agent: ${formatNumber(handed)}.`],
    charts: [comparableChart(report, 'Pengguna chatbot (tanpa Chat Agent)', users)],
    tables: [
      comparableTable(report, 'Pengguna chatbot (tanpa Chat Agent)', [{ label: 'Pengguna', figure: users }]),
      table('Menu yang diakses', [column('Menu', 'text', 3), column('Jumlah', 'integer')],
        [...menus.map((m) => [m.menu, m.count]), ['Jumlah', menuTotal]]),
    ],
  });
}
