import type { Messages } from '../lib/i18n.tsx';

export const shellMessages: Messages<'inbox' | 'layer2' | 'dashboard' | 'report' | 'bookings' | 'calls' | 'admin' | 'logout' | 'language' | 'loading' | 'skip' | 'notFound' | 'forbidden'> = {
  id: {
    inbox: 'Kotak Masuk', layer2: 'Layer 2', dashboard: 'Dasbor', report: 'Laporan Bulanan', bookings: 'Reservasi', calls: 'Telepon',
    admin: 'Administrasi', logout: 'Keluar', language: 'Bahasa', loading: 'Memuat…', skip: 'Lewati ke konten',
    notFound: 'Halaman tidak ditemukan.', forbidden: 'Anda tidak berhak membuka halaman ini.',
  },
  en: {
    inbox: 'Inbox', layer2: 'Layer 2', dashboard: 'Dashboard', report: 'Monthly report', bookings: 'Bookings', calls: 'Phone',
    admin: 'Administration', logout: 'Log out', language: 'Language', loading: 'Loading…', skip: 'Skip to content',
    notFound: 'Page not found.', forbidden: 'You may not open this page.',
  },
};
