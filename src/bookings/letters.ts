import type { BookingRow } from './staff.ts';
import type { BookingEvent } from './notify.ts';
import { KIND_LABELS, STATUS_LABELS, slotLabel } from './texts.ts';

/** The emails a requester receives: every status change, and the reminder. */
export type LetterKind = BookingEvent | 'reminder';

export interface LetterContext {
  booking: BookingRow;
  kind: LetterKind;
  topicLabels: string[];
  statusUrl: string;
  maxGuests: number;
  signature: string;
}

function subjectOf(kind: LetterKind, b: BookingRow): string {
  const ref = b.reference;
  switch (kind) {
    case 'requested': return `Reservasi ${ref} diterima: menunggu persetujuan`;
    case 'approved': return `Reservasi ${ref} disetujui: ${slotLabel(b.date, b.start_time)}`;
    case 'rescheduled': return `Reservasi ${ref} dijadwalkan ulang: ${slotLabel(b.date, b.start_time)}`;
    case 'rejected': return `Reservasi ${ref} tidak disetujui`;
    case 'cancelled': return `Reservasi ${ref} dibatalkan`;
    case 'held': return `Terima kasih atas konsultasi Anda (${ref})`;
    case 'no_show': return `Reservasi ${ref} tercatat tidak hadir`;
    case 'reminder': return `Pengingat: ${KIND_LABELS[b.kind].toLowerCase()} ${slotLabel(b.date, b.start_time)} (${ref})`;
  }
}

function openingOf(kind: LetterKind, c: LetterContext): string {
  const faceToFace = c.booking.kind === 'face_to_face';
  switch (kind) {
    case 'requested': return 'Terima kasih, permohonan reservasi Anda telah kami terima dan sedang menunggu persetujuan. Kami akan mengabari Anda melalui email.';
    case 'approved': return faceToFace
      ? `Reservasi Anda telah disetujui. Mohon hadir 15 menit sebelum jadwal, dengan jumlah tamu paling banyak ${c.maxGuests} orang sesuai ketentuan SE-2/PK.1/2024.`
      : 'Reservasi Anda telah disetujui. Silakan bergabung melalui tautan rapat di bawah ini pada waktunya.';
    case 'rescheduled': return 'Jadwal reservasi Anda telah diubah menjadi jadwal di bawah ini.';
    case 'rejected': return 'Mohon maaf, reservasi Anda belum dapat kami setujui.';
    case 'cancelled': return 'Reservasi Anda telah dibatalkan.';
    case 'held': return 'Terima kasih telah berkonsultasi dengan kami. Semoga informasi yang disampaikan bermanfaat.';
    case 'no_show': return 'Reservasi Anda tercatat tidak hadir. Silakan ajukan reservasi baru bila masih memerlukan konsultasi.';
    case 'reminder': return faceToFace
      ? `Kami mengingatkan jadwal konsultasi tatap muka Anda di kantor DJPK. Mohon hadir 15 menit sebelum jadwal, dengan jumlah tamu paling banyak ${c.maxGuests} orang.`
      : 'Kami mengingatkan jadwal video conference Anda. Silakan bergabung melalui tautan rapat di bawah ini.';
  }
}

const showsLink = (kind: LetterKind): boolean => kind === 'approved' || kind === 'rescheduled' || kind === 'reminder';

/** The letter as plain text (the HTML part is the same text). */
export function letterText(c: LetterContext): { subject: string; text: string } {
  const b = c.booking;
  const lines = [
    `Yth. Bapak/Ibu ${b.contact_name ?? ''},`.replace(' ,', ','),
    '',
    openingOf(c.kind, c),
    '',
    `Nomor reservasi: ${b.reference}`,
    `Jenis: ${KIND_LABELS[b.kind]}`,
    `Jadwal: ${slotLabel(b.date, b.start_time)}`,
    `Instansi: ${b.visitor}`,
    `Topik: ${c.topicLabels.join(', ') || '-'}`,
    ...(b.guests !== null ? [`Jumlah ${b.kind === 'face_to_face' ? 'tamu' : 'peserta'}: ${b.guests} orang`] : []),
    `Status: ${STATUS_LABELS[b.status]}`,
    ...(b.kind === 'video' && b.meeting_link && showsLink(c.kind) ? [`Tautan rapat: ${b.meeting_link}`] : []),
    ...(b.reason && (c.kind === 'rejected' || c.kind === 'cancelled') ? [`Alasan: ${b.reason}`] : []),
    '',
    `Status reservasi Anda dapat dilihat kapan saja di: ${c.statusUrl}`,
    '',
    'Hormat kami,',
    c.signature,
  ];
  return { subject: subjectOf(c.kind, b), text: lines.join('\n') };
}
