import type { Messages } from '../../../lib/i18n.tsx';
import type { ImportKind } from './kinds.ts';

type Key =
  | 'title' | 'intro' | 'kind' | 'file' | 'filePlaceholder' | 'fileHint' | 'columns' | 'requiredColumns' | 'allColumns' | 'hideColumns' | 'upload' | 'cancel'
  | 'uploading' | 'uploaded' | 'uploadFailed' | 'format'
  | 'run' | 'running' | 'done' | 'failed' | 'read' | 'inserted' | 'updated' | 'rejected' | 'processing' | 'finishedAt' | 'startedAt'
  | 'summary' | 'downloadRejected' | 'noRejected' | 'rejectedRows' | 'firstRejected' | 'allRejected' | 'line' | 'column' | 'value' | 'reason' | 'rowId'
  | 'createdAgents' | 'createdTeams' | 'errorTitle' | 'recent' | 'noRuns' | 'fileName' | 'status' | 'open' | 'choose' | 'loading' | 'check'
  | `kind_${ImportKind}`;

export const importMessages: Messages<Key> = {
  id: {
    title: 'Impor Data', intro: 'Unggah berkas CSV atau XLSX (misalnya ekspor dari CRM). Baris yang salah ditolak beserta alasannya; baris lain tetap diimpor. Mengimpor ulang berkas yang sama memperbarui data, tidak menggandakan.',
    kind: 'Jenis data', file: 'Berkas', filePlaceholder: 'Pilih berkas .csv atau .xlsx', fileHint: 'CSV (UTF-8, baris judul, pemisah "," atau ";") atau XLSX (lembar pertama); maksimal 100 MB.',
    columns: 'Kolom lain', requiredColumns: 'Kolom wajib', allColumns: 'Semua kolom', hideColumns: 'Sembunyikan', upload: 'Unggah dan impor', cancel: 'Batal', uploading: 'Mengunggah {percent}', uploaded: 'Berkas terunggah; impor berjalan.',
    uploadFailed: 'Unggahan gagal: {message}', format: 'Format: docs/import.md',
    run: 'Impor #{id}', running: 'Berjalan', done: 'Selesai', failed: 'Gagal', read: 'Dibaca', inserted: 'Baru', updated: 'Diperbarui', rejected: 'Ditolak',
    processing: 'Memproses baris… angka diperbarui setiap batch (1.000 baris).', finishedAt: 'Selesai {date}', startedAt: 'Dimulai {date}',
    summary: 'Ringkasan', downloadRejected: 'Unduh baris ditolak (CSV)', noRejected: 'Tidak ada baris yang ditolak.', rejectedRows: 'Baris ditolak',
    firstRejected: '{shown} baris pertama dari {total} baris ditolak', allRejected: '{total} baris ditolak', line: 'Baris', column: 'Kolom', value: 'Nilai', reason: 'Alasan', rowId: 'ID',
    createdAgents: 'Akun agen baru (tanpa login)', createdTeams: 'Tim baru (tanpa anggota)', errorTitle: 'Impor gagal',
    recent: 'Impor terakhir', noRuns: 'Belum ada impor.', fileName: 'Berkas', status: 'Status', open: 'Buka', choose: 'Pilih impor di daftar atau unggah berkas baru.',
    loading: 'Memuat…', check: 'Jumlah dibaca = baru + diperbarui + ditolak',
    kind_tickets: 'Tiket', kind_chatbot_sessions: 'Sesi chatbot', kind_bookings: 'Reservasi', kind_broadcasts: 'Broadcast', kind_outreach: 'Publikasi & media sosial', kind_kb_articles: 'Artikel basis pengetahuan',
  },
  en: {
    title: 'Data import', intro: 'Upload a CSV or XLSX file (for example an export from the CRM). Bad rows are rejected with their reason; the other rows are imported. Importing the same file again updates, never duplicates.',
    kind: 'Kind of data', file: 'File', filePlaceholder: 'Choose a .csv or .xlsx file', fileHint: 'CSV (UTF-8, header row, "," or ";" separated) or XLSX (first sheet); at most 100 MB.',
    columns: 'Other columns', requiredColumns: 'Required columns', allColumns: 'All columns', hideColumns: 'Hide', upload: 'Upload and import', cancel: 'Cancel', uploading: 'Uploading {percent}', uploaded: 'File uploaded; the import is running.',
    uploadFailed: 'Upload failed: {message}', format: 'Format: docs/import.md',
    run: 'Import #{id}', running: 'Running', done: 'Done', failed: 'Failed', read: 'Read', inserted: 'Inserted', updated: 'Updated', rejected: 'Rejected',
    processing: 'Processing rows… the counts are updated after every batch (1,000 rows).', finishedAt: 'Finished {date}', startedAt: 'Started {date}',
    summary: 'Summary', downloadRejected: 'Download rejected rows (CSV)', noRejected: 'No row was rejected.', rejectedRows: 'Rejected rows',
    firstRejected: 'The first {shown} of {total} rejected rows', allRejected: '{total} rejected rows', line: 'Line', column: 'Column', value: 'Value', reason: 'Reason', rowId: 'ID',
    createdAgents: 'New agent accounts (no login)', createdTeams: 'New teams (no members)', errorTitle: 'Import failed',
    recent: 'Recent imports', noRuns: 'No imports yet.', fileName: 'File', status: 'Status', open: 'Open', choose: 'Pick an import in the list or upload a new file.',
    loading: 'Loading…', check: 'Read = inserted + updated + rejected',
    kind_tickets: 'Tickets', kind_chatbot_sessions: 'Chatbot sessions', kind_bookings: 'Bookings', kind_broadcasts: 'Broadcasts', kind_outreach: 'Outreach & social media', kind_kb_articles: 'Knowledge-base articles',
  },
};
