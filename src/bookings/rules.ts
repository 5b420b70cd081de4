import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

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

export async function getBookingRules(db: Kysely<Database>): Promise<BookingRules> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'bookings.rules').executeTakeFirst();
  return { ...DEFAULT_BOOKING_RULES, ...((row?.value as Partial<BookingRules> | undefined) ?? {}) };
}
