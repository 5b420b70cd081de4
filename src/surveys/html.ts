import { CENTER_NAME, QUESTIONS, SCORE_LABELS, SCORES, type Question } from './texts.ts';
import { MAX_COMMENT } from './answers.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The form's field names (Indonesian, as they show in the address bar of an email link). */
export const FIELDS: Record<Question | 'comment', string> = { service: 'layanan', substance: 'substansi', comment: 'komentar' };

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1d2733;line-height:1.5}
main{max-width:560px;margin:0 auto;padding:16px}
.card{background:#fff;border-radius:10px;padding:18px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.3rem;margin:0 0 8px}fieldset{border:0;margin:18px 0 0;padding:0}legend{font-weight:600}
label.score{display:flex;gap:10px;align-items:center;padding:10px 12px;margin:6px 0;border:1px solid #c9d3dd;border-radius:8px}
label.score:has(input:checked){border-color:#1c5d99;background:#eaf2fb}
textarea{width:100%;box-sizing:border-box;min-height:90px;font:inherit;padding:8px}
button{margin-top:16px;width:100%;padding:12px;font:inherit;font-weight:600;color:#fff;background:#1c5d99;border:0;border-radius:8px}
.note{color:#51606f;font-size:.9rem}.error{color:#a4161a;font-weight:600}`;

/** A whole page: small, no scripts, readable on a phone. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} – ${CENTER_NAME}</title><style>${STYLE}</style></head>
<body><main><div class="card">${body}</div><p class="note">${CENTER_NAME}</p></main></body></html>
`;
}

export interface FormView {
  /** The token: the form posts back to the same address. */
  token: string;
  ticketNumber: number;
  service: number | null;
  substance: number | null;
  comment: string;
  answered: boolean;
  closesOn: string;
  error?: string | undefined;
}

function scoreChoices(question: Question, chosen: number | null, index: number): string {
  const { label, prompt } = QUESTIONS[question];
  const options = SCORES.map((score) => `<label class="score"><input type="radio" name="${FIELDS[question]}" value="${score}" required${chosen === score ? ' checked' : ''}> ${score} - ${SCORE_LABELS[score]}</label>`);
  return `<fieldset><legend>${index}. ${label}</legend><p class="note">${prompt}</p>${options.join('')}</fieldset>`;
}

export function formPage(v: FormView): string {
  const already = v.answered ? '<p class="note">Anda sudah mengirim penilaian. Jika dikirim lagi, penilaian terakhir yang berlaku.</p>' : '';
  return page('Survei Kepuasan', `<h1>Survei Kepuasan</h1>
<p>Konsultasi Anda (tiket #${v.ticketNumber}) telah selesai. Mohon nilai layanan kami.</p>${already}
${v.error ? `<p class="error" role="alert">${escapeHtml(v.error)}</p>` : ''}
<form method="post" action="${escapeHtml(v.token)}">
${scoreChoices('service', v.service, 1)}
${scoreChoices('substance', v.substance, 2)}
<fieldset><legend>Komentar atau saran (tidak wajib)</legend><textarea name="${FIELDS.comment}" maxlength="${MAX_COMMENT}">${escapeHtml(v.comment)}</textarea></fieldset>
<button type="submit">Kirim Penilaian</button>
<p class="note">Survei terbuka sampai ${escapeHtml(v.closesOn)}.</p>
</form>`);
}

export const thanksPage = (updated: boolean): string =>
  page('Terima Kasih', `<h1>Terima kasih!</h1><p>Penilaian Anda telah ${updated ? 'diperbarui' : 'kami terima'}. Masukan Anda membantu kami meningkatkan layanan.</p>`);

export const closedPage = (): string =>
  page('Survei Sudah Ditutup', '<h1>Survei sudah ditutup</h1><p>Mohon maaf, masa pengisian survei untuk konsultasi ini telah berakhir. Terima kasih atas perhatian Anda.</p>');

export const unknownPage = (): string =>
  page('Tautan Tidak Dikenal', '<h1>Tautan survei tidak dikenal</h1><p>Periksa kembali tautan dari email atau pesan kami. Tautan dari konsultasi sebelumnya tidak berlaku lagi.</p>');

export const tooManyPage = (): string =>
  page('Terlalu Banyak Percobaan', '<h1>Terlalu banyak percobaan</h1><p>Mohon tunggu sebentar, lalu coba lagi.</p>');
