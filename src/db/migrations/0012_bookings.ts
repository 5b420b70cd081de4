import type { Kysely } from 'kysely';
import { runStatements } from '../sql.ts';

/**
 * Live bookings (public page /reservasi): why a booking was rejected or cancelled, and one
 * active booking per slot. The slot index is the database's guard against a double booking
 * from two requests at once (any process, any instance); the per-day quota is guarded by an
 * advisory lock per day (src/bookings/slot-guard.ts). Imported and demo history keep their
 * own times and are left out of the index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `alter table bookings add column reason text`,
    `create unique index bookings_live_slot_key on bookings (date, start_time)
       where source = 'live' and start_time is not null and status in ('requested', 'approved', 'held', 'no_show')`,
  ]);
}
