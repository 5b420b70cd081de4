import type { TicketStatus } from '../../db/schema.ts';
import { formatDateTime } from '../../platform/format.ts';
import { ACCEPT_ATTRIBUTE, LIMITS_TEXT, megabytes } from './limits.ts';
import { escapeHtml, errorSummary, fieldParts, page } from './html.ts';
import { SUBMISSION_FIELD } from './form.ts';
import type { FollowedTicket, ThreadMessage } from './thread.ts';

/** The status as the requester reads it. */
const STATUS_TEXT: Record<TicketStatus, { label: string; note: string }> = {
  open: { label: 'Sedang diproses', note: 'Petugas kami sedang menangani konsultasi Anda.' },
  pending: { label: 'Menunggu tanggapan Anda', note: 'Petugas menunggu informasi tambahan dari Anda. Silakan balas di bawah.' },
  escalated: { label: 'Diteruskan ke unit teknis', note: 'Konsultasi Anda sedang ditelaah oleh unit teknis terkait.' },
  resolved: { label: 'Selesai', note: 'Konsultasi ini telah dijawab. Jika masih ada pertanyaan, balas di bawah: tiket akan dibuka kembali.' },
  closed: { label: 'Ditutup', note: 'Konsultasi ini telah ditutup. Jika masih ada pertanyaan, balas di bawah: tiket akan dibuka kembali.' },
};

export interface FollowPageView {
  ticket: FollowedTicket;
  /** The path of this page (`/bantuan/tiket/<token>`): the reply form posts back to it. */
  path: string;
  surveyLink: string | null;
  reply: string;
  errors: { pesan?: string | undefined; lampiran?: string | undefined };
  submissionId: string;
  sent: boolean;
  filesDropped: boolean;
}

function message(path: string, m: ThreadMessage): string {
  const files = m.attachments.map((a) => `<li><a href="${escapeHtml(`${path}/lampiran/${a.id}`)}">${escapeHtml(a.filename)}</a> (${megabytes(a.sizeBytes)})</li>`).join('');
  return `<article class="msg${m.fromRequester ? '' : ' agent'}"><p class="who">${m.fromRequester ? 'Anda' : 'Petugas Contact Center DJPK'} <span class="note">· ${escapeHtml(formatDateTime(m.at))}</span></p>
<div class="body">${escapeHtml(m.body)}</div>${files ? `<ul aria-label="Lampiran">${files}</ul>` : ''}</article>`;
}

function replyForm(v: FollowPageView): string {
  const text = fieldParts({ id: 'pesan', label: 'Tanggapan Anda', error: v.errors.pesan });
  const fileError = [v.errors.lampiran, v.filesDropped ? 'Berkas lampiran perlu dipilih ulang.' : ''].filter(Boolean).join(' ') || undefined;
  const files = fieldParts({ id: 'lampiran', label: 'Lampiran', hint: `Tidak wajib. ${LIMITS_TEXT}`, error: fileError });
  const problems = [
    ...(v.errors.pesan ? [{ id: 'pesan', label: 'Tanggapan', message: v.errors.pesan }] : []),
    ...(v.errors.lampiran ? [{ id: 'lampiran', label: 'Lampiran', message: v.errors.lampiran }] : []),
  ];
  return `<div class="card"><h2>Kirim tanggapan</h2>${errorSummary(problems)}
<form method="post" action="${escapeHtml(v.path)}" enctype="multipart/form-data">
<input type="hidden" name="${SUBMISSION_FIELD}" value="${escapeHtml(v.submissionId)}">
<div class="field">${text.top}<textarea name="pesan" ${text.aria} maxlength="4000" required>${escapeHtml(v.reply)}</textarea></div>
<div class="field">${files.top}<input type="file" name="lampiran" ${files.aria} multiple accept="${ACCEPT_ATTRIBUTE}"></div>
<button type="submit">Kirim Tanggapan</button></form></div>`;
}

/** The private page of one ticket: status, conversation, survey link once resolved, reply form. */
export function followPage(v: FollowPageView): string {
  const status = STATUS_TEXT[v.ticket.status];
  const done = v.ticket.status === 'resolved' || v.ticket.status === 'closed';
  const survey = done && v.surveyLink
    ? `<div class="ok"><p>Mohon nilai layanan kami: <a href="${escapeHtml(v.surveyLink)}">isi survei kepuasan</a>.</p></div>`
    : '';
  return page(`Tiket #${v.ticket.number}`, `<div class="card">
<h1>Konsultasi #${v.ticket.number}</h1>
${v.sent ? '<div class="ok" role="status"><p>Tanggapan Anda telah terkirim.</p></div>' : ''}
<p>Status: <span class="status">${status.label}</span></p><p class="note">${status.note}</p>${survey}
<h2>Percakapan</h2>
${v.ticket.messages.map((m) => message(v.path, m)).join('\n')}
</div>
${replyForm(v)}`);
}
