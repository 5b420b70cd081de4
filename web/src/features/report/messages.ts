import type { Messages } from '../../lib/i18n.tsx';

type Key =
  | 'title' | 'month' | 'previousMonth' | 'nextMonth' | 'jumpTo' | 'generatedAt' | 'refresh' | 'contentsInIndonesian'
  | 'loadingTitle' | 'stageWaiting' | 'stageReceiving' | 'elapsed' | 'loadFailed' | 'retry' | 'invalidMonth'
  | 'keyFigures' | 'up' | 'down' | 'same' | 'noComparison' | 'vs'
  | 'consultations' | 'complaints' | 'escalations' | 'chatbotUsers' | 'videoConferences' | 'faceToFace'
  | 'download' | 'downloading' | 'rendering' | 'downloaded' | 'downloadFailed'
  | 'evaluation' | 'evaluationLabel' | 'evaluationHint' | 'save' | 'saving' | 'saved' | 'savedBy' | 'savedAt' | 'neverSaved'
  | 'unsaved' | 'discard' | 'characters' | 'conflictTitle' | 'conflictText' | 'loadTheirs' | 'overwrite' | 'saveFailed' | 'readOnly'
  | 'emptySection' | 'chartTable';

export type ReportT = (key: Key, vars?: Record<string, string | number>) => string;

export const reportMessages: Messages<Key> = {
  id: {
    title: 'Laporan Bulanan', month: 'Bulan laporan', previousMonth: 'Bulan sebelumnya', nextMonth: 'Bulan berikutnya',
    jumpTo: 'Lompat ke bagian', generatedAt: 'Disusun {at}', refresh: 'Susun ulang',
    contentsInIndonesian: '',
    loadingTitle: 'Menyusun laporan {month}…', stageWaiting: 'Server sedang menghitung semua angka laporan', stageReceiving: 'Menerima data laporan ({size})',
    elapsed: '{seconds} detik', loadFailed: 'Laporan tidak dapat disusun', retry: 'Coba lagi',
    invalidMonth: 'Bulan "{month}" tidak dikenal. Pilih bulan pada kolom di atas.',
    keyFigures: 'Angka utama', up: 'naik {pct}%', down: 'turun {pct}%', same: 'sama', noComparison: 'tidak ada pembanding', vs: 'dibandingkan {month} ({value})',
    consultations: 'Jumlah konsultasi', complaints: 'Pengaduan', escalations: 'Eskalasi ke Layer 2', chatbotUsers: 'Pengguna chatbot',
    videoConferences: 'Video conference', faceToFace: 'Konsultasi tatap muka',
    download: 'Unduh', downloading: 'Mengunduh {name}… {progress}', rendering: 'Server sedang menyusun {name}… {seconds} detik',
    downloaded: '{name} telah diunduh', downloadFailed: 'Gagal mengunduh {format}',
    evaluation: 'Evaluasi dan Saran', evaluationLabel: 'Evaluasi dan saran bulan {month}',
    evaluationHint: 'Satu paragraf per baris. Teks ini masuk ke halaman terakhir PPTX, PDF, dan XLSX.',
    save: 'Simpan', saving: 'Menyimpan…', saved: 'Evaluasi disimpan', savedBy: 'Terakhir disimpan oleh {name}, {at}', savedAt: 'Terakhir disimpan {at}', neverSaved: 'Belum pernah disimpan',
    unsaved: 'Belum disimpan', discard: 'Batalkan perubahan', characters: '{count} / {max} karakter',
    conflictTitle: 'Evaluasi sudah diubah orang lain',
    conflictText: '{name} menyimpan evaluasi pada {at}, setelah Anda mulai menyunting. Muat versi terbaru, atau timpa dengan teks Anda.',
    loadTheirs: 'Muat versi terbaru', overwrite: 'Timpa dengan teks saya', saveFailed: 'Evaluasi gagal disimpan',
    readOnly: 'Hanya supervisor dan admin yang dapat mengubah evaluasi.',
    emptySection: 'Tidak ada data pada bulan ini', chartTable: 'Tabel data grafik',
  },
  en: {
    title: 'Monthly report', month: 'Report month', previousMonth: 'Previous month', nextMonth: 'Next month',
    jumpTo: 'Jump to section', generatedAt: 'Generated {at}', refresh: 'Generate again',
    contentsInIndonesian: 'The report itself is in Indonesian, as in the downloaded files.',
    loadingTitle: 'Generating the report for {month}…', stageWaiting: 'The server is computing every figure of the report', stageReceiving: 'Receiving the report ({size})',
    elapsed: '{seconds} s', loadFailed: 'The report could not be generated', retry: 'Try again',
    invalidMonth: 'Unknown month "{month}". Pick a month above.',
    keyFigures: 'Key figures', up: 'up {pct}%', down: 'down {pct}%', same: 'unchanged', noComparison: 'no comparison', vs: 'compared with {month} ({value})',
    consultations: 'Consultations', complaints: 'Complaints', escalations: 'Escalations to Layer 2', chatbotUsers: 'Chatbot users',
    videoConferences: 'Video conferences', faceToFace: 'Face-to-face consultations',
    download: 'Download', downloading: 'Downloading {name}… {progress}', rendering: 'The server is rendering {name}… {seconds} s',
    downloaded: '{name} downloaded', downloadFailed: 'Could not download the {format}',
    evaluation: 'Evaluation and recommendations', evaluationLabel: 'Evaluation and recommendations for {month}',
    evaluationHint: 'One paragraph per line. This text goes on the last page of the PPTX, PDF and XLSX.',
    save: 'Save', saving: 'Saving…', saved: 'Evaluation saved', savedBy: 'Last saved by {name}, {at}', savedAt: 'Last saved {at}', neverSaved: 'Never saved',
    unsaved: 'Not saved', discard: 'Discard changes', characters: '{count} / {max} characters',
    conflictTitle: 'Someone else changed the evaluation',
    conflictText: '{name} saved the evaluation at {at}, after you started editing. Load their version, or overwrite it with your text.',
    loadTheirs: 'Load their version', overwrite: 'Overwrite with my text', saveFailed: 'The evaluation could not be saved',
    readOnly: 'Only supervisors and admins can change the evaluation.',
    emptySection: 'No data for this month', chartTable: 'Chart data table',
  },
};
