import type { Messages } from '../../../lib/i18n.tsx';

export const tokenMessages: Messages<
  | 'title' | 'description' | 'mine' | 'all' | 'scope' | 'name' | 'nameHint' | 'owner' | 'ownerHint' | 'create' | 'prefix'
  | 'created' | 'lastUsed' | 'status' | 'revoked' | 'revokedOn' | 'revoke' | 'confirmRevoke' | 'revokeDone' | 'createDone'
  | 'secretTitle' | 'secretIntro' | 'secretLabel' | 'never' | 'none' | 'newToken'
> = {
  id: {
    title: 'Token API', description: 'Token pribadi untuk skrip dan integrasi (header Authorization: Bearer …). Token bertindak atas nama pemiliknya.',
    mine: 'Token saya', all: 'Semua token', scope: 'Tampilkan', name: 'Nama token', nameHint: 'Untuk apa token ini, mis. "Ekspor laporan bulanan".',
    owner: 'Pemilik', ownerHint: 'Kosongkan untuk diri sendiri.', create: 'Buat token', prefix: 'Awalan', created: 'Dibuat',
    lastUsed: 'Terakhir dipakai', status: 'Status', revoked: 'Dicabut', revokedOn: 'Dicabut {date}', revoke: 'Cabut',
    confirmRevoke: 'Cabut token "{name}"? Skrip yang memakainya akan ditolak.', revokeDone: 'Token "{name}" dicabut',
    createDone: 'Token "{name}" dibuat', secretTitle: 'Token API baru', secretIntro: 'Simpan token ini di tempat aman, misalnya pengelola rahasia skrip Anda.',
    secretLabel: 'Token', never: 'Belum pernah', none: 'Belum ada token.', newToken: 'Token baru',
  },
  en: {
    title: 'API tokens', description: 'Personal tokens for scripts and integrations (header Authorization: Bearer …). A token acts as its owner.',
    mine: 'My tokens', all: 'All tokens', scope: 'Show', name: 'Token name', nameHint: 'What the token is for, e.g. "Monthly report export".',
    owner: 'Owner', ownerHint: 'Leave empty for yourself.', create: 'Create token', prefix: 'Prefix', created: 'Created',
    lastUsed: 'Last used', status: 'Status', revoked: 'Revoked', revokedOn: 'Revoked {date}', revoke: 'Revoke',
    confirmRevoke: 'Revoke the token "{name}"? Scripts using it will be refused.', revokeDone: 'Token "{name}" revoked',
    createDone: 'Token "{name}" created', secretTitle: 'New API token', secretIntro: 'Keep this token somewhere safe, such as your scripts\' secret store.',
    secretLabel: 'Token', never: 'Never', none: 'No tokens yet.', newToken: 'New token',
  },
};
