import type { Insertable, Kysely } from 'kysely';
import type { BookingsTable, BookingStatus, Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import type { CalendarDay } from './calendar-table.ts';
import { pemdaRegion, type RegionRow } from './contacts.ts';
import { createRng, type Rng } from './random.ts';
import { FIRST_NAMES, LAST_NAMES, OTHER_VISITORS, shortRegionName } from './names.ts';

type Db = Kysely<Database>;

export interface BookingContext {
  month: string;
  seed: number;
  now: Date;
  /** The month's own days (not the weeks after it). */
  days: CalendarDay[];
  regions: RegionRow[];
  maxGuests: number;
  slotTimes: string[];
  supervisor: number | null;
}

const FACE_TO_FACE_TOPICS = ['DAU', 'DAU', 'DBH', 'DBH', 'DAK_FISIK', 'DAK_NON_FISIK', 'PDRD', 'DID_IF', 'DANA_DESA', 'SHSR', 'PEMBIAYAAN', 'TRANSFER'];

/** Mostly within the rule; about one visit in eight brings more guests than allowed (seed page 28). */
function guestCount(rng: Rng, maxGuests: number): number {
  if (!rng.chance(0.12)) return rng.int(1, maxGuests);
  // Usually one to three too many, now and then a whole office (26 in the seed).
  return maxGuests + 1 + Math.floor(rng.next() ** 3 * Math.max(0, 26 - maxGuests));
}

function visitor(rng: Rng, regions: RegionRow[]): { name: string; region: string | null; topics: string[] } {
  if (rng.chance(0.12)) {
    const [name, topics] = rng.pick(OTHER_VISITORS);
    return { name, region: null, topics: [...topics] };
  }
  const r = pemdaRegion(rng, regions);
  const topics = rng.sample(FACE_TO_FACE_TOPICS, rng.chance(0.25) ? rng.int(2, 3) : 1);
  return { name: shortRegionName(r.name, r.level), region: r.code, topics: [...new Set(topics)] };
}

function booking(ctx: BookingContext, kind: 'face_to_face' | 'video', index: number, overLimit = false): Insertable<BookingsTable> {
  const rng = createRng(ctx.seed, 'booking', ctx.month, kind, index);
  const working = ctx.days.filter((d) => d.working);
  const day = rng.pick(working);
  const time = rng.pick(ctx.slotTimes);
  const at = new Date(`${day.day}T${time}:00+07:00`);
  const who = visitor(rng, ctx.regions);
  const requestedAt = new Date(Math.min(at.getTime() - rng.int(4, 20) * 86_400_000, ctx.now.getTime() - 3_600_000));
  const past = at.getTime() < ctx.now.getTime();
  const status: BookingStatus = past ? (rng.chance(0.04) ? 'no_show' : 'held') : rng.chance(0.6) ? 'approved' : 'requested';
  const guests = kind === 'video' ? rng.int(2, 8) : overLimit ? ctx.maxGuests + rng.int(1, 10) : guestCount(rng, ctx.maxGuests);
  const decided = status !== 'requested';
  const contact = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  const ref = `${ctx.month}-${kind === 'video' ? 'V' : 'T'}${String(index + 1).padStart(2, '0')}`;
  return {
    reference: `DEMO-${ref}`, kind, date: day.day, start_time: time, visitor: who.name, region_code: who.region,
    contact_name: contact, contact_email: null, contact_phone: null, topics: json(who.topics), guests,
    guest_names: json(Array.from({ length: guests }, (_, i) => (i === 0 ? contact : `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`))),
    actual_guests: status === 'held' ? guests : null, status,
    meeting_link: kind === 'video' ? `https://teams.microsoft.com/l/meetup-join/19%3ameeting_demo${ctx.seed}${ref.replace(/-/g, '')}%40thread.v2/0` : null,
    notes: null, decided_by: decided ? ctx.supervisor : null,
    decided_at: decided ? new Date(Math.min(requestedAt.getTime() + 86_400_000, ctx.now.getTime())) : null,
    source: 'demo', external_ref: ref, created_at: requestedAt, updated_at: requestedAt,
  };
}

/**
 * Face-to-face visits (20-35 a month, guests 1-26, some over the rule) and video conferences
 * (2-4 a month with a Teams link). In the current month the later ones are still requested or
 * approved. Returns how many were written.
 */
export async function insertBookings(trx: Db, ctx: BookingContext): Promise<number> {
  if (!ctx.days.some((d) => d.working)) return 0;
  const rng = createRng(ctx.seed, 'bookings', ctx.month);
  const rows = [
    ...Array.from({ length: rng.int(20, 35) }, (_, i) => booking(ctx, 'face_to_face', i)),
    ...Array.from({ length: rng.int(2, 4) }, (_, i) => booking(ctx, 'video', i)),
  ];
  // The report's "over the guest limit" line needs a visit held with too many guests every month.
  const overLimit = (r: Insertable<BookingsTable>): boolean => r.kind === 'face_to_face' && r.status === 'held' && (r.guests ?? 0) > ctx.maxGuests;
  const firstHeld = rows.findIndex((r) => r.kind === 'face_to_face' && r.status === 'held');
  if (!rows.some(overLimit) && firstHeld >= 0) rows[firstHeld] = booking(ctx, 'face_to_face', firstHeld, true);
  rows.sort((a, b) => `${a.date}${a.start_time}`.localeCompare(`${b.date}${b.start_time}`));
  await trx.insertInto('bookings').values(rows).execute();
  return rows.length;
}
