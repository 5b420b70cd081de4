import type { Kysely, Selectable, Updateable } from 'kysely';
import type { BookingStatus, BookingsTable, Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import type { AuditActor } from '../auth/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { conflict, notFound, validation } from '../platform/errors.ts';
import { jakartaDate } from '../platform/calendar.ts';
import { loadCalendar } from '../platform/calendar-service.ts';
import { getBookingRules } from './rules.ts';
import { ruleProblems } from './window.ts';
import { assertSlotFree, isUniqueViolation, lockDay, slotTaken } from './slot-guard.ts';
import { queueReminder, queueStatusEmail, type BookingEvent } from './notify.ts';
import { problemsError } from './create.ts';

type Db = Kysely<Database>;
export type BookingRow = Selectable<BookingsTable>;

interface Step {
  action: string;
  from: readonly BookingStatus[];
  set: (row: BookingRow) => Updateable<BookingsTable>;
  /** The email to send; none when the requester's status did not change. */
  event: (before: BookingRow, after: BookingRow) => BookingEvent | null;
  /** A day to lock and check (a reschedule): the new slot must be free. */
  slot?: { date: string; start_time: string };
}

/** Applies one staff change under a row lock: audited, the requester emailed, an approved visit's reminder queued. */
async function apply(db: Db, actor: AuditActor, id: number, step: Step): Promise<BookingRow> {
  const calendar = await loadCalendar(db);
  const rules = await getBookingRules(db);
  try {
    return await db.transaction().execute(async (trx) => {
      if (step.slot) await lockDay(trx, step.slot.date);
      const before = await trx.selectFrom('bookings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      if (!before) throw notFound(`Booking ${id}`);
      if (!step.from.includes(before.status)) throw conflict(`Booking ${before.reference} is ${before.status}: ${step.action} needs ${step.from.join(' or ')}`);
      if (step.slot) await assertSlotFree(trx, rules, step.slot.date, step.slot.start_time, id);
      const after = await trx.updateTable('bookings').set({ ...step.set(before), updated_at: new Date() })
        .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await recordAudit(trx, actor, { action: `booking.${step.action}`, entity: 'booking', entityId: id, before, after });
      const event = step.event(before, after);
      if (event) await queueStatusEmail(trx, id, event);
      if (after.status === 'approved' && after.start_time && (event === 'approved' || event === 'rescheduled')) {
        await queueReminder(trx, calendar, { bookingId: id, date: after.date, start_time: after.start_time });
      }
      return after;
    });
  } catch (error) {
    if (step.slot && isUniqueViolation(error)) throw slotTaken(step.slot.date, step.slot.start_time);
    throw error;
  }
}

const decided = (actor: AuditActor) => ({ decided_by: actor.userId, decided_at: new Date() });
const today = (): string => jakartaDate(new Date());

function meetingLink(value: string | null | undefined): string | null {
  const link = value?.trim();
  if (!link) return null;
  if (!/^https:\/\/\S+$/.test(link) || link.length > 2000) throw validation('The meeting link must be an https:// address', [{ field: 'meeting_link', message: 'An https:// link (Microsoft Teams)', value: link }]);
  return link;
}

export function approveBooking(db: Db, actor: AuditActor, id: number, body: { meeting_link?: string | null | undefined }): Promise<BookingRow> {
  const link = meetingLink(body.meeting_link);
  return apply(db, actor, id, {
    action: 'approve', from: ['requested'],
    set: (row) => {
      if (row.date < today()) throw conflict(`The visit of ${row.reference} was on ${row.date}: it can no longer be approved`);
      if (row.kind === 'video' && !link) throw validation('A video conference is approved with its meeting link', [{ field: 'meeting_link', message: 'Required for a video booking: the https:// link of the meeting' }]);
      return { status: 'approved', meeting_link: link ?? row.meeting_link, ...decided(actor) };
    },
    event: () => 'approved',
  });
}

/** A new date and time: the rules of the circular and the slot are checked again. */
export async function rescheduleBooking(db: Db, actor: AuditActor, id: number, body: { date: string; start_time: string; meeting_link?: string | null | undefined }): Promise<BookingRow> {
  const link = meetingLink(body.meeting_link);
  const current = await db.selectFrom('bookings').select(['kind', 'guests']).where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound(`Booking ${id}`);
  const problems = ruleProblems(await getBookingRules(db), await loadCalendar(db), today(), { ...body, kind: current.kind, guests: current.guests });
  if (problems.length > 0) throw problemsError(problems);
  return apply(db, actor, id, {
    action: 'reschedule', from: ['requested', 'approved'], slot: body,
    set: (row) => ({ date: body.date, start_time: body.start_time, meeting_link: link ?? row.meeting_link }),
    event: (before, after) => (before.date === after.date && before.start_time === after.start_time ? null : 'rescheduled'),
  });
}

export function rejectBooking(db: Db, actor: AuditActor, id: number, body: { reason: string }): Promise<BookingRow> {
  const reason = body.reason.trim();
  if (reason.length < 3) throw validation('Say why the booking is rejected', [{ field: 'reason', message: 'The requester reads it: at least 3 characters' }]);
  return apply(db, actor, id, { action: 'reject', from: ['requested'], set: () => ({ status: 'rejected', reason, ...decided(actor) }), event: () => 'rejected' });
}

export function cancelBooking(db: Db, actor: AuditActor, id: number, body: { reason?: string | null | undefined }): Promise<BookingRow> {
  return apply(db, actor, id, {
    action: 'cancel', from: ['requested', 'approved'],
    set: () => ({ status: 'cancelled', reason: body.reason?.trim() || null, ...decided(actor) }),
    event: () => 'cancelled',
  });
}

export interface Outcome {
  status: 'held' | 'no_show';
  actual_guests?: number | null | undefined;
  topics?: string[] | undefined;
  notes?: string | null | undefined;
}

/** After the visit: held (with the guests who came) or no-show; can be corrected later. */
export function recordOutcome(db: Db, actor: AuditActor, id: number, body: Outcome): Promise<BookingRow> {
  return apply(db, actor, id, {
    action: 'outcome', from: ['approved', 'held', 'no_show'],
    set: (row) => {
      if (row.date > today()) throw conflict(`The visit of ${row.reference} is on ${row.date}: record what happened on or after that day`);
      if (body.status === 'held' && row.kind === 'face_to_face' && (body.actual_guests ?? null) === null) {
        throw validation('A face-to-face visit held needs the number of guests who came', [{ field: 'actual_guests', message: 'Required when status is held' }]);
      }
      return {
        status: body.status, actual_guests: body.status === 'held' ? (body.actual_guests ?? null) : null,
        ...(body.topics ? { topics: json([...new Set(body.topics)]) } : {}),
        ...(body.notes !== undefined ? { notes: body.notes?.trim() || null } : {}),
      };
    },
    event: (before, after) => (before.status === after.status ? null : after.status === 'held' ? 'held' : 'no_show'),
  });
}
