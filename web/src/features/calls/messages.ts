import type { Messages } from '../../lib/i18n.tsx';

type Key =
  | 'title' | 'subtitle' | 'logTitle' | 'phone' | 'name' | 'institution' | 'region' | 'regionSearch' | 'category'
  | 'topics' | 'topicsSearch' | 'summary' | 'summaryHint' | 'duration' | 'durationHint' | 'direction' | 'incoming' | 'outgoing'
  | 'settled' | 'settledHint' | 'submit' | 'clear' | 'recognised' | 'several' | 'unknownCaller' | 'useContact'
  | 'needWho' | 'needTopics' | 'needSummary' | 'needDuration' | 'badDuration' | 'logged' | 'openTicket'
  | 'callingBack' | 'stopCallingBack' | 'drafts' | 'missed' | 'noDrafts' | 'noMissed' | 'complete' | 'callBack'
  | 'hiddenNumber' | 'ext' | 'ticket' | 'completeTitle' | 'completed' | 'keepOpen' | 'loadFailed'
  | 'ringing' | 'answered' | 'draft' | 'missedStatus' | 'completedStatus' | 'incomingCall' | 'earlier' | 'noEarlier'
  | 'zone' | 'noZone' | 'close' | 'completeDraft' | 'toMissed' | 'newCaller' | 'attribution' | 'emails'
  | 'open' | 'pending' | 'escalated' | 'resolved' | 'closed';

export const messages: Messages<Key> = {
  id: {
    title: 'Telepon', subtitle: 'Catat panggilan dengan cepat, lengkapi draf, dan telepon balik panggilan tak terjawab',
    logTitle: 'Catat panggilan', phone: 'Nomor penelepon',     name: 'Nama penelepon', institution: 'Instansi', region: 'Wilayah', regionSearch: 'Cari provinsi atau kab/kota', category: 'Kategori pengguna',
    topics: 'Topik', topicsSearch: 'Cari topik', summary: 'Ringkasan', summaryHint: 'Enter untuk menyimpan, Shift+Enter untuk baris baru',
    duration: 'Durasi', durationHint: 'm:dd (2:05)', direction: 'Arah panggilan', incoming: 'Masuk', outgoing: 'Keluar',
    settled: 'Selesai saat panggilan', settledHint: 'Tiket langsung ditutup sebagai selesai', submit: 'Simpan panggilan', clear: 'Kosongkan',
    recognised: 'Kontak dikenal', several: '{n} kontak cocok; pilih satu:', unknownCaller: 'Nomor belum dikenal: kontak baru dibuat.', useContact: 'Pakai',
    needWho: 'Isi nomor atau nama penelepon.', needTopics: 'Pilih minimal satu topik.', needSummary: 'Tulis ringkasan panggilan.',
    needDuration: 'Isi durasi panggilan.', badDuration: 'Tulis menit:detik (2:05) atau detik (125).',
    logged: 'Panggilan tercatat sebagai tiket #{number}.', openTicket: 'Buka tiket #{number}',
    callingBack: 'Menelepon balik panggilan tak terjawab dari {number}', stopCallingBack: 'Batal',
    drafts: 'Draf saya', missed: 'Tak terjawab', noDrafts: 'Tidak ada draf yang perlu dilengkapi.', noMissed: 'Tidak ada panggilan tak terjawab.',
    complete: 'Lengkapi', callBack: 'Telepon balik', hiddenNumber: 'Nomor tersembunyi', ext: 'Ext. {ext}', ticket: 'Tiket #{number}',
    completeTitle: 'Lengkapi panggilan dari {number}', completed: 'Tiket #{number} dilengkapi.', keepOpen: 'Biarkan terbuka untuk tindak lanjut',
    loadFailed: 'Gagal memuat: {message}',
    ringing: 'Berdering', answered: 'Sedang berbicara', draft: 'Selesai, draf menunggu', missedStatus: 'Tak terjawab', completedStatus: 'Selesai dicatat',
    incomingCall: 'Panggilan masuk', earlier: 'Tiket sebelumnya', noEarlier: 'Belum ada tiket sebelumnya.',
    zone: 'Zona {zone}', noZone: 'Wilayah tidak teridentifikasi', close: 'Tutup', completeDraft: 'Lengkapi draf', toMissed: 'Lihat panggilan tak terjawab',
    newCaller: 'Penelepon baru', attribution: 'Data wilayah: idn-area-data, ODbL', emails: 'Email',
    open: 'Terbuka', pending: 'Tertunda', escalated: 'Eskalasi', resolved: 'Selesai', closed: 'Ditutup',
  },
  en: {
    title: 'Phone', subtitle: 'Log calls quickly, complete drafts and return missed calls',
    logTitle: 'Log a call', phone: 'Caller\'s number',     name: 'Caller\'s name', institution: 'Institution', region: 'Region', regionSearch: 'Search a province or regency/city', category: 'User category',
    topics: 'Topics', topicsSearch: 'Search topics', summary: 'Summary', summaryHint: 'Enter saves, Shift+Enter adds a line',
    duration: 'Duration', durationHint: 'm:ss (2:05)', direction: 'Direction', incoming: 'Incoming', outgoing: 'Outgoing',
    settled: 'Settled during the call', settledHint: 'The ticket is resolved at once', submit: 'Save call', clear: 'Clear',
    recognised: 'Known contact', several: '{n} contacts match; pick one:', unknownCaller: 'Unknown number: a new contact is created.', useContact: 'Use',
    needWho: 'Give the caller\'s number or name.', needTopics: 'Pick at least one topic.', needSummary: 'Write a summary of the call.',
    needDuration: 'Enter the call\'s duration.', badDuration: 'Write minutes:seconds (2:05) or seconds (125).',
    logged: 'Call logged as ticket #{number}.', openTicket: 'Open ticket #{number}',
    callingBack: 'Returning the missed call from {number}', stopCallingBack: 'Cancel',
    drafts: 'My drafts', missed: 'Missed', noDrafts: 'No drafts to complete.', noMissed: 'No missed calls.',
    complete: 'Complete', callBack: 'Call back', hiddenNumber: 'Withheld number', ext: 'Ext. {ext}', ticket: 'Ticket #{number}',
    completeTitle: 'Complete the call from {number}', completed: 'Ticket #{number} completed.', keepOpen: 'Keep open for a follow-up',
    loadFailed: 'Could not load: {message}',
    ringing: 'Ringing', answered: 'On the line', draft: 'Ended, draft waiting', missedStatus: 'Missed', completedStatus: 'Logged',
    incomingCall: 'Incoming call', earlier: 'Earlier tickets', noEarlier: 'No earlier tickets.',
    zone: 'Zone {zone}', noZone: 'Region not identified', close: 'Close', completeDraft: 'Complete the draft', toMissed: 'See missed calls',
    newCaller: 'New caller', attribution: 'Region data: idn-area-data, ODbL', emails: 'Email',
    open: 'Open', pending: 'Pending', escalated: 'Escalated', resolved: 'Resolved', closed: 'Closed',
  },
};
