import type { Kysely, Selectable } from 'kysely';
import type { Database, RegionsTable } from '../db/schema.ts';
import { notFound } from '../platform/errors.ts';
import { recordAudit } from '../audit/service.ts';
import type { AuditActor } from '../auth/actor.ts';
import { createRegionMatcher } from './region-matcher.ts';
import type { Region } from './regions.ts';

type Db = Kysely<Database>;
type RegionRow = Selectable<RegionsTable>;

export async function listRegions(db: Db, level?: 'province' | 'regency', provinceCode?: string): Promise<RegionRow[]> {
  let query = db.selectFrom('regions').selectAll().orderBy('code');
  if (level) query = query.where('level', '=', level);
  if (provinceCode) query = query.where('province_code', '=', provinceCode);
  return query.execute();
}

const toRegion = (row: RegionRow): Region => ({
  code: row.code,
  name: row.name,
  level: row.level,
  kind: row.kind,
  provinceCode: row.province_code,
  zone: row.zone,
  timeZone: row.time_zone,
  administrative: row.administrative,
});

// The matcher is built from the database's regions (admins may rename them) and kept per database.
const matchers = new WeakMap<Db, Promise<ReturnType<typeof createRegionMatcher>>>();

export function getRegionMatcher(db: Db): Promise<ReturnType<typeof createRegionMatcher>> {
  let matcher = matchers.get(db);
  if (!matcher) {
    matcher = listRegions(db).then((rows) => createRegionMatcher(rows.map(toRegion)));
    matcher.catch(() => matchers.delete(db));
    matchers.set(db, matcher);
  }
  return matcher;
}

export async function updateRegion(db: Db, actor: AuditActor, code: string, changes: { name?: string | undefined; zone?: RegionRow['zone'] | undefined }) {
  const updated = await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
    if (!before) throw notFound(`Region ${code}`);
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const after = Object.keys(set).length
      ? await trx.updateTable('regions').set(set).where('code', '=', code).returningAll().executeTakeFirstOrThrow()
      : before;
    await recordAudit(trx, actor, { action: 'region.update', entity: 'region', entityId: code, before, after });
    return after;
  });
  matchers.delete(db);
  return updated;
}
