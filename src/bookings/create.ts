import { sql, type Kysely } from 'kysely';
import type { BookingStatus, Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { validation, type ErrorDetail } from '../platform/errors.ts';
import { jakartaDate } from '../platform/calendar.ts';
import { loadCalendar } from '../platform/calendar-service.ts';
import { findOrCreateContact } from '../contacts/service.ts';
import { getBookingRules } from './rules.ts';
import { checkRequest, type BookingRequestInput, type CheckedRequest } from './request.ts';
import { ruleProblems } from './window.ts';
import { assertSlotFree, isUniqueViolation, lockDay, slotTaken } from './slot-guard.ts';
import { queueStatusEmail } from './notify.ts';
import { statusUrlOf } from './token.ts';

type Db = Kysely<Database>;

export interface CreatedBooking {
  id: number;
  reference: string;
  status: BookingStatus;
  status_url: string;
}

/** One error carrying every problem; its message lists them all (the details name the fields). */
export const problemsError = (problems: ErrorDetail[]) =>
  validation(problems.map((p) => p.message).join(' '), problems);

async function nextReference(trx: Db, today: string): Promise<string> {
  const { rows } = await sql<{ n: number }>`select nextval('booking_reference_seq') as n`.execute(trx);
  return `RSV-${today.slice(0, 4)}-${String(rows[0]?.n ?? 0).padStart(5, '0')}`;
}

async function insertBooking(trx: Db, request: CheckedRequest, today: string): Promise<{ id: number; reference: string }> {
  const contactId = await findOrCreateContact(trx, {
    name: request.contact_name, email: request.contact_email, phone: request.contact_phone,
    institution: request.institution ?? request.visitor, regionCode: request.region_code,
  });
  return trx.insertInto('bookings').values({
    reference: await nextReference(trx, today), kind: request.kind, date: request.date, start_time: request.start_time,
    visitor: request.visitor, region_code: request.region_code, contact_id: contactId,
    contact_name: request.contact_name, contact_email: request.contact_email, contact_phone: request.contact_phone,
    topics: json(request.topics), guests: request.guests, guest_names: json(request.guest_names),
    actual_guests: null, meeting_link: null, notes: null, decided_by: null, external_ref: null,
  }).returning(['id', 'reference']).executeTakeFirstOrThrow();
}

/**
 * A request from the public page or API: checked against the rules, then stored (status
 * requested) under the day's lock so that two requests for one slot cannot both win, with the
 * requester's email queued in the same transaction.
 */
export async function createBooking(db: Db, input: BookingRequestInput, publicUrl: string): Promise<CreatedBooking> {
  const [rules, calendar] = await Promise.all([getBookingRules(db), loadCalendar(db)]);
  const today = jakartaDate(new Date());
  const { request, problems } = await checkRequest(db, input);
  problems.push(...ruleProblems(rules, calendar, today, request));
  if (problems.length > 0) throw problemsError(problems);
  try {
    const created = await db.transaction().execute(async (trx) => {
      await lockDay(trx, request.date);
      await assertSlotFree(trx, rules, request.date, request.start_time);
      const row = await insertBooking(trx, request, today);
      await queueStatusEmail(trx, row.id, 'requested');
      return row;
    });
    return { ...created, status: 'requested', status_url: await statusUrlOf(db, created, publicUrl) };
  } catch (error) {
    if (isUniqueViolation(error)) throw slotTaken(request.date, request.start_time);
    throw error;
  }
}
