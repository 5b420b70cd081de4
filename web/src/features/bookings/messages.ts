import type { Messages } from '../../lib/i18n.tsx';

type Key =
  | 'title' | 'subtitle' | 'status' | 'kind' | 'period' | 'allKinds' | 'face_to_face' | 'video'
  | 'requested' | 'approved' | 'rejected' | 'held' | 'no_show' | 'cancelled'
  | 'upcoming' | 'thisMonth' | 'lastMonth' | 'everything' | 'empty' | 'shown' | 'loadFailed' | 'retry'
  | 'timeWib' | 'cameOf' | 'visitor' | 'contact' | 'topics' | 'guests' | 'overLimit' | 'guestsOf' | 'rules'
  | 'close' | 'reference' | 'when' | 'meetingLink' | 'guestNames' | 'actualGuests' | 'notes' | 'reason' | 'decidedAt'
  | 'requestedAt' | 'statusLink' | 'copy' | 'copied' | 'noTime'
  | 'approve' | 'reschedule' | 'reject' | 'cancel' | 'outcome' | 'correctOutcome' | 'back'
  | 'approveHint' | 'meetingLinkHint' | 'linkInvalid' | 'linkRequired' | 'pickDay' | 'pickTime' | 'noSlots' | 'dayFull' | 'newLinkHint'
  | 'rejectHint' | 'reasonRequired' | 'cancelHint' | 'cancelReason' | 'heldLabel' | 'noShowLabel' | 'guestsRequired'
  | 'submitApprove' | 'submitReschedule' | 'submitReject' | 'submitCancel' | 'submitOutcome'
  | 'done_approve' | 'done_reschedule' | 'done_reject' | 'done_cancel' | 'done_outcome' | 'finalState'
  | 'rulesTitle' | 'maxGuests' | 'minDaysAhead' | 'maxDaysAhead' | 'slotsPerDay' | 'slotTimes' | 'slotTimesHint' | 'slotTimesInvalid'
  | 'workingDaysOnly' | 'save' | 'saved' | 'rulesReadOnly' | 'notFound' | 'waiting' | 'count' | 'overLimitCount';

export const messages: Messages<Key> = {
  id: {
    title: 'Reservasi', subtitle: 'Permohonan konsultasi tatap muka dan video conference', status: 'Status', kind: 'Jenis', period: 'Periode',
    allKinds: 'Semua jenis', face_to_face: 'Tatap muka', video: 'Video conference',
    requested: 'Menunggu persetujuan', approved: 'Disetujui', rejected: 'Ditolak', held: 'Terlaksana', no_show: 'Tidak hadir', cancelled: 'Dibatalkan',
    upcoming: 'Mendatang', thisMonth: 'Bulan ini', lastMonth: 'Bulan lalu', everything: 'Semua',
    empty: 'Tidak ada reservasi untuk filter ini.', shown: 'Menampilkan {shown} dari {total} reservasi', loadFailed: 'Gagal memuat reservasi: {message}', retry: 'Coba lagi',
    timeWib: 'Jam (WIB)', cameOf: 'hadir {n}', visitor: 'Pemohon', contact: 'Narahubung', topics: 'Topik', guests: 'Tamu', overLimit: 'Melebihi batas {max} orang',
    guestsOf: '{n} orang', rules: 'Ketentuan',
    close: 'Tutup', reference: 'Nomor reservasi', when: 'Jadwal', meetingLink: 'Tautan rapat', guestNames: 'Daftar tamu',
    actualGuests: 'Tamu yang hadir', notes: 'Catatan', reason: 'Alasan', decidedAt: 'Diputuskan', requestedAt: 'Diajukan',
    statusLink: 'Tautan status untuk pemohon', copy: 'Salin', copied: 'Tersalin',     noTime: 'jam belum ditentukan',
    approve: 'Setujui', reschedule: 'Jadwalkan ulang', reject: 'Tolak', cancel: 'Batalkan', outcome: 'Catat hasil', correctOutcome: 'Koreksi hasil', back: 'Kembali',
    approveHint: 'Pemohon menerima email persetujuan dan pengingat sehari sebelum kunjungan.',
    meetingLinkHint: 'Tautan https:// Microsoft Teams; wajib untuk video conference.', linkInvalid: 'Tautan harus diawali https://', linkRequired: 'Video conference disetujui dengan tautan rapatnya.',
    pickDay: 'Tanggal', pickTime: 'Jam (WIB)', noSlots: 'Tidak ada jadwal kosong dalam rentang reservasi.', dayFull: 'Kuota hari ini penuh',
    newLinkHint: 'Kosongkan untuk tetap memakai tautan lama.',
    rejectHint: 'Alasan ini dibaca pemohon di email dan halaman statusnya.', reasonRequired: 'Tuliskan alasannya (minimal 3 huruf).',
    cancelHint: 'Slot akan dibuka kembali dan pemohon diberi tahu lewat email.', cancelReason: 'Alasan (opsional)',
    heldLabel: 'Terlaksana', noShowLabel: 'Tidak hadir', guestsRequired: 'Isi jumlah tamu yang hadir.',
        submitApprove: 'Setujui reservasi', submitReschedule: 'Pindahkan jadwal', submitReject: 'Tolak reservasi', submitCancel: 'Batalkan reservasi', submitOutcome: 'Simpan hasil',
    done_approve: 'Reservasi {ref} disetujui.', done_reschedule: 'Jadwal {ref} dipindahkan.', done_reject: 'Reservasi {ref} ditolak.',
    done_cancel: 'Reservasi {ref} dibatalkan.', done_outcome: 'Hasil kunjungan {ref} tersimpan.',     finalState: 'Reservasi ini sudah selesai diproses; tidak ada tindakan lagi.',
    rulesTitle: 'Ketentuan reservasi (SE-2/PK.1/2024)', maxGuests: 'Tamu paling banyak per kunjungan', minDaysAhead: 'Paling lambat (hari kerja sebelumnya)',
    maxDaysAhead: 'Paling jauh (hari kerja sebelumnya)', slotsPerDay: 'Sesi per hari', slotTimes: 'Jam mulai sesi (WIB)', slotTimesHint: 'Pisahkan dengan koma, mis. 09:00, 10:00, 13:30', slotTimesInvalid: 'Tulis setiap jam sebagai JJ:MM (00:00 sampai 23:59), minimal satu.',
    workingDaysOnly: 'Hanya hari kerja', save: 'Simpan', saved: 'Ketentuan reservasi tersimpan.', rulesReadOnly: 'Hanya supervisor dan admin yang dapat mengubah ketentuan.',
    notFound: 'Reservasi tidak ditemukan.', waiting: '{n} menunggu persetujuan', count: '{n} reservasi', overLimitCount: '{n} melebihi batas tamu',
  },
  en: {
    title: 'Bookings', subtitle: 'Requests for face-to-face consultations and video conferences', status: 'Status', kind: 'Kind', period: 'Period',
    allKinds: 'All kinds', face_to_face: 'Face to face', video: 'Video conference',
    requested: 'Awaiting approval', approved: 'Approved', rejected: 'Rejected', held: 'Held', no_show: 'No-show', cancelled: 'Cancelled',
    upcoming: 'Upcoming', thisMonth: 'This month', lastMonth: 'Last month', everything: 'All',
    empty: 'No bookings match this filter.', shown: 'Showing {shown} of {total} bookings', loadFailed: 'Could not load bookings: {message}', retry: 'Try again',
    timeWib: 'Time (WIB)', cameOf: '{n} came', visitor: 'Requester', contact: 'Contact person', topics: 'Topics', guests: 'Guests', overLimit: 'Over the limit of {max}',
    guestsOf: '{n} people', rules: 'Rules',
    close: 'Close', reference: 'Booking number', when: 'Schedule', meetingLink: 'Meeting link', guestNames: 'Guest list',
    actualGuests: 'Guests who came', notes: 'Notes', reason: 'Reason', decidedAt: 'Decided', requestedAt: 'Requested',
    statusLink: 'Status link for the requester', copy: 'Copy', copied: 'Copied',     noTime: 'no time yet',
    approve: 'Approve', reschedule: 'Reschedule', reject: 'Reject', cancel: 'Cancel', outcome: 'Record outcome', correctOutcome: 'Correct outcome', back: 'Back',
    approveHint: 'The requester gets an approval email and a reminder the day before.',
    meetingLinkHint: 'The https:// Microsoft Teams link; required for a video conference.', linkInvalid: 'The link must start with https://', linkRequired: 'A video conference is approved with its meeting link.',
    pickDay: 'Date', pickTime: 'Time (WIB)', noSlots: 'No open slots within the booking window.', dayFull: 'Day fully booked',
    newLinkHint: 'Leave empty to keep the current link.',
    rejectHint: 'The requester reads this reason in the email and on the status page.', reasonRequired: 'Give the reason (at least 3 letters).',
    cancelHint: 'The slot opens again and the requester is told by email.', cancelReason: 'Reason (optional)',
    heldLabel: 'Held', noShowLabel: 'No-show', guestsRequired: 'Enter the number of guests who came.',
        submitApprove: 'Approve booking', submitReschedule: 'Move booking', submitReject: 'Reject booking', submitCancel: 'Cancel booking', submitOutcome: 'Save outcome',
    done_approve: 'Booking {ref} approved.', done_reschedule: 'Booking {ref} moved.', done_reject: 'Booking {ref} rejected.',
    done_cancel: 'Booking {ref} cancelled.', done_outcome: 'Outcome of {ref} saved.',     finalState: 'This booking is closed; no further action.',
    rulesTitle: 'Booking rules (SE-2/PK.1/2024)', maxGuests: 'Most guests per visit', minDaysAhead: 'Earliest (working days ahead)',
    maxDaysAhead: 'Latest (working days ahead)', slotsPerDay: 'Sessions per day', slotTimes: 'Session start times (WIB)', slotTimesHint: 'Separate with commas, e.g. 09:00, 10:00, 13:30', slotTimesInvalid: 'Write each time as HH:MM (00:00 to 23:59), at least one.',
    workingDaysOnly: 'Working days only', save: 'Save', saved: 'Booking rules saved.', rulesReadOnly: 'Only supervisors and admins can change the rules.',
    notFound: 'Booking not found.', waiting: '{n} awaiting approval', count: '{n} bookings', overLimitCount: '{n} over the guest limit',
  },
};
