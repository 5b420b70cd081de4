import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { normalisePhone } from '../contacts/identity.ts';
import { createRng, type Rng } from './random.ts';
import { CATEGORY_WEIGHTS, ZONE_WEIGHTS } from './shape.ts';
import { CAMPUSES, FIRST_NAMES, KL_INSTITUTIONS, LAST_NAMES, OTHER_INSTITUTIONS, PEMDA_OFFICES, demoEmail, shortRegionName } from './names.ts';

type Db = Kysely<Database>;

/** About 600 people who come back month after month (the seed's 1,010 tickets came from fewer people). */
export const POOL_SIZE = 600;

export interface RegionRow { code: string; name: string; level: 'province' | 'regency'; zone: string; administrative: boolean }

export interface ContactPool {
  /** Contact ids per user category, in pool order (the first ones ask most often). */
  byCategory: Record<string, number[]>;
  all: number[];
}

interface PoolPerson {
  name: string; institution: string; region: string | null; category: string; phone: string; email: string;
}

export async function loadRegions(db: Db): Promise<RegionRow[]> {
  return db.selectFrom('regions').select(['code', 'name', 'level', 'zone', 'administrative']).orderBy('code').execute();
}

/** A Pemda's region: zones weighted as the seed's, kabupaten/kota more often than provinces. */
export function pemdaRegion(rng: Rng, regions: RegionRow[]): RegionRow {
  const zone = rng.weighted(ZONE_WEIGHTS);
  const level = rng.chance(0.15) ? 'province' : 'regency';
  return rng.pick(regions.filter((r) => r.zone === zone && r.level === level && !r.administrative));
}

function person(seed: number, index: number, category: string, regions: RegionRow[]): PoolPerson {
  const rng = createRng(seed, 'contact', index);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  let institution: string;
  let region: string | null;
  if (category === 'pemda') {
    const r = pemdaRegion(rng, regions);
    institution = `${rng.pick(PEMDA_OFFICES)} ${shortRegionName(r.name, r.level)}`;
    region = r.code;
  } else if (category === 'kl') {
    institution = rng.pick(KL_INSTITUTIONS);
    region = rng.chance(0.8) ? '31' : rng.pick(regions.filter((r) => r.level === 'province')).code;
  } else if (category === 'akademisi') {
    [institution, region] = rng.pick(CAMPUSES);
  } else {
    institution = rng.pick(OTHER_INSTITUTIONS);
    // Many citizens give no region: about 2% of all tickets end up without a zone.
    region = rng.chance(0.4) ? null : rng.pick(regions.filter((r) => r.level === 'regency' && !r.administrative)).code;
  }
  const phone = normalisePhone(`+62812${String(seed % 1000).padStart(3, '0')}${String(index).padStart(5, '0')}`);
  if (!phone) throw new Error(`demo phone number ${index} is not valid`);
  return { name: `${first} ${last}`, institution, region, category, phone, email: demoEmail(first, last, index, institution) };
}

/** The categories of the pool, in the seed's proportions, spread through the pool order. */
function poolCategories(seed: number): string[] {
  const rng = createRng(seed, 'pool-categories');
  return Array.from({ length: POOL_SIZE }, () => rng.weighted(CATEGORY_WEIGHTS));
}

/** Creates the people of this seed that do not exist yet (recognised by their phone) and returns the pool. */
export async function ensureContactPool(db: Db, seed: number): Promise<ContactPool> {
  const regions = await loadRegions(db);
  const people = poolCategories(seed).map((category, i) => person(seed, i, category, regions));
  const existing = await db.selectFrom('contact_identities').select(['value', 'contact_id'])
    .where('kind', '=', 'phone').where('value', 'in', people.map((p) => p.phone)).execute();
  const idByPhone = new Map(existing.map((e) => [e.value, Number(e.contact_id)]));
  const missing = people.filter((p) => !idByPhone.has(p.phone));
  if (missing.length > 0) {
    // Ids drawn first, so that each contact and its identities are written in one batch.
    const ids = await sql<{ id: string | number }>`select nextval(pg_get_serial_sequence('contacts', 'id')) as id from generate_series(1, ${missing.length}::int)`.execute(db);
    missing.forEach((p, i) => idByPhone.set(p.phone, Number(ids.rows[i]?.id)));
    await db.insertInto('contacts').values(missing.map((p) => ({
      id: idByPhone.get(p.phone)!, name: p.name, institution: p.institution, region_code: p.region, user_category: p.category,
    }))).execute();
    await db.insertInto('contact_identities').values(missing.flatMap((p) => [
      { kind: 'phone' as const, value: p.phone, contact_id: idByPhone.get(p.phone)! },
      { kind: 'email' as const, value: p.email, contact_id: idByPhone.get(p.phone)! },
    ])).onConflict((oc) => oc.doNothing()).execute();
  }
  const byCategory: Record<string, number[]> = { pemda: [], kl: [], akademisi: [], lainnya: [] };
  for (const p of people) byCategory[p.category]?.push(idByPhone.get(p.phone)!);
  return { byCategory, all: people.map((p) => idByPhone.get(p.phone)!) };
}
