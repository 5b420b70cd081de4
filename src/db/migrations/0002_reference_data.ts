import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { json } from '../sql.ts';
import { loadRegions } from '../../directory/regions.ts';
import { TOPICS, UNITS, USER_CATEGORIES } from '../../directory/reference-data.ts';
import { NATIONAL_HOLIDAYS } from '../../platform/holidays.ts';
import { DEFAULT_SERVICE_HOURS } from '../../platform/calendar.ts';

/** Seeds regions, categories, topics, units and teams, holidays 2024-2026 and service hours. */
export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as Kysely<Database>;
  const regions = loadRegions().map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    kind: r.kind,
    province_code: r.provinceCode,
    zone: r.zone,
    time_zone: r.timeZone,
    administrative: r.administrative ?? false,
  }));
  await db.insertInto('regions').values(regions).execute();
  await db
    .insertInto('user_categories')
    .values(USER_CATEGORIES.map((c, i) => ({ ...c, sort_order: i })))
    .execute();
  await db
    .insertInto('topics')
    .values(TOPICS.map((t, i) => ({ ...t, sort_order: i })))
    .execute();
  await db
    .insertInto('units')
    .values(UNITS.map((u) => ({ code: u.code, name: u.name })))
    .execute();
  await db
    .insertInto('teams')
    .values(UNITS.map((u) => ({ code: u.code, name: u.team, unit_code: u.code })))
    .execute();
  await db.insertInto('holidays').values([...NATIONAL_HOLIDAYS]).execute();
  await db
    .insertInto('settings')
    .values({ key: 'service_hours', value: json(DEFAULT_SERVICE_HOURS) })
    .execute();
}
