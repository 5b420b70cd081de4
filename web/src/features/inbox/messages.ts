import type { Messages } from '../../lib/i18n.tsx';

type Key =
  | 'title' | 'search' | 'searchHint' | 'scope' | 'mine' | 'unassigned' | 'all' | 'statusTabs'
  | 'active' | 'open' | 'pending' | 'escalated' | 'resolved' | 'closed' | 'allStatuses'
  | 'whatsapp' | 'email' | 'phone' | 'helpdesk' | 'livechat'
  | 'filters' | 'filtersCount' | 'channel' | 'topic' | 'agent' | 'team' | 'zone' | 'zoneNone' | 'complaint'
  | 'complaintYes' | 'complaintNo' | 'any' | 'dateRange' | 'clearFilters' | 'remove'
  | 'list' | 'empty' | 'emptyFiltered' | 'loadError' | 'retry' | 'loadingMore' | 'unread' | 'unassignedShort'
  | 'noConversation' | 'keyboardHelp' | 'live' | 'liveConnecting' | 'liveOffline' | 'ticket' | 'noSubject' | 'shown';

export const messages: Messages<Key> = {
  id: {
    title: 'Kotak Masuk', search: 'Cari tiket', searchHint: 'Cari subjek dan pesan… ( / )', scope: 'Tampilkan tiket',
    mine: 'Milik saya', unassigned: 'Belum ditugaskan', all: 'Semua', statusTabs: 'Status tiket',
    active: 'Aktif', open: 'Terbuka', pending: 'Tertunda', escalated: 'Eskalasi', resolved: 'Selesai', closed: 'Ditutup', allStatuses: 'Semua status',
    whatsapp: 'WhatsApp', email: 'Email', phone: 'Telepon', helpdesk: 'Help Desk', livechat: 'Live Chat',
    filters: 'Filter', filtersCount: 'Filter ({n})', channel: 'Kanal', topic: 'Topik', agent: 'Agen', team: 'Tim Eskalasi (L2)',
    zone: 'Zona', zoneNone: 'Tidak teridentifikasi', complaint: 'Pengaduan', complaintYes: 'Hanya pengaduan',
    complaintNo: 'Bukan pengaduan', any: 'Semua', dateRange: 'Tanggal dibuat', clearFilters: 'Hapus semua filter', remove: 'Hapus filter {name}',
    list: 'Daftar tiket', empty: 'Tidak ada tiket di sini.', emptyFiltered: 'Tidak ada tiket yang cocok dengan filter ini.',
    loadError: 'Gagal memuat tiket: {message}', retry: 'Coba lagi', loadingMore: 'Memuat tiket berikutnya…', unread: 'Belum dibaca',
    unassignedShort: 'Belum ditugaskan', noConversation: 'Pilih tiket di sebelah kiri untuk membuka percakapannya.',
    keyboardHelp: 'j/k atau panah: pindah · Enter: buka · /: cari', live: 'Langsung', liveConnecting: 'Menyambung…',
    liveOffline: 'Terputus, mencoba lagi…', ticket: 'Tiket', noSubject: '(tanpa subjek)', shown: '{n} tiket ditampilkan',
  },
  en: {
    title: 'Inbox', search: 'Search tickets', searchHint: 'Search subjects and messages… ( / )', scope: 'Show tickets',
    mine: 'Mine', unassigned: 'Unassigned', all: 'All', statusTabs: 'Ticket status',
    active: 'Active', open: 'Open', pending: 'Pending', escalated: 'Escalated', resolved: 'Resolved', closed: 'Closed', allStatuses: 'All statuses',
    whatsapp: 'WhatsApp', email: 'Email', phone: 'Phone', helpdesk: 'Help Desk', livechat: 'Live Chat',
    filters: 'Filters', filtersCount: 'Filters ({n})', channel: 'Channel', topic: 'Topic', agent: 'Agent', team: 'Escalation team (L2)',
    zone: 'Zone', zoneNone: 'Unidentified', complaint: 'Complaint', complaintYes: 'Complaints only',
    complaintNo: 'Not complaints', any: 'Any', dateRange: 'Created on', clearFilters: 'Clear all filters', remove: 'Remove filter {name}',
    list: 'Ticket list', empty: 'No tickets here.', emptyFiltered: 'No tickets match these filters.',
    loadError: 'Could not load tickets: {message}', retry: 'Try again', loadingMore: 'Loading more tickets…', unread: 'Unread',
    unassignedShort: 'Unassigned', noConversation: 'Pick a ticket on the left to open its conversation.',
    keyboardHelp: 'j/k or arrows: move · Enter: open · /: search', live: 'Live', liveConnecting: 'Connecting…',
    liveOffline: 'Disconnected, retrying…', ticket: 'Ticket', noSubject: '(no subject)', shown: '{n} tickets shown',
  },
};
