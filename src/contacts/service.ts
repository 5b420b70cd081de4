import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { notFound, validation } from '../platform/errors.ts';
import { recordAudit } from '../audit/service.ts';
import type { AuditActor } from '../auth/actor.ts';
import { normaliseEmail, normalisePhone } from './identity.ts';

type Db = Kysely<Database>;

/** What a channel or a form knows about the person who wrote. */
export interface RequesterInput {
  phone?: string | null | undefined;
  email?: string | null | undefined;
  name?: string | null | undefined;
  institution?: string | null | undefined;
  regionCode?: string | null | undefined;
  userCategory?: string | null | undefined;
}

type Identity = { kind: 'phone' | 'email'; value: string };

function identitiesOf(input: RequesterInput): Identity[] {
  const out: Identity[] = [];
  const phone = input.phone ? normalisePhone(input.phone) : null;
  const email = input.email ? normaliseEmail(input.email) : null;
  if (phone) out.push({ kind: 'phone', value: phone });
  if (email) out.push({ kind: 'email', value: email });
  return out;
}

async function contactOf(db: Db, identity: Identity): Promise<number | undefined> {
  const row = await db
    .selectFrom('contact_identities')
    .select('contact_id')
    .where('kind', '=', identity.kind)
    .where('value', '=', identity.value)
    .executeTakeFirst();
  return row?.contact_id;
}

/** Fills in what the contact did not know yet; never overwrites what an agent entered. */
async function learn(db: Db, contactId: number, input: RequesterInput): Promise<void> {
  const contact = await db.selectFrom('contacts').selectAll().where('id', '=', contactId).executeTakeFirstOrThrow();
  const set: Record<string, string> = {};
  if (!contact.name && input.name?.trim()) set.name = input.name.trim().slice(0, 200);
  if (!contact.institution && input.institution?.trim()) set.institution = input.institution.trim().slice(0, 300);
  if (!contact.region_code && input.regionCode) set.region_code = input.regionCode;
  if (!contact.user_category && input.userCategory) set.user_category = input.userCategory;
  if (Object.keys(set).length) await db.updateTable('contacts').set({ ...set, updated_at: new Date() }).where('id', '=', contactId).execute();
}

/** Attaches identities no one has yet; an identity that belongs to someone else stays theirs. */
async function attach(db: Db, contactId: number, identities: Identity[]): Promise<void> {
  for (const identity of identities) {
    await db
      .insertInto('contact_identities')
      .values({ ...identity, contact_id: contactId })
      .onConflict((oc) => oc.columns(['kind', 'value']).doNothing())
      .execute();
  }
}

/**
 * Recognises the requester by phone number or email (the same person on WhatsApp and by
 * email is one contact), creating a contact for someone new. Call within the transaction
 * that stores their message.
 */
export async function findOrCreateContact(db: Db, input: RequesterInput): Promise<number> {
  const identities = identitiesOf(input);
  for (const identity of identities) {
    const existing = await contactOf(db, identity);
    if (existing !== undefined) {
      await attach(db, existing, identities);
      await learn(db, existing, input);
      return existing;
    }
  }
  const { id } = await db
    .insertInto('contacts')
    .values({
      name: input.name?.trim().slice(0, 200) ?? '',
      institution: input.institution?.trim() || null,
      region_code: input.regionCode ?? null,
      user_category: input.userCategory ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await attach(db, id, identities);
  return id;
}

export async function getContact(db: Db, id: number) {
  const contact = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!contact) throw notFound(`Contact ${id}`);
  const identities = await db.selectFrom('contact_identities').select(['kind', 'value', 'undeliverable']).where('contact_id', '=', id).orderBy('kind').orderBy('value').execute();
  return { ...contact, phones: identities.filter((i) => i.kind === 'phone').map((i) => i.value), emails: identities.filter((i) => i.kind === 'email').map((i) => i.value), identities };
}

export interface ContactChanges {
  name?: string | undefined;
  institution?: string | null | undefined;
  region_code?: string | null | undefined;
  user_category?: string | null | undefined;
  add_phone?: string | undefined;
  add_email?: string | undefined;
}

export async function updateContact(db: Db, actor: AuditActor, id: number, changes: ContactChanges) {
  return db.transaction().execute(async (trx) => {
    const before = await getContact(trx, id);
    const { add_phone, add_email, ...fields } = changes;
    const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (Object.keys(set).length) await trx.updateTable('contacts').set({ ...set, updated_at: new Date() }).where('id', '=', id).execute();
    const phone = add_phone === undefined ? undefined : normalisePhone(add_phone);
    const email = add_email === undefined ? undefined : normaliseEmail(add_email);
    if (phone === null) throw validation(`Not a phone number: ${add_phone}`, [{ field: 'add_phone', message: 'Use a number such as 0811-150420-7 or +62 811 1504 207', value: add_phone }]);
    if (email === null) throw validation(`Not an email address: ${add_email}`, [{ field: 'add_email', message: 'Use an address such as nama@instansi.go.id', value: add_email }]);
    await attach(trx, id, [...(phone ? [{ kind: 'phone' as const, value: phone }] : []), ...(email ? [{ kind: 'email' as const, value: email }] : [])]);
    const after = await getContact(trx, id);
    await recordAudit(trx, actor, { action: 'contact.update', entity: 'contact', entityId: id, before, after });
    return after;
  });
}

/** Folds a duplicate contact into another: its identities and tickets move; the duplicate remains as a pointer. */
export async function mergeContacts(db: Db, actor: AuditActor, keepId: number, duplicateId: number) {
  if (keepId === duplicateId) throw validation('A contact cannot be merged into itself', [{ field: 'from', message: 'Choose another contact' }]);
  return db.transaction().execute(async (trx) => {
    const keep = await getContact(trx, keepId);
    const duplicate = await getContact(trx, duplicateId);
    await trx.updateTable('contact_identities').set({ contact_id: keepId }).where('contact_id', '=', duplicateId).execute();
    await trx.updateTable('tickets').set({ contact_id: keepId }).where('contact_id', '=', duplicateId).execute();
    await trx.updateTable('contacts').set({ merged_into: keepId, updated_at: new Date() }).where('id', '=', duplicateId).execute();
    await learn(trx, keepId, { name: duplicate.name, institution: duplicate.institution, regionCode: duplicate.region_code, userCategory: duplicate.user_category });
    const after = await getContact(trx, keepId);
    await recordAudit(trx, actor, { action: 'contact.merge', entity: 'contact', entityId: keepId, before: { keep, duplicate }, after });
    return after;
  });
}

export async function searchContacts(db: Db, q: string, limit = 20) {
  const term = `%${q.trim().toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return db
    .selectFrom('contacts')
    .select(['id', 'name', 'institution', 'region_code', 'user_category'])
    .where('merged_into', 'is', null)
    .where((eb) => eb.or([
      eb(eb.fn('lower', ['name']), 'like', term),
      eb(eb.fn('lower', ['institution']), 'like', term),
      eb.exists(eb.selectFrom('contact_identities').select('contact_id').whereRef('contact_identities.contact_id', '=', 'contacts.id').where('value', 'like', term)),
    ]))
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
