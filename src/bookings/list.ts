import type { Kysely } from 'kysely';
import type { BookingKind, BookingStatus, Database } from '../db/schema.ts';
import { notFound } from '../platform/errors.ts';
import type { BookingRow } from './staff.ts';
import { statusUrlOf } from './token.ts';

type Db = Kysely<Database>;

export interface BookingFilter {
  status?: BookingStatus[] | undefined;
  kind?: BookingKind | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

/** Bookings by visit day and time (earliest first), filtered for the console. */
export async function listBookings(db: Db, filter: BookingFilter): Promise<{ total: number; items: BookingRow[] }> {
  let query = db.selectFrom('bookings');
  if (filter.status?.length) query = query.where('status', 'in', filter.status);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.from) query = query.where('date', '>=', filter.from);
  if (filter.to) query = query.where('date', '<=', filter.to);
  const [items, count] = await Promise.all([
    query.selectAll().orderBy('date').orderBy('start_time').orderBy('id').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(count.n), items };
}

/** One booking, with the requester's status link (to send by hand if an email bounced). */
export async function bookingDetail(db: Db, id: number, publicUrl: string): Promise<BookingRow & { status_url: string }> {
  const row = await db.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Booking ${id}`);
  return { ...row, status_url: await statusUrlOf(db, row, publicUrl) };
}
