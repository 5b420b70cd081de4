import { escapeHtml } from '../surveys/html.ts';
import { CENTER_NAME } from '../surveys/texts.ts';
import type { BookingRow } from './staff.ts';
import { BOOKING_PATH } from './token.ts';
import { KIND_LABELS, STATUS_LABELS, slotLabel } from './texts.ts';

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1d2733;line-height:1.5}
main{max-width:640px;margin:0 auto;padding:16px}
.card{background:#fff;border-radius:10px;padding:18px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.3rem;margin:0 0 8px}fieldset{border:0;margin:18px 0 0;padding:0}legend,label.field{display:block;font-weight:600;margin-top:14px}
input[type=text],input[type=email],input[type=tel],input[type=number],select,textarea{display:block;width:100%;box-sizing:border-box;font:inherit;padding:8px;margin-top:4px;border:1px solid #9aa8b6;border-radius:6px}
textarea{min-height:90px}label.choice{display:flex;gap:8px;align-items:center;padding:8px 10px;margin:6px 0;border:1px solid #c9d3dd;border-radius:8px;font-weight:400}
label.choice:has(input:checked){border-color:#1c5d99;background:#eaf2fb}
.days{max-height:26rem;overflow:auto;border:1px solid #c9d3dd;border-radius:8px;padding:0 10px 10px;margin-top:6px}
.day legend{font-weight:600;margin-top:10px}.times{display:flex;flex-wrap:wrap;gap:6px}.times label.choice{margin:0}
button{margin-top:18px;width:100%;padding:12px;font:inherit;font-weight:600;color:#fff;background:#1c5d99;border:0;border-radius:8px}
.note{color:#51606f;font-size:.9rem;font-weight:400}.error{color:#a4161a;border:1px solid #a4161a;border-radius:8px;padding:8px 12px;margin:12px 0}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}dl{display:grid;grid-template-columns:auto 1fr;gap:4px 12px}dt{font-weight:600}dd{margin:0}
.reference{font-size:1.4rem;font-weight:700;letter-spacing:.04em}`;

/** A whole page: no scripts, no outside resources, readable on a phone. */
export function bookingPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${CENTER_NAME}</title><style>${STYLE}</style></head>
<body><main><div class="card">${body}</div><p class="note">${CENTER_NAME} · Direktorat Jenderal Perimbangan Keuangan</p></main></body></html>
`;
}

/** The problems of a request, as a list the screen reader announces. */
export const errorList = (messages: readonly string[]): string => messages.length === 0 ? '' :
  `<div class="error" role="alert"><p><strong>Reservasi belum dapat diproses:</strong></p><ul>${messages.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul></div>`;

function details(b: BookingRow): string {
  const rows: [string, string][] = [
    ['Nomor reservasi', b.reference], ['Jenis', KIND_LABELS[b.kind]], ['Jadwal', slotLabel(b.date, b.start_time)],
    ['Instansi', b.visitor], ['Status', STATUS_LABELS[b.status]],
  ];
  if (b.guests !== null) rows.push([b.kind === 'face_to_face' ? 'Jumlah tamu' : 'Jumlah peserta', `${b.guests} orang`]);
  if (b.reason && (b.status === 'rejected' || b.status === 'cancelled')) rows.push(['Alasan', b.reason]);
  const link = b.kind === 'video' && b.status === 'approved' && b.meeting_link
    ? `<p>Tautan rapat: <a href="${escapeHtml(b.meeting_link)}" rel="noreferrer">${escapeHtml(b.meeting_link)}</a></p>` : '';
  return `<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>${link}`;
}

/** The private status page; right after the request (freshUrl given) it says so and shows the link to keep. */
export function statusPage(b: BookingRow, freshUrl: string | null): string {
  const fresh = freshUrl === null ? '' : `<p>Terima kasih. Permohonan Anda kami terima dan menunggu persetujuan petugas.</p>
<p>Nomor reservasi Anda:</p><p class="reference">${escapeHtml(b.reference)}</p>
<p>Nomor reservasi dan tautan status ini juga kami kirim ke <strong>${escapeHtml(b.contact_email ?? '')}</strong>. Simpan tautan pribadi berikut untuk melihat status reservasi:</p>
<p><a href="${escapeHtml(freshUrl)}">${escapeHtml(freshUrl)}</a></p>`;
  return bookingPage(`Reservasi ${b.reference}`, `<h1>${freshUrl === null ? 'Status reservasi' : 'Reservasi diterima'}</h1>${fresh}${details(b)}
<p class="note">Perubahan status juga kami kirim melalui email. <a href="${BOOKING_PATH}">Ajukan reservasi baru</a></p>`);
}

export const unknownStatusPage = (): string =>
  bookingPage('Tautan Tidak Dikenal', '<h1>Tautan status tidak dikenal</h1><p>Periksa kembali tautan dari email reservasi Anda.</p>');

export const refusedPage = (): string =>
  bookingPage('Permintaan Ditolak', `<h1>Permintaan tidak dapat diproses</h1><p>Silakan isi ulang formulir di <a href="${BOOKING_PATH}">halaman reservasi</a>.</p>`);

export const tooManyPage = (): string =>
  bookingPage('Terlalu Banyak Percobaan', '<h1>Terlalu banyak percobaan</h1><p>Mohon tunggu sebentar, lalu coba lagi.</p>');
