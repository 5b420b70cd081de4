import type { Messages } from '../../../lib/i18n.tsx';

export const auditMessages: Messages<
  | 'title' | 'description' | 'entity' | 'entityId' | 'actor' | 'any' | 'at' | 'action' | 'object' | 'ip' | 'changes'
  | 'show' | 'hide' | 'field' | 'before' | 'after' | 'noChanges' | 'more' | 'none' | 'shown' | 'reset' | 'filters' | 'who'
> = {
  id: {
    title: 'Log Audit', description: 'Siapa mengubah apa dan kapan, terbaru di atas. Rahasia (kata sandi, token) tidak pernah dicatat.',
    entity: 'Jenis objek', entityId: 'ID objek', actor: 'Pelaku (nama pengguna)', any: 'Semua', at: 'Waktu', action: 'Aksi', object: 'Objek',
    ip: 'Alamat IP', changes: 'Perubahan', show: 'Lihat', hide: 'Tutup', field: 'Kolom', before: 'Sebelum', after: 'Sesudah',
    noChanges: 'Tidak ada data sebelum/sesudah.', more: 'Muat lebih banyak', none: 'Tidak ada catatan yang cocok.', shown: '{n} catatan ditampilkan',
    reset: 'Hapus filter', filters: 'Filter log audit', who: 'Pelaku',
  },
  en: {
    title: 'Audit log', description: 'Who changed what and when, newest first. Secrets (passwords, tokens) are never recorded.',
    entity: 'Object type', entityId: 'Object id', actor: 'Actor (username)', any: 'Any', at: 'Time', action: 'Action', object: 'Object',
    ip: 'IP address', changes: 'Changes', show: 'Show', hide: 'Hide', field: 'Field', before: 'Before', after: 'After',
    noChanges: 'No before/after data.', more: 'Load more', none: 'No entries match.', shown: '{n} entries shown',
    reset: 'Clear filters', filters: 'Audit log filters', who: 'Actor',
  },
};
