import type { Kysely } from 'kysely';
import type { BookingKind, Database } from '../db/schema.ts';
import type { ErrorDetail } from '../platform/errors.ts';
import { normaliseEmail, normalisePhone } from '../contacts/identity.ts';
import { shortRegionName } from '../chatbot/registration.ts';

type Db = Kysely<Database>;

/** A booking request as the public page or the public API sends it. */
export interface BookingRequestInput {
  kind: BookingKind;
  date: string;
  start_time: string;
  /** A Pemda from the regions list, or null/absent for another institution named in `institution`. */
  region_code?: string | null | undefined;
  institution?: string | null | undefined;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  topics: string[];
  /** Face-to-face: the guests who will come (required); video: participants (optional). */
  guests?: number | null | undefined;
  guest_names?: string[] | undefined;
}

/** The request once checked: what is stored. */
export interface CheckedRequest {
  kind: BookingKind;
  date: string;
  start_time: string;
  region_code: string | null;
  /** The visitor as the report shows it: "Kab. Bogor", or the institution's name. */
  visitor: string;
  institution: string | null;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  topics: string[];
  guests: number | null;
  guest_names: string[];
}

const text = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

async function visitorOf(db: Db, input: BookingRequestInput, problems: ErrorDetail[]): Promise<{ region_code: string | null; visitor: string; institution: string | null }> {
  const institution = text(input.institution).slice(0, 300) || null;
  if (input.region_code) {
    const region = await db.selectFrom('regions').select(['code', 'name']).where('code', '=', input.region_code).executeTakeFirst();
    if (region) return { region_code: region.code, visitor: shortRegionName(region), institution };
    problems.push({ field: 'region_code', value: input.region_code, message: 'Pemda yang dipilih tidak dikenal. Pilih dari daftar.' });
  } else if (!institution || institution.length < 2) {
    problems.push({ field: 'institution', message: 'Pilih Pemda dari daftar, atau tuliskan nama instansi Anda.' });
  }
  return { region_code: null, visitor: institution ?? '', institution };
}

async function topicProblems(db: Db, topics: string[]): Promise<ErrorDetail[]> {
  if (topics.length === 0) return [{ field: 'topics', message: 'Pilih minimal satu topik konsultasi.' }];
  const known = await db.selectFrom('topics').select('code').where('active', '=', true).where('code', 'in', topics).execute();
  const unknown = topics.filter((t) => !known.some((k) => k.code === t));
  return unknown.length ? [{ field: 'topics', value: unknown, message: `Topik tidak dikenal: ${unknown.join(', ')}. Pilih dari daftar.` }] : [];
}

function guestProblems(input: BookingRequestInput, names: string[]): ErrorDetail[] {
  const guests = input.guests ?? null;
  if (input.kind === 'video') {
    return guests !== null && (!Number.isInteger(guests) || guests < 1) ? [{ field: 'guests', value: guests, message: 'Jumlah peserta minimal 1 orang.' }] : [];
  }
  if (guests === null || !Number.isInteger(guests) || guests < 1) return [{ field: 'guests', value: guests, message: 'Isi jumlah tamu yang akan hadir (minimal 1 orang).' }];
  if (names.length !== guests) {
    return [{ field: 'guest_names', value: names.length, message: `Tuliskan nama setiap tamu, satu nama per baris: ${guests} nama untuk ${guests} tamu (terisi ${names.length}).` }];
  }
  return [];
}

/** Checks who asks, how to reach them, the topics and the guests; every problem in Indonesian. */
export async function checkRequest(db: Db, input: BookingRequestInput): Promise<{ request: CheckedRequest; problems: ErrorDetail[] }> {
  const problems: ErrorDetail[] = [];
  const who = await visitorOf(db, input, problems);
  const contactName = text(input.contact_name).slice(0, 200);
  if (contactName.length < 2) problems.push({ field: 'contact_name', message: 'Tuliskan nama narahubung.' });
  const email = normaliseEmail(input.contact_email);
  if (!email) problems.push({ field: 'contact_email', value: input.contact_email, message: 'Alamat email tidak valid (contoh: nama@instansi.go.id).' });
  const phone = normalisePhone(input.contact_phone);
  if (!phone) problems.push({ field: 'contact_phone', value: input.contact_phone, message: 'Nomor telepon/WhatsApp tidak valid (contoh: 0812 3456 7890).' });
  const topics = [...new Set(input.topics.map(text).filter(Boolean))];
  problems.push(...await topicProblems(db, topics));
  const names = (input.guest_names ?? []).map(text).filter(Boolean).map((n) => n.slice(0, 200));
  problems.push(...guestProblems(input, names));
  return {
    request: {
      kind: input.kind, date: input.date, start_time: input.start_time, ...who,
      contact_name: contactName, contact_email: email ?? '', contact_phone: phone ?? '',
      topics, guests: input.guests ?? null, guest_names: input.kind === 'face_to_face' ? names : [],
    },
    problems,
  };
}
