import type { Messages } from '../../lib/i18n.tsx';

type Key =
  | 'title' | 'today' | 'thisMonth' | 'period' | 'updated' | 'live' | 'polling' | 'error' | 'retry' | 'noData'
  | 'tickets' | 'ticketsHint' | 'queueOpen' | 'queuePending' | 'queueEscalated' | 'queueHint'
  | 'firstResponse' | 'median' | 'average' | 'waiting' | 'answered'
  | 'byChannel' | 'perHour' | 'perDay' | 'hour' | 'day' | 'count' | 'channel' | 'share'
  | 'serviceHours' | 'zone' | 'inside' | 'outside' | 'unidentified' | 'noZone'
  | 'l2Scores' | 'team' | 'score' | 'pending' | 'workingDays'
  | 'ratings' | 'agent' | 'ratingsCount' | 'raters' | 'service' | 'substance' | 'meets' | 'notMet' | 'minimum' | 'minimumRule'
  | 'whatsapp' | 'email' | 'phone' | 'helpdesk' | 'livechat';

export const dashboardMessages: Messages<Key> = {
  id: {
    title: 'Dasbor', today: 'Hari ini', thisMonth: 'Bulan ini', period: 'Periode', updated: 'Diperbarui {time}',
    live: 'Langsung', polling: 'Diperbarui tiap 30 detik', error: 'Gagal memuat dasbor: {message}', retry: 'Coba lagi', noData: 'Belum ada data',
    tickets: 'Tiket masuk', ticketsHint: '{resolved} selesai', queueOpen: 'Terbuka', queuePending: 'Tertunda', queueEscalated: 'Eskalasi',
    queueHint: 'antrean saat ini',
    firstResponse: 'Respons pertama', median: 'median', average: 'rata-rata {value}', waiting: '{n} menunggu respons', answered: 'Dijawab',
    byChannel: 'Tiket per kanal', perHour: 'Tiket per jam', perDay: 'Tiket per hari', hour: 'Jam', day: 'Tanggal', count: 'Jumlah', channel: 'Kanal', share: 'Persentase',
    serviceHours: 'Jam layanan per zona', zone: 'Zona', inside: 'Di dalam jam layanan', outside: 'Di luar jam layanan', unidentified: 'Tidak teridentifikasi', noZone: 'Tanpa zona',
    l2Scores: 'Skor Layer 2, {month}', team: 'Tim', score: 'Skor', pending: 'Belum dijawab', workingDays: 'Rata-rata hari kerja',
    ratings: 'Penilaian per agen, {month}', agent: 'Agen', ratingsCount: 'Penilaian', raters: 'Pengguna', service: 'Layanan', substance: 'Substansi',
    meets: 'Memenuhi', notMet: 'Belum memenuhi', minimum: 'Min.', minimumRule: 'Minimal {ratings} penilaian dari {raters} pengguna berbeda',
    whatsapp: 'WhatsApp', email: 'Email', phone: 'Telepon', helpdesk: 'Help Desk', livechat: 'Live Chat',
  },
  en: {
    title: 'Dashboard', today: 'Today', thisMonth: 'This month', period: 'Period', updated: 'Updated {time}',
    live: 'Live', polling: 'Refreshed every 30 seconds', error: 'Could not load the dashboard: {message}', retry: 'Retry', noData: 'No data yet',
    tickets: 'Tickets in', ticketsHint: '{resolved} resolved', queueOpen: 'Open', queuePending: 'Pending', queueEscalated: 'Escalated',
    queueHint: 'queue now',
    firstResponse: 'First response', median: 'median', average: 'mean {value}', waiting: '{n} awaiting a response', answered: 'Answered',
    byChannel: 'Tickets by channel', perHour: 'Tickets per hour', perDay: 'Tickets per day', hour: 'Hour', day: 'Date', count: 'Count', channel: 'Channel', share: 'Share',
    serviceHours: 'Service hours by zone', zone: 'Zone', inside: 'Inside service hours', outside: 'Outside service hours', unidentified: 'Unidentified', noZone: 'No zone',
    l2Scores: 'Layer 2 scores, {month}', team: 'Team', score: 'Score', pending: 'Unanswered', workingDays: 'Mean working days',
    ratings: 'Ratings per agent, {month}', agent: 'Agent', ratingsCount: 'Ratings', raters: 'Users', service: 'Service', substance: 'Substance',
    meets: 'Met', notMet: 'Not met yet', minimum: 'Min.', minimumRule: 'At least {ratings} ratings from {raters} different users',
    whatsapp: 'WhatsApp', email: 'Email', phone: 'Phone', helpdesk: 'Help desk', livechat: 'Live chat',
  },
};

export type DashboardT = (key: Key, vars?: Record<string, string | number>) => string;
