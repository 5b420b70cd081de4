import { escapeHtml } from '../../surveys/html.ts';
import { CENTER_NAME } from '../../surveys/texts.ts';

export { escapeHtml };

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1d2733;line-height:1.5}
main{max-width:640px;margin:0 auto;padding:16px}
.card{background:#fff;border-radius:10px;padding:18px;box-shadow:0 1px 3px rgba(0,0,0,.12);margin-bottom:14px}
h1{font-size:1.35rem;margin:0 0 8px}h2{font-size:1.1rem;margin:0 0 8px}
.field{margin:14px 0}label{display:block;font-weight:600}
input[type=text],input[type=email],input[type=tel],select,textarea{width:100%;box-sizing:border-box;font:inherit;padding:9px;border:1px solid #8a99a8;border-radius:6px;background:#fff}
input[type=file]{font:inherit;max-width:100%}
textarea{min-height:140px}[aria-invalid=true]{border-color:#a4161a;border-width:2px}
button{margin-top:8px;width:100%;padding:12px;font:inherit;font-weight:600;color:#fff;background:#1c5d99;border:0;border-radius:8px}
.hint,.note{color:#51606f;font-size:.9rem;margin:2px 0}.error{color:#a4161a;font-weight:600;margin:2px 0}
.summary{border:2px solid #a4161a;border-radius:8px;padding:10px 14px;margin:10px 0}.summary a{color:#a4161a}
.ok{border:2px solid #2b7a3d;border-radius:8px;padding:10px 14px;margin:10px 0;background:#eef8f0}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.link{word-break:break-all;background:#eef2f6;padding:8px;border-radius:6px;display:block}
.msg{border-left:4px solid #8a99a8;padding:6px 12px;margin:12px 0}.msg.agent{border-color:#1c5d99;background:#f3f8fd}
.msg .who{font-weight:600}.msg .body{white-space:pre-wrap;overflow-wrap:anywhere}
.status{display:inline-block;padding:2px 10px;border-radius:12px;background:#eaf2fb;font-weight:600}`;

/** A whole page: small, no scripts or outside resources, readable on a phone. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} – ${CENTER_NAME}</title><style>${STYLE}</style></head>
<body><main>${body}<p class="note">${CENTER_NAME} · Direktorat Jenderal Perimbangan Keuangan</p></main></body></html>
`;
}

/** A message beside its field, linked to the input for screen readers. */
export interface FieldView {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** The label, hint and error of a field, and the attributes its input needs. */
export function fieldParts(f: FieldView): { top: string; aria: string } {
  const described = [f.hint ? `h-${f.id}` : '', f.error ? `e-${f.id}` : ''].filter(Boolean).join(' ');
  const top = `<label for="f-${f.id}">${escapeHtml(f.label)}</label>`
    + (f.hint ? `<p class="hint" id="h-${f.id}">${escapeHtml(f.hint)}</p>` : '')
    + (f.error ? `<p class="error" id="e-${f.id}">${escapeHtml(f.error)}</p>` : '');
  const aria = `id="f-${f.id}"${described ? ` aria-describedby="${described}"` : ''}${f.error ? ' aria-invalid="true"' : ''}`;
  return { top, aria };
}

/** The list of problems at the top of a form, each a link to its field. */
export function errorSummary(problems: { id: string; label: string; message: string }[]): string {
  if (problems.length === 0) return '';
  const items = problems.map((p) => `<li><a href="#f-${p.id}">${escapeHtml(p.label)}: ${escapeHtml(p.message)}</a></li>`).join('');
  return `<div class="summary" role="alert" tabindex="-1"><p><strong>Mohon periksa kembali isian berikut:</strong></p><ul>${items}</ul></div>`;
}

export const messagePage = (title: string, text: string): string =>
  page(title, `<div class="card"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="/bantuan">Kembali ke formulir konsultasi</a></p></div>`);

export const unknownTicketPage = (): string =>
  messagePage('Tautan Tidak Dikenal', 'Tautan tiket ini tidak dikenal. Periksa kembali tautan dari halaman konfirmasi atau email kami.');

export const tooManyPage = (): string => messagePage('Terlalu Banyak Percobaan', 'Mohon tunggu sebentar, lalu coba lagi.');

export const badFormPage = (): string => messagePage('Formulir Tidak Dapat Dibaca', 'Formulir yang dikirim tidak dapat dibaca. Muat ulang halaman, lalu kirim kembali.');
