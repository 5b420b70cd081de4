import type { BookingKind } from '../../db/schema.ts';
import { getBookingRules } from '../../bookings/rules.ts';
import type { MonthlyReport } from '../types.ts';
import { compareCounts } from '../comparable.ts';
import { monthDays, type ReportMonths } from '../month.ts';
import { reportRegionName } from '../region-name.ts';
import type { Db } from './scope.ts';

/** Visits with this outcome (held, or no_show) in the month; `date` is the visit's day in Asia/Jakarta. */
function withOutcome(db: Db, kind: BookingKind, month: string, status: 'held' | 'no_show' = 'held') {
  const { from, to } = monthDays(month);
  return db.selectFrom('bookings').where('bookings.kind', '=', kind).where('bookings.status', '=', status)
    .where('bookings.date', '>=', from).where('bookings.date', '<', to);
}

async function countHeld(db: Db, kind: BookingKind, month: string, status: 'held' | 'no_show' = 'held'): Promise<number> {
  const row = await withOutcome(db, kind, month, status).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

const visitsOf = (db: Db, kind: BookingKind, month: string) =>
  withOutcome(db, kind, month)
    .leftJoin('regions', 'regions.code', 'bookings.region_code')
    .select(['bookings.date', 'bookings.visitor', 'regions.name as region_name', 'regions.kind as region_kind', 'bookings.topics', 'bookings.guests', 'bookings.actual_guests'])
    .orderBy('bookings.date').orderBy('bookings.start_time').orderBy('bookings.id')
    .execute();

/** Topic codes become their labels; words stored as given ("DAU PPPK") stay as they are. */
const labelled = (topics: readonly string[], labels: ReadonlyMap<string, string>): string[] => topics.map((t) => labels.get(t) ?? t);

export async function videoConferencesSection(db: Db, months: ReportMonths, labels: ReadonlyMap<string, string>): Promise<MonthlyReport['video_conferences']> {
  const [count, visits, noShow] = await Promise.all([
    compareCounts(months, (month) => countHeld(db, 'video', month)),
    visitsOf(db, 'video', months.month),
    countHeld(db, 'video', months.month, 'no_show'),
  ]);
  return { count, no_show: noShow, items: visits.map((v) => ({ date: v.date, region: v.region_name && v.region_kind ? reportRegionName(v.region_name, v.region_kind) : v.visitor, topics: labelled(v.topics, labels) })) };
}

/** Face-to-face visits held, with the guests who came (or were announced) and the visits above the configured maximum. */
export async function faceToFaceSection(db: Db, months: ReportMonths, labels: ReadonlyMap<string, string>): Promise<MonthlyReport['face_to_face']> {
  const [count, visits, rules, noShow] = await Promise.all([
    compareCounts(months, (month) => countHeld(db, 'face_to_face', month)),
    visitsOf(db, 'face_to_face', months.month),
    getBookingRules(db),
    countHeld(db, 'face_to_face', months.month, 'no_show'),
  ]);
  const items = visits.map((v) => ({ date: v.date, visitor: v.visitor, topics: labelled(v.topics, labels), guests: v.actual_guests ?? v.guests }));
  return {
    count,
    guest_limit: rules.max_guests,
    over_guest_limit: items.filter((i) => i.guests !== null && i.guests > rules.max_guests).length,
    no_show: noShow,
    items,
  };
}
