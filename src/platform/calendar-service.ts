import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { recordAudit } from '../audit/service.ts';
import type { AuditActor } from '../auth/actor.ts';
import { conflict, notFound, validation } from './errors.ts';
import { createCalendar, DEFAULT_SERVICE_HOURS, type Calendar, type ServiceHours } from './calendar.ts';

type Db = Kysely<Database>;

const CACHE_MS = 60_000;
// Other instances change holidays rarely; a minute's staleness is acceptable, and local edits clear it at once.
const cache = new WeakMap<Db, { at: number; calendar: Promise<Calendar> }>();

export async function getServiceHours(db: Db): Promise<ServiceHours> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'service_hours').executeTakeFirst();
  return (row?.value as ServiceHours | undefined) ?? DEFAULT_SERVICE_HOURS;
}

/**
 * The working-day calendar from the holidays and service hours in the database. Inside a
 * transaction pass the root database as `cacheKey`: the cache then hits, and a miss still
 * queries through the transaction (the embedded database has one connection, which the
 * transaction holds).
 */
export function loadCalendar(db: Db, cacheKey: Db = db): Promise<Calendar> {
  const hit = cache.get(cacheKey);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.calendar;
  const calendar = (async () => {
    const holidays = await db.selectFrom('holidays').select('date').execute();
    return createCalendar(holidays.map((h) => h.date), await getServiceHours(db));
  })();
  calendar.catch(() => cache.delete(cacheKey));
  cache.set(cacheKey, { at: Date.now(), calendar });
  return calendar;
}

export const listHolidays = (db: Db, year?: number) => {
  let query = db.selectFrom('holidays').selectAll().orderBy('date');
  if (year) query = query.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
  return query.execute();
};

export async function addHoliday(db: Db, actor: AuditActor, holiday: { date: string; name: string; kind: 'national' | 'cuti_bersama' }) {
  const created = await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('holidays').select('date').where('date', '=', holiday.date).executeTakeFirst();
    if (existing) throw conflict(`${holiday.date} is already a holiday`);
    const row = await trx.insertInto('holidays').values(holiday).returningAll().executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'holiday.create', entity: 'holiday', entityId: holiday.date, after: row });
    return row;
  });
  cache.delete(db);
  return created;
}

export async function removeHoliday(db: Db, actor: AuditActor, date: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx.deleteFrom('holidays').where('date', '=', date).returningAll().executeTakeFirst();
    if (!before) throw notFound(`Holiday ${date}`);
    await recordAudit(trx, actor, { action: 'holiday.delete', entity: 'holiday', entityId: date, before });
  });
  cache.delete(db);
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function checkServiceHours(hours: ServiceHours): void {
  for (const [day, slot] of Object.entries(hours)) {
    if (!/^[0-6]$/.test(day)) throw validation(`Unknown weekday ${day}`, [{ field: day, message: 'Weekdays are 0 (Sunday) to 6 (Saturday)' }]);
    if (slot === null) continue;
    if (!TIME.test(slot.open) || !TIME.test(slot.close) || slot.open >= slot.close) {
      throw validation(`Bad hours for weekday ${day}`, [{ field: day, message: 'open and close are HH:MM with open before close', value: slot }]);
    }
  }
}

export async function setServiceHours(db: Db, actor: AuditActor, hours: ServiceHours): Promise<ServiceHours> {
  checkServiceHours(hours);
  await db.transaction().execute(async (trx) => {
    const before = await getServiceHours(trx);
    await trx
      .insertInto('settings')
      .values({ key: 'service_hours', value: json(hours) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json(hours), updated_at: new Date() }))
      .execute();
    await recordAudit(trx, actor, { action: 'service_hours.update', entity: 'setting', entityId: 'service_hours', before, after: hours });
  });
  cache.delete(db);
  return hours;
}
