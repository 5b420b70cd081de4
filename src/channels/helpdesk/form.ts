/** The consultation form's fields and their validation: the chatbot's identity rules (registration.ts), in Indonesian. */
import type { RegionMatcher } from '../../directory/region-matcher.ts';
import { normaliseEmail, normalisePhone } from '../../contacts/identity.ts';
import { applyFields, shortRegionName } from '../../chatbot/registration.ts';

/** Field names as the form posts them (Indonesian, like the survey page's). */
export const FORM_FIELDS = ['nama', 'kategori', 'instansi', 'daerah', 'telepon', 'email', 'topik', 'pertanyaan'] as const;
export type FormField = (typeof FORM_FIELDS)[number] | 'lampiran';
export type FormValues = Record<(typeof FORM_FIELDS)[number], string>;
export type FormErrors = Partial<Record<FormField, string>>;

/** Left empty by people; bots fill every field they find. */
export const HONEYPOT_FIELD = 'situs_web';
/** A random id per shown form: a form sent twice (double click, resend) opens one ticket. */
export const SUBMISSION_FIELD = 'kirim_id';
export const SUBMISSION_ID = /^[A-Za-z0-9_-]{16,64}$/;

export const MAX_QUESTION = 4000;

export interface Choice {
  code: string;
  label: string;
}

/** What the form offers: the directory's user categories and topics, and the region matcher. */
export interface FormOptions {
  categories: Choice[];
  topics: Choice[];
  matcher: RegionMatcher;
}

/** A valid consultation, ready to become a ticket. */
export interface Consultation {
  name: string;
  userCategory: string;
  institution: string;
  regionCode: string;
  phone: string | null;
  email: string | null;
  topic: string;
  question: string;
}

export const emptyValues = (): FormValues => ({ nama: '', kategori: '', instansi: '', daerah: '', telepon: '', email: '', topik: '', pertanyaan: '' });

export function valuesOf(fields: Record<string, string | undefined>): FormValues {
  const values = emptyValues();
  for (const field of FORM_FIELDS) values[field] = (fields[field] ?? '').slice(0, field === 'pertanyaan' ? MAX_QUESTION * 2 : 500);
  return values;
}

const joinOr = (names: string[]): string => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} atau ${names.at(-1) ?? ''}`);

function regionError(typed: string, matcher: RegionMatcher): { code?: string; error?: string } {
  if (!typed.trim()) return { error: 'Daerah wajib diisi.' };
  const review = applyFields({}, { region: typed }, matcher);
  if (review.registration.regionCode) return { code: review.registration.regionCode };
  if (review.regionChoices) return { error: `Maksud Anda ${joinOr(review.regionChoices.slice(0, 6).map(shortRegionName))}? Tuliskan salah satunya dengan lengkap.` };
  return { error: `Daerah "${typed.trim()}" tidak kami temukan. Tuliskan nama kabupaten/kota atau provinsi, misalnya "Kab. Bogor" atau "Prov. Jawa Barat".` };
}

function contactErrors(values: FormValues, errors: FormErrors): { phone: string | null; email: string | null } {
  const typedPhone = values.telepon.trim();
  const typedEmail = values.email.trim();
  const email = typedEmail ? normaliseEmail(typedEmail) : null;
  const phone = typedPhone ? normalisePhone(typedPhone) : null;
  if (typedEmail && !email) errors.email = `Email "${typedEmail}" tidak valid (contoh: nama@instansi.go.id).`;
  if (typedPhone && !phone) errors.telepon = `Nomor telepon "${typedPhone}" tidak valid (contoh: 0812-3456-7890).`;
  if (!typedEmail && !typedPhone) errors.email = 'Isi email atau nomor telepon agar kami dapat menghubungi Anda.';
  return { phone, email };
}

/** The consultation, or what is wrong with each field (a message per field, in Indonesian). */
export function validateForm(values: FormValues, options: FormOptions): { consultation: Consultation } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const typed = applyFields({}, { name: values.nama, institution: values.instansi }, options.matcher).registration;
  if (!typed.name) errors.nama = 'Nama wajib diisi.';
  if (!options.categories.some((c) => c.code === values.kategori)) errors.kategori = 'Pilih kategori pengguna.';
  if (!typed.institution) errors.instansi = 'Instansi/SKPD wajib diisi (tulis "Perorangan" jika tidak mewakili instansi).';
  const region = regionError(values.daerah, options.matcher);
  if (region.error) errors.daerah = region.error;
  const { phone, email } = contactErrors(values, errors);
  if (!options.topics.some((t) => t.code === values.topik)) errors.topik = 'Pilih topik konsultasi.';
  const question = values.pertanyaan.trim();
  if (!question) errors.pertanyaan = 'Pertanyaan wajib diisi.';
  else if (question.length > MAX_QUESTION) errors.pertanyaan = `Pertanyaan terlalu panjang: ${question.length} karakter, paling banyak ${MAX_QUESTION}.`;
  if (Object.keys(errors).length > 0 || !typed.name || !typed.institution || !region.code) return { errors };
  return {
    consultation: {
      name: typed.name, userCategory: values.kategori, institution: typed.institution, regionCode: region.code,
      phone, email, topic: values.topik, question,
    },
  };
}
