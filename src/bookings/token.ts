import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { safeEqual } from '../auth/secrets.ts';
import { storedSigningKey } from '../auth/signing-key.ts';

type Db = Kysely<Database>;

/** The public booking page, and the private status page of one booking under it. */
export const BOOKING_PATH = '/reservasi';
export const STATUS_PATH = `${BOOKING_PATH}/status`;

const SIGNING_KEY = 'bookings.signing_key';
// The purpose is part of what is signed: the token means only "show this booking's status".
const PURPOSE = 'sapa-booking-status';

/** Made on first use and kept in the database: every instance signs alike, nothing to configure. */
const signingKey = (db: Db): Promise<Buffer> => storedSigningKey(db, SIGNING_KEY);

const signature = (key: Buffer, id: number, reference: string): string =>
  createHmac('sha256', key).update(`${PURPOSE}:${id}:${reference}`).digest('base64url');

/** `<booking id>.<signature>`: unguessable, and names one booking only. */
export async function bookingToken(db: Db, booking: { id: number; reference: string }): Promise<string> {
  return `${booking.id}.${signature(await signingKey(db), booking.id, booking.reference)}`;
}

/** The booking id a token names, or undefined for a malformed or forged token. */
export async function bookingOfToken(db: Db, token: string): Promise<number | undefined> {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const id = Number(match[1]);
  const row = await db.selectFrom('bookings').select(['id', 'reference']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return safeEqual(signature(await signingKey(db), row.id, row.reference), match[2] ?? '') ? row.id : undefined;
}

/** The absolute status link (publicUrl + /reservasi/status/<token>). */
export async function statusUrlOf(db: Db, booking: { id: number; reference: string }, publicUrl: string): Promise<string> {
  return `${publicUrl.replace(/\/+$/, '')}${STATUS_PATH}/${await bookingToken(db, booking)}`;
}
