import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import type { AuditActor } from '../auth/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { validation, type ErrorDetail } from '../platform/errors.ts';

/**
 * The booking rules of SE-2/PK.1/2024 as settings (key `bookings.rules`). The decree's exact
 * figures are unconfirmed here: the defaults are a reasonable reading, and an admin edits them.
 */
export interface BookingRules {
  /** Most guests one face-to-face visit may bring; visits above it are counted in the report. */
  max_guests: number;
  /** Earliest and latest a visit may be requested, in working days ahead. */
  min_days_ahead: number;
  max_days_ahead: number;
  /** Visits (face-to-face + video) per working day. */
  slots_per_day: number;
  /** Start times offered, HH:MM Asia/Jakarta. */
  slot_times: string[];
  working_days_only: boolean;
}

export const DEFAULT_BOOKING_RULES: Readonly<BookingRules> = Object.freeze({
  max_guests: 5,
  min_days_ahead: 3,
  max_days_ahead: 30,
  slots_per_day: 6,
  slot_times: ['09:00', '10:00', '11:00', '13:30', '14:30', '15:30'],
  working_days_only: true,
});

const RULES_KEY = 'bookings.rules';

export async function getBookingRules(db: Kysely<Database>): Promise<BookingRules> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', RULES_KEY).executeTakeFirst();
  return { ...DEFAULT_BOOKING_RULES, ...((row?.value as Partial<BookingRules> | undefined) ?? {}) };
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A year of working days ahead is the most that makes sense for a calendar of visits. */
const MAX_DAYS_AHEAD = 260;

function problemsOf(rules: BookingRules): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const whole = (field: keyof BookingRules, value: number, min: number, max: number): void => {
    if (!Number.isInteger(value) || value < min || value > max) problems.push({ field, message: `A whole number from ${min} to ${max}`, value });
  };
  whole('max_guests', rules.max_guests, 1, 500);
  whole('min_days_ahead', rules.min_days_ahead, 1, MAX_DAYS_AHEAD);
  whole('max_days_ahead', rules.max_days_ahead, 1, MAX_DAYS_AHEAD);
  whole('slots_per_day', rules.slots_per_day, 1, 100);
  if (rules.max_days_ahead < rules.min_days_ahead) problems.push({ field: 'max_days_ahead', message: 'Must not be below min_days_ahead', value: rules.max_days_ahead });
  const bad = rules.slot_times.filter((t) => !HH_MM.test(t));
  if (rules.slot_times.length === 0 || bad.length > 0) problems.push({ field: 'slot_times', message: 'At least one start time, each HH:MM (00:00 to 23:59)', value: bad });
  if (new Set(rules.slot_times).size !== rules.slot_times.length) problems.push({ field: 'slot_times', message: 'Each start time once', value: rules.slot_times });
  return problems;
}

/** Stores the rules (times sorted); audited. Requests already made keep their slot. */
export async function setBookingRules(db: Kysely<Database>, actor: AuditActor, next: BookingRules): Promise<BookingRules> {
  const problems = problemsOf(next);
  if (problems.length > 0) throw validation('The booking rules are not valid', problems);
  const after: BookingRules = { ...next, slot_times: next.slot_times.toSorted() };
  return db.transaction().execute(async (trx) => {
    const before = await getBookingRules(trx);
    await trx.insertInto('settings').values({ key: RULES_KEY, value: json(after) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json(after), updated_at: new Date() }))
      .execute();
    await recordAudit(trx, actor, { action: 'bookings.rules', entity: 'settings', entityId: RULES_KEY, before, after });
    return after;
  });
}
