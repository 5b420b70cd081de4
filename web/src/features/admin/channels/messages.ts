import type { Messages } from '../../../lib/i18n.tsx';

export const channelMessages: Messages<
  | 'assignment' | 'assignmentHint' | 'autoAssign' | 'autoOn' | 'autoOff'
  | 'survey' | 'surveyHint' | 'expiryDays' | 'expiryHint' | 'surveySaved'
  | 'rules' | 'rulesHint' | 'maxGuests' | 'minDays' | 'maxDays' | 'slotsPerDay' | 'slotTimes' | 'slotTimesHint' | 'workingDaysOnly' | 'rulesSaved'
  | 'templates' | 'templatesHint' | 'templateName' | 'language' | 'body' | 'addTemplate' | 'removeTemplate' | 'templatesSaved' | 'noTemplates' | 'parameters'
  | 'extensions' | 'extensionsHint' | 'extension' | 'agent' | 'assignExtension' | 'extensionSaved' | 'extensionRemoved' | 'confirmRemoveExtension' | 'noExtensions'
  | 'environment' | 'environmentHint' | 'on' | 'off' | 'whatsapp' | 'email' | 'livechat' | 'pbx' | 'phoneNumberId' | 'apiHost' | 'apiVersion' | 'rate'
  | 'webhook' | 'listener' | 'imap' | 'smtp' | 'from' | 'acknowledge' | 'origins' | 'anySite' | 'startsPerMinute' | 'challengeBits' | 'widget' | 'notSet' | 'envVars'
> = {
  id: {
    assignment: 'Penugasan otomatis', assignmentHint: 'Tiket baru diberikan bergiliran (round-robin) kepada agen yang menandai dirinya siap.',
    autoAssign: 'Penugasan bergiliran', autoOn: 'Penugasan otomatis dinyalakan', autoOff: 'Penugasan otomatis dimatikan',
    survey: 'Survei kepuasan', surveyHint: 'Survei Kepuasan Layanan dan Substansi Jawaban dikirim saat tiket selesai.', expiryDays: 'Masa berlaku survei (hari)',
    expiryHint: '1–90 hari setelah tiket selesai; survei yang sudah terkirim tetap memakai masa berlakunya.', surveySaved: 'Pengaturan survei disimpan',
    rules: 'Aturan reservasi', rulesHint: 'Aturan kunjungan tatap muka dan konferensi video (SE-2/PK.1/2024).', maxGuests: 'Tamu maksimal per kunjungan',
    minDays: 'Paling cepat (hari kerja ke depan)', maxDays: 'Paling lambat (hari kerja ke depan)', slotsPerDay: 'Kunjungan per hari', slotTimes: 'Jam mulai (WIB)',
    slotTimesHint: 'Format JJ:MM; tekan Enter setelah tiap jam.', workingDaysOnly: 'Hanya hari kerja', rulesSaved: 'Aturan reservasi disimpan',
    templates: 'Template WhatsApp', templatesHint: 'Template yang disetujui Meta (salin dari WhatsApp Manager). Dipakai untuk blast dan balasan di luar jendela 24 jam.',
    templateName: 'Nama template', language: 'Bahasa', body: 'Isi', addTemplate: 'Tambah template', removeTemplate: 'Hapus template', templatesSaved: 'Template WhatsApp disimpan',
    noTemplates: 'Belum ada template.', parameters: '{n} parameter',
    extensions: 'Ekstensi telepon', extensionsHint: 'Ekstensi PBX milik setiap agen, agar panggilan masuk tercatat atas nama agen yang menjawab.',
    extension: 'Ekstensi', agent: 'Agen', assignExtension: 'Tetapkan', extensionSaved: 'Ekstensi {ext} ditetapkan untuk {name}', extensionRemoved: 'Ekstensi {ext} dihapus',
    confirmRemoveExtension: 'Hapus ekstensi {ext}?', noExtensions: 'Belum ada ekstensi.',
    environment: 'Kanal dari konfigurasi server', environmentHint: 'Diatur lewat variabel lingkungan server (lihat .env.example); hanya dapat dibaca di sini. Rahasia tidak ditampilkan.',
    on: 'Aktif', off: 'Tidak aktif', whatsapp: 'WhatsApp', email: 'Email', livechat: 'Live chat', pbx: 'Telepon (PBX)', phoneNumberId: 'ID nomor telepon',
    apiHost: 'Server Graph API', apiVersion: 'Versi API', rate: 'Batas kirim (pesan/detik)', webhook: 'Alamat webhook', listener: 'Penerima SMTP Sapa',
    imap: 'Kotak surat IMAP', smtp: 'Relai keluar (SMTP)', from: 'Pengirim', acknowledge: 'Tanda terima otomatis', origins: 'Situs yang diizinkan',
    anySite: 'Semua situs', startsPerMinute: 'Percakapan baru per menit per alamat', challengeBits: 'Tingkat tantangan anti-spam (bit)', widget: 'Skrip widget',
    notSet: 'Belum diatur', envVars: 'Variabel',
  },
  en: {
    assignment: 'Automatic assignment', assignmentHint: 'New tickets go in turn (round-robin) to agents who marked themselves available.',
    autoAssign: 'Round-robin assignment', autoOn: 'Automatic assignment turned on', autoOff: 'Automatic assignment turned off',
    survey: 'Satisfaction survey', surveyHint: 'The service and answer ratings are asked when a ticket is resolved.', expiryDays: 'Survey stays open (days)',
    expiryHint: '1–90 days after resolution; surveys already sent keep their expiry.', surveySaved: 'Survey settings saved',
    rules: 'Booking rules', rulesHint: 'Rules for face-to-face visits and video conferences (SE-2/PK.1/2024).', maxGuests: 'Most guests per visit',
    minDays: 'Earliest (working days ahead)', maxDays: 'Latest (working days ahead)', slotsPerDay: 'Visits per day', slotTimes: 'Start times (WIB)',
    slotTimesHint: 'HH:MM; press Enter after each time.', workingDaysOnly: 'Working days only', rulesSaved: 'Booking rules saved',
    templates: 'WhatsApp templates', templatesHint: 'Templates Meta approved (copy them from WhatsApp Manager). Used for blasts and replies outside the 24-hour window.',
    templateName: 'Template name', language: 'Language', body: 'Body', addTemplate: 'Add template', removeTemplate: 'Remove template', templatesSaved: 'WhatsApp templates saved',
    noTemplates: 'No templates yet.', parameters: '{n} parameters',
    extensions: 'Phone extensions', extensionsHint: 'Each agent\'s PBX extension, so that calls are logged for the agent who answered.',
    extension: 'Extension', agent: 'Agent', assignExtension: 'Assign', extensionSaved: 'Extension {ext} assigned to {name}', extensionRemoved: 'Extension {ext} removed',
    confirmRemoveExtension: 'Remove extension {ext}?', noExtensions: 'No extensions yet.',
    environment: 'Channels from the server configuration', environmentHint: 'Set through the server\'s environment variables (see .env.example); read-only here. Secrets are never shown.',
    on: 'On', off: 'Off', whatsapp: 'WhatsApp', email: 'Email', livechat: 'Live chat', pbx: 'Phone (PBX)', phoneNumberId: 'Phone number id',
    apiHost: 'Graph API server', apiVersion: 'API version', rate: 'Send limit (messages/second)', webhook: 'Webhook address', listener: 'Sapa\'s SMTP listener',
    imap: 'IMAP mailbox', smtp: 'Outbound relay (SMTP)', from: 'Sender', acknowledge: 'Automatic acknowledgement', origins: 'Allowed sites',
    anySite: 'Any site', startsPerMinute: 'New chats per minute per address', challengeBits: 'Anti-spam challenge (bits)', widget: 'Widget script',
    notSet: 'Not set', envVars: 'Variables',
  },
};
