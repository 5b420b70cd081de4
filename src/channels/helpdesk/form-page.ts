import { ACCEPT_ATTRIBUTE, LIMITS_TEXT } from './limits.ts';
import { escapeHtml, errorSummary, fieldParts, page, type FieldView } from './html.ts';
import { HONEYPOT_FIELD, MAX_QUESTION, SUBMISSION_FIELD, type Choice, type FormErrors, type FormField, type FormValues } from './form.ts';

export interface FormPageView {
  values: FormValues;
  errors: FormErrors;
  categories: Choice[];
  topics: Choice[];
  /** Short region names for the suggestions list ("Kab. Bogor", "Prov. Jawa Barat"). */
  regions: string[];
  serviceHours: string;
  submissionId: string;
  /** Files were sent with a form that is shown again: they must be chosen again. */
  filesDropped: boolean;
}

const LABELS: Record<FormField, string> = {
  nama: 'Nama lengkap', kategori: 'Kategori pengguna', instansi: 'Instansi/SKPD', daerah: 'Daerah',
  email: 'Email', telepon: 'Nomor telepon/WhatsApp', topik: 'Topik konsultasi', pertanyaan: 'Pertanyaan', lampiran: 'Lampiran',
};

const HINTS: Partial<Record<FormField, string>> = {
  daerah: 'Kabupaten/kota atau provinsi asal Anda, misalnya "Kab. Bogor" atau "Prov. Jawa Barat".',
  email: 'Isi email atau nomor telepon (salah satu wajib). Tautan untuk mengikuti konsultasi juga kami kirim ke email ini.',
  telepon: 'Contoh: 0812-3456-7890.',
  pertanyaan: `Paling banyak ${MAX_QUESTION.toLocaleString('id-ID')} karakter.`,
  lampiran: `Tidak wajib. ${LIMITS_TEXT}`,
};

const view = (v: FormPageView, id: FormField): FieldView => ({ id, label: LABELS[id], hint: HINTS[id], error: v.errors[id] });

function textInput(v: FormPageView, id: keyof FormValues, type: string, extra: string): string {
  const { top, aria } = fieldParts(view(v, id));
  return `<div class="field">${top}<input type="${type}" name="${id}" ${aria} value="${escapeHtml(v.values[id])}" ${extra}></div>`;
}

function select(v: FormPageView, id: 'kategori' | 'topik', choices: Choice[]): string {
  const { top, aria } = fieldParts(view(v, id));
  const options = choices.map((c) => `<option value="${escapeHtml(c.code)}"${c.code === v.values[id] ? ' selected' : ''}>${escapeHtml(c.label)}</option>`);
  return `<div class="field">${top}<select name="${id}" ${aria} required><option value="">– Pilih –</option>${options.join('')}</select></div>`;
}

function fileInput(v: FormPageView): string {
  const error = [v.errors.lampiran, v.filesDropped ? 'Berkas lampiran perlu dipilih ulang.' : ''].filter(Boolean).join(' ') || undefined;
  const { top, aria } = fieldParts({ ...view(v, 'lampiran'), error });
  return `<div class="field">${top}<input type="file" name="lampiran" ${aria} multiple accept="${ACCEPT_ATTRIBUTE}"></div>`;
}

function summary(v: FormPageView): string {
  const order: FormField[] = ['nama', 'kategori', 'instansi', 'daerah', 'email', 'telepon', 'topik', 'pertanyaan', 'lampiran'];
  return errorSummary(order.flatMap((id) => (v.errors[id] ? [{ id, label: LABELS[id], message: v.errors[id] ?? '' }] : [])));
}

/** The public consultation form (`/bantuan`), with the values kept and each error beside its field. */
export function formPage(v: FormPageView): string {
  const { top, aria } = fieldParts(view(v, 'pertanyaan'));
  const regions = v.regions.map((r) => `<option value="${escapeHtml(r)}">`).join('');
  return page('Help Desk – Formulir Konsultasi', `<div class="card">
<h1>Formulir Konsultasi Help Desk</h1>
<p>Sampaikan pertanyaan Anda tentang transfer ke daerah, keuangan daerah, dan layanan DJPK lainnya. Anda akan menerima nomor tiket dan tautan pribadi untuk mengikuti jawaban petugas.</p>
${v.serviceHours ? `<p class="note">Petugas menjawab pada jam layanan: ${escapeHtml(v.serviceHours)} (kecuali hari libur nasional dan cuti bersama).</p>` : ''}
${summary(v)}
<form method="post" action="/bantuan" enctype="multipart/form-data">
<input type="hidden" name="${SUBMISSION_FIELD}" value="${escapeHtml(v.submissionId)}">
<div class="hp" aria-hidden="true"><label for="f-hp">Jangan isi kolom ini</label><input type="text" id="f-hp" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></div>
${textInput(v, 'nama', 'text', 'autocomplete="name" maxlength="200" required')}
${select(v, 'kategori', v.categories)}
${textInput(v, 'instansi', 'text', 'autocomplete="organization" maxlength="200" required')}
${textInput(v, 'daerah', 'text', 'list="daftar-daerah" autocomplete="off" maxlength="120" required')}
<datalist id="daftar-daerah">${regions}</datalist>
${textInput(v, 'email', 'email', 'autocomplete="email" maxlength="254"')}
${textInput(v, 'telepon', 'tel', 'autocomplete="tel" maxlength="30"')}
${select(v, 'topik', v.topics)}
<div class="field">${top}<textarea name="pertanyaan" ${aria} maxlength="${MAX_QUESTION}" required>${escapeHtml(v.values.pertanyaan)}</textarea></div>
${fileInput(v)}
<button type="submit">Kirim Konsultasi</button>
</form></div>`);
}

/** After submitting: the ticket number and the private follow link. */
export function receivedPage(o: { number: number; link: string; email: string | null }): string {
  const mailed = o.email ? `<p>Tautan ini juga kami kirim ke email <strong>${escapeHtml(o.email)}</strong>.</p>` : '';
  return page(`Tiket #${o.number}`, `<div class="card"><div class="ok" role="status">
<h1>Konsultasi Anda telah kami terima</h1>
<p>Nomor tiket: <strong>#${o.number}</strong></p></div>
<p>Ikuti status dan jawaban petugas, serta kirim tanggapan, melalui tautan pribadi berikut. Simpan tautan ini dan jangan bagikan kepada orang lain.</p>
<p><a class="link" href="${escapeHtml(o.link)}">${escapeHtml(o.link)}</a></p>
${mailed}
<p><a href="/bantuan">Kirim konsultasi lain</a></p></div>`);
}
