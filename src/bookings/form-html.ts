import { escapeHtml } from '../surveys/html.ts';
import type { BookingRules } from './rules.ts';
import type { DaySlots } from './slot-guard.ts';
import { bookingPage, errorList } from './html.ts';
import { BOOKING_PATH } from './token.ts';
import { RULES_SOURCE } from './texts.ts';

/** The form's fields as typed (Indonesian names); kept and shown again after an error. */
export interface FormValues {
  jenis: string;
  slot: string;
  daerah: string;
  instansi: string;
  nama: string;
  email: string;
  telepon: string;
  topik: string[];
  jumlah_tamu: string;
  nama_tamu: string;
}

export const EMPTY_FORM: FormValues = { jenis: 'tatap_muka', slot: '', daerah: '', instansi: '', nama: '', email: '', telepon: '', topik: [], jumlah_tamu: '', nama_tamu: '' };

export interface RegionOption { code: string; label: string; province_code: string; level: string }

export interface FormView {
  values: FormValues;
  errors: string[];
  days: DaySlots[];
  rules: BookingRules;
  regions: RegionOption[];
  topics: { code: string; label: string }[];
}

const checked = (on: boolean): string => (on ? ' checked' : '');
const attr = (value: string): string => `value="${escapeHtml(value)}"`;

function kindChoice(v: FormValues): string {
  const option = (value: string, label: string) => `<label class="choice"><input type="radio" name="jenis" ${attr(value)} required${checked(v.jenis === value)}> ${label}</label>`;
  return `<fieldset><legend>Jenis konsultasi</legend>${option('tatap_muka', 'Tatap muka di kantor DJPK')}${option('video', 'Video conference (Microsoft Teams)')}</fieldset>`;
}

function slotChoice(v: FormValues, days: DaySlots[]): string {
  const day = (d: DaySlots): string => {
    const times = d.open.length === 0 ? '<p class="note">Penuh</p>'
      : `<div class="times">${d.open.map((t) => `<label class="choice"><input type="radio" name="slot" ${attr(`${d.date}T${t}`)} required${checked(v.slot === `${d.date}T${t}`)}> ${t}</label>`).join('')}</div>`;
    return `<fieldset class="day"><legend>${escapeHtml(d.label)}</legend>${times}</fieldset>`;
  };
  const body = days.length === 0 ? '<p class="note">Belum ada jadwal yang dapat dipilih.</p>' : days.map(day).join('');
  return `<fieldset><legend>Tanggal dan jam (WIB)</legend><p class="note">Hanya jadwal yang masih kosong yang ditampilkan.</p><div class="days">${body}</div></fieldset>`;
}

function regionSelect(v: FormValues, regions: RegionOption[]): string {
  const option = (r: RegionOption) => `<option ${attr(r.code)}${v.daerah === r.code ? ' selected' : ''}>${escapeHtml(r.label)}</option>`;
  const groups = regions.filter((r) => r.level === 'province').map((p) =>
    `<optgroup label="${escapeHtml(p.label)}">${[p, ...regions.filter((r) => r.level !== 'province' && r.province_code === p.code)].map(option).join('')}</optgroup>`);
  return `<label class="field" for="daerah">Pemerintah daerah</label>
<select id="daerah" name="daerah"><option value="">Bukan Pemda (tuliskan nama instansi di bawah)</option>${groups.join('')}</select>
<label class="field" for="instansi">Nama instansi / SKPD <span class="note">(wajib bila bukan Pemda)</span></label>
<input type="text" id="instansi" name="instansi" maxlength="300" ${attr(v.instansi)} autocomplete="organization">`;
}

function contactFields(v: FormValues): string {
  return `<label class="field" for="nama">Nama narahubung</label><input type="text" id="nama" name="nama" maxlength="200" required autocomplete="name" ${attr(v.nama)}>
<label class="field" for="email">Email</label><input type="email" id="email" name="email" maxlength="254" required autocomplete="email" ${attr(v.email)}>
<label class="field" for="telepon">Nomor telepon/WhatsApp</label><input type="tel" id="telepon" name="telepon" maxlength="40" required autocomplete="tel" ${attr(v.telepon)}>`;
}

function topicChoice(v: FormValues, topics: FormView['topics']): string {
  const boxes = topics.map((t) => `<label class="choice"><input type="checkbox" name="topik" ${attr(t.code)}${checked(v.topik.includes(t.code))}> ${escapeHtml(t.label)}</label>`);
  return `<fieldset><legend>Topik konsultasi</legend><p class="note">Pilih satu atau lebih.</p>${boxes.join('')}</fieldset>`;
}

function guestFields(v: FormValues, rules: BookingRules): string {
  return `<label class="field" for="jumlah_tamu">Jumlah tamu/peserta</label>
<p class="note" id="tamu-catatan">Tatap muka: paling banyak ${rules.max_guests} orang per kunjungan.</p>
<input type="number" id="jumlah_tamu" name="jumlah_tamu" min="1" inputmode="numeric" aria-describedby="tamu-catatan" ${attr(v.jumlah_tamu)}>
<label class="field" for="nama_tamu">Nama tamu <span class="note">(tatap muka; satu nama per baris)</span></label>
<textarea id="nama_tamu" name="nama_tamu" maxlength="4000">${escapeHtml(v.nama_tamu)}</textarea>`;
}

const rulesNote = (r: BookingRules): string =>
  `<p class="note">Ketentuan ${RULES_SOURCE}: reservasi diajukan ${r.min_days_ahead} sampai ${r.max_days_ahead} hari kerja sebelum konsultasi${r.working_days_only ? ', pada hari kerja' : ''}; paling banyak ${r.slots_per_day} sesi per hari dan ${r.max_guests} tamu per kunjungan tatap muka.</p>`;

/** The booking form: the open slots per day, the requester, the topics and the guests. */
export function formPage(view: FormView): string {
  const v = view.values;
  return bookingPage('Reservasi Konsultasi', `<h1>Reservasi konsultasi</h1>
<p>Ajukan konsultasi tatap muka di kantor DJPK atau video conference dengan narasumber DJPK.</p>${rulesNote(view.rules)}
${errorList(view.errors)}
<form method="post" action="${BOOKING_PATH}">
${kindChoice(v)}
${slotChoice(v, view.days)}
${regionSelect(v, view.regions)}
${contactFields(v)}
${topicChoice(v, view.topics)}
${guestFields(v, view.rules)}
<div class="hp" aria-hidden="true"><label for="website">Jangan diisi</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">Kirim Reservasi</button>
</form>`);
}
