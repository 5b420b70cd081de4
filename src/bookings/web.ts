import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { jakartaDate } from '../platform/calendar.ts';
import { loadCalendar } from '../platform/calendar-service.ts';
import { reportRegionName } from '../reports/region-name.ts';
import { getBookingRules } from './rules.ts';
import { openSlots } from './slot-guard.ts';
import { createBooking } from './create.ts';
import type { BookingRequestInput } from './request.ts';
import { EMPTY_FORM, formPage, type FormValues } from './form-html.ts';
import { refusedPage, statusPage, unknownStatusPage } from './html.ts';
import { bookingOfToken, STATUS_PATH } from './token.ts';

type Db = Kysely<Database>;

/** What a public page answers: an HTTP status and a whole HTML page, or a redirect. */
export type PageResult = { status: number; html: string } | { status: 303; location: string };

export type FormFields = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
const many = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value ? [value] : []);

async function render(db: Db, values: FormValues, errors: string[]): Promise<string> {
  const [rules, calendar, regions, topics] = await Promise.all([
    getBookingRules(db), loadCalendar(db),
    db.selectFrom('regions').select(['code', 'name', 'kind', 'level', 'province_code']).orderBy('code').execute(),
    db.selectFrom('topics').select(['code', 'label']).where('active', '=', true).where('kind', '=', 'technical').orderBy('sort_order').orderBy('code').execute(),
  ]);
  const days = await openSlots(db, rules, calendar, jakartaDate(new Date()));
  return formPage({ values, errors, days, rules, topics, regions: regions.map((r) => ({ code: r.code, label: reportRegionName(r.name, r.kind), level: r.level, province_code: r.province_code })) });
}

export const showForm = async (db: Db): Promise<PageResult> => ({ status: 200, html: await render(db, EMPTY_FORM, []) });

function valuesOf(fields: FormFields): FormValues {
  return {
    jenis: one(fields.jenis), slot: one(fields.slot), daerah: one(fields.daerah), instansi: one(fields.instansi),
    nama: one(fields.nama), email: one(fields.email), telepon: one(fields.telepon), topik: many(fields.topik),
    jumlah_tamu: one(fields.jumlah_tamu), nama_tamu: one(fields.nama_tamu),
  };
}

function requestOf(v: FormValues): BookingRequestInput {
  const [date = '', time = ''] = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v.slot) ? v.slot.split('T') : [];
  return {
    kind: v.jenis === 'video' ? 'video' : 'face_to_face', date, start_time: time,
    region_code: v.daerah || null, institution: v.instansi, contact_name: v.nama, contact_email: v.email, contact_phone: v.telepon,
    topics: v.topik, guests: v.jumlah_tamu === '' ? null : Number(v.jumlah_tamu), guest_names: v.nama_tamu.split(/\r?\n/),
  };
}

/**
 * The form posted: stored and redirected to the private status page (a reload does not post
 * again), or shown again with every problem and the values as typed. A filled honeypot field
 * (hidden from people) is a bot: nothing is stored.
 */
export async function submitForm(db: Db, fields: FormFields, publicUrl: string): Promise<PageResult> {
  if (one(fields.website) !== '') return { status: 400, html: refusedPage() };
  const values = valuesOf(fields);
  if (values.jenis !== 'tatap_muka' && values.jenis !== 'video') {
    return { status: 400, html: await render(db, values, ['Pilih jenis konsultasi: tatap muka atau video conference.']) };
  }
  try {
    const created = await createBooking(db, requestOf(values), publicUrl);
    return { status: 303, location: `${STATUS_PATH}/${created.status_url.split('/').at(-1) ?? ''}?baru=1` };
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== 'validation' && error.code !== 'conflict')) throw error;
    const messages = error.details.length > 0 && error.code === 'validation' ? error.details.map((d) => d.message) : [error.message];
    return { status: error.status, html: await render(db, error.code === 'conflict' ? { ...values, slot: '' } : values, messages) };
  }
}

/** The private status page; `fresh` right after the request was sent. */
export async function showStatus(db: Db, token: string, fresh: boolean, publicUrl: string): Promise<PageResult> {
  const id = await bookingOfToken(db, token);
  if (id === undefined) return { status: 404, html: unknownStatusPage() };
  const booking = await db.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { status: 200, html: statusPage(booking, fresh ? `${publicUrl.replace(/\/+$/, '')}${STATUS_PATH}/${token}` : null) };
}
