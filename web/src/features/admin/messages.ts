import type { Messages } from '../../lib/i18n.tsx';

/** The admin area's navigation and texts shared by its sections. */
export const adminMessages: Messages<
  | 'title' | 'nav' | 'users' | 'tokens' | 'teams' | 'topics' | 'hours' | 'channels' | 'audit' | 'chatbot' | 'imports'
  | 'readOnly' | 'adminOnly'
  | 'tabUsers' | 'tabTokens' | 'tabTeams' | 'tabTopics' | 'tabHours' | 'tabChannels' | 'tabAudit' | 'tabChatbot' | 'tabImports'
> = {
  id: {
    title: 'Administrasi', nav: 'Bagian administrasi', users: 'Pengguna & Peran', tokens: 'Token API', teams: 'Tim & Unit',
    topics: 'Topik & Kategori', hours: 'Jam Layanan & Libur', channels: 'Pengaturan Kanal', audit: 'Log Audit',
    chatbot: 'Menu Chatbot', imports: 'Impor Data',
    readOnly: 'Anda dapat melihat bagian ini; perubahan hanya oleh admin.', adminOnly: 'Bagian ini hanya untuk admin.',
    tabUsers: 'Pengguna', tabTokens: 'Token API', tabTeams: 'Tim & Unit', tabTopics: 'Topik', tabHours: 'Jam Layanan', tabChannels: 'Kanal',
    tabAudit: 'Audit', tabChatbot: 'Chatbot', tabImports: 'Impor',
  },
  en: {
    title: 'Administration', nav: 'Administration sections', users: 'Users & roles', tokens: 'API tokens', teams: 'Teams & units',
    topics: 'Topics & categories', hours: 'Service hours & holidays', channels: 'Channel settings', audit: 'Audit log',
    chatbot: 'Chatbot menu', imports: 'Data import',
    readOnly: 'You can view this section; only admins make changes.', adminOnly: 'This section is for admins only.',
    tabUsers: 'Users', tabTokens: 'API tokens', tabTeams: 'Teams & units', tabTopics: 'Topics', tabHours: 'Service hours', tabChannels: 'Channels',
    tabAudit: 'Audit', tabChatbot: 'Chatbot', tabImports: 'Import',
  },
};

/** Words every admin form uses. */
export const commonMessages: Messages<
  | 'save' | 'saved' | 'cancel' | 'add' | 'edit' | 'delete' | 'close' | 'failed' | 'loading' | 'loadFailed' | 'empty'
  | 'checkFields' | 'active' | 'inactive' | 'yes' | 'no' | 'copy' | 'copied' | 'shownOnce' | 'actions' | 'confirm' | 'code' | 'name' | 'search'
> = {
  id: {
    save: 'Simpan', saved: 'Perubahan disimpan', cancel: 'Batal', add: 'Tambah', edit: 'Ubah', delete: 'Hapus', close: 'Tutup',
    failed: 'Gagal menyimpan', checkFields: 'Belum tersimpan: periksa isian yang ditandai merah.', loading: 'Memuat…', loadFailed: 'Gagal memuat data: {message}', empty: 'Belum ada data.',
    active: 'Aktif', inactive: 'Nonaktif', yes: 'Ya', no: 'Tidak', copy: 'Salin', copied: 'Tersalin',
    shownOnce: 'Catat atau salin sekarang: nilai ini hanya ditampilkan sekali.', actions: 'Aksi', confirm: 'Ya, lanjutkan',
    code: 'Kode', name: 'Nama', search: 'Cari',
  },
  en: {
    save: 'Save', saved: 'Changes saved', cancel: 'Cancel', add: 'Add', edit: 'Edit', delete: 'Delete', close: 'Close',
    failed: 'Could not save', checkFields: 'Not saved: check the fields marked in red.', loading: 'Loading…', loadFailed: 'Could not load the data: {message}', empty: 'Nothing here yet.',
    active: 'Active', inactive: 'Inactive', yes: 'Yes', no: 'No', copy: 'Copy', copied: 'Copied',
    shownOnce: 'Write it down or copy it now: it is shown only once.', actions: 'Actions', confirm: 'Yes, go ahead',
    code: 'Code', name: 'Name', search: 'Search',
  },
};
