import { sql } from 'kysely';
import { recordset, type Db } from './spec.ts';

export interface Identity {
  kind: 'phone' | 'email';
  value: string;
}

/** What a ticket row says about its requester (identities already normalised). */
export interface ContactClaim {
  identities: Identity[];
  name: string | null;
  institution: string | null;
  regionCode: string | null;
  userCategory: string | null;
  /** The contact of the ticket when it was imported before. */
  existingContactId: number | null;
  at: Date;
}

const keyOf = (identity: Identity): string => `${identity.kind}:${identity.value}`;

/** Claims that share a phone or an email are one person: union-find over the batch. */
function groupClaims(claims: readonly ContactClaim[]): number[] {
  const parent = claims.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const owner = new Map<string, number>();
  claims.forEach((claim, i) => {
    for (const identity of claim.identities) {
      const first = owner.get(keyOf(identity));
      if (first === undefined) owner.set(keyOf(identity), i);
      else parent[root(i)] = root(first);
    }
  });
  return claims.map((_, i) => root(i));
}

async function knownContacts(trx: Db, claims: readonly ContactClaim[]): Promise<Map<string, number>> {
  const identities = [...new Map(claims.flatMap((c) => c.identities).map((i) => [keyOf(i), i])).values()];
  if (!identities.length) return new Map();
  const { rows } = await sql<{ kind: string; value: string; contact_id: number }>`
    select ci.kind, ci.value, ci.contact_id from contact_identities ci
    join ${recordset(identities, { kind: 'text', value: 'text' })} on ci.kind = x.kind and ci.value = x.value`.execute(trx);
  return new Map(rows.map((r) => [`${r.kind}:${r.value}`, Number(r.contact_id)]));
}

async function allocateIds(trx: Db, count: number): Promise<number[]> {
  if (count === 0) return [];
  const { rows } = await sql<{ id: number }>`
    select nextval(pg_get_serial_sequence('contacts', 'id'))::int as id from generate_series(1, ${count})`.execute(trx);
  return rows.map((r) => r.id);
}

/** The first non-empty value of each detail among a person's claims. */
function details(members: readonly ContactClaim[]) {
  const first = (pick: (c: ContactClaim) => string | null) => members.map(pick).find((v) => v) ?? null;
  return {
    name: first((c) => c.name), institution: first((c) => c.institution),
    region_code: first((c) => c.regionCode), user_category: first((c) => c.userCategory),
    created_at: new Date(Math.min(...members.map((c) => c.at.getTime()))),
  };
}

/**
 * The contact of every claim, set-based: known phones and emails find their contact, new
 * people are created (one contact per person in the batch), identities nobody has yet are
 * attached, and existing contacts learn what they did not know (never overwritten).
 */
export async function resolveContacts(trx: Db, claims: readonly ContactClaim[]): Promise<number[]> {
  const known = await knownContacts(trx, claims);
  const roots = groupClaims(claims);
  const members = new Map<number, ContactClaim[]>();
  claims.forEach((claim, i) => {
    const root = roots[i] ?? i;
    const group = members.get(root);
    if (group) group.push(claim);
    else members.set(root, [claim]);
  });
  const contactOf = new Map<number, number>();
  const fresh: number[] = [];
  for (const [root, group] of members) {
    const found = group.flatMap((c) => c.identities).map((i) => known.get(keyOf(i))).find((id) => id !== undefined)
      ?? group.find((c) => c.existingContactId !== null)?.existingContactId;
    if (found !== undefined && found !== null) contactOf.set(root, found);
    else fresh.push(root);
  }
  const ids = await allocateIds(trx, fresh.length);
  fresh.forEach((root, i) => contactOf.set(root, ids[i] ?? 0));
  const freshSet = new Set(fresh);
  const profiles = [...members].map(([root, group]) => ({ id: contactOf.get(root), fresh: freshSet.has(root), ...details(group) }));
  await insertContacts(trx, profiles.filter((p) => p.fresh));
  await learn(trx, profiles.filter((p) => !p.fresh && (p.name || p.institution || p.region_code || p.user_category)));
  const attach = [...members].flatMap(([root, group]) => group.flatMap((c) => c.identities)
    .filter((i) => !known.has(keyOf(i))).map((i) => ({ ...i, contact_id: contactOf.get(root) })));
  if (attach.length) {
    await sql`insert into contact_identities (kind, value, contact_id)
      select distinct on (x.kind, x.value) x.kind, x.value, x.contact_id from ${recordset(attach, { kind: 'text', value: 'text', contact_id: 'bigint' })}
      on conflict (kind, value) do nothing`.execute(trx);
  }
  return claims.map((_, i) => contactOf.get(roots[i] ?? i) ?? 0);
}

const PROFILE = { id: 'bigint', name: 'text', institution: 'text', region_code: 'text', user_category: 'text', created_at: 'timestamptz' } as const;

async function insertContacts(trx: Db, profiles: readonly object[]): Promise<void> {
  if (!profiles.length) return;
  await sql`insert into contacts (id, name, institution, region_code, user_category, created_at, updated_at)
    select x.id, coalesce(left(x.name, 200), ''), left(x.institution, 300), x.region_code, x.user_category, x.created_at, now()
    from ${recordset(profiles, PROFILE)}`.execute(trx);
}

async function learn(trx: Db, profiles: readonly object[]): Promise<void> {
  if (!profiles.length) return;
  await sql`update contacts c set
      name = case when c.name = '' then coalesce(left(x.name, 200), '') else c.name end,
      institution = coalesce(c.institution, left(x.institution, 300)),
      region_code = coalesce(c.region_code, x.region_code),
      user_category = coalesce(c.user_category, x.user_category),
      updated_at = now()
    from ${recordset(profiles, PROFILE)}
    where c.id = x.id and ((c.name = '' and x.name is not null) or (c.institution is null and x.institution is not null)
      or (c.region_code is null and x.region_code is not null) or (c.user_category is null and x.user_category is not null))`.execute(trx);
}
