import type { Kysely } from 'kysely';
import type { BroadcastChannel, Database } from '../db/schema.ts';
import { validation, type ErrorDetail } from '../platform/errors.ts';
import { parseAudienceCsv, type ListEntry, type ListProblem } from './audience-list.ts';
import { optedOutAmong } from './opt-outs.ts';

type Db = Kysely<Database>;

/** Who a blast goes to, as stored on the broadcast (jsonb). */
export type AudienceDefinition =
  | { type: 'contacts'; regions: string[]; categories: string[]; institution: string | null }
  | { type: 'list'; entries: ListEntry[]; rows: number; duplicates: number; problems: ListProblem[] };

/** What the console sends: filters, or an uploaded CSV. */
export interface AudienceInput {
  type: 'contacts' | 'list';
  regions?: string[] | undefined;
  categories?: string[] | undefined;
  institution?: string | undefined;
  csv?: string | undefined;
}

export interface Candidate {
  address: string;
  name: string;
  contactId: number | null;
  optedOut: boolean;
}

export interface AudienceSummary {
  /** Addresses found before skipping any. */
  candidates: number;
  duplicates: number;
  skipped_opt_out: number;
  /** Marked undeliverable (a bounce, a number not on WhatsApp): not sent to. */
  skipped_undeliverable: number;
  /** Rows of an uploaded list without a usable address. */
  invalid_rows: number;
}

export const identityKind = (channel: BroadcastChannel): 'phone' | 'email' => (channel === 'whatsapp' ? 'phone' : 'email');
const CHUNK = 1000;

async function checkCodes(db: Db, table: 'regions' | 'user_categories', codes: string[], field: string): Promise<ErrorDetail[]> {
  if (!codes.length) return [];
  const known = new Set((await db.selectFrom(table).select('code').where('code', 'in', codes).execute()).map((r) => r.code));
  return codes.filter((c) => !known.has(c)).map((value) => ({ field, message: 'kode tidak dikenal', value }));
}

/** Validates the console's audience and turns it into the stored definition. */
export async function defineAudience(db: Db, channel: BroadcastChannel, input: AudienceInput): Promise<AudienceDefinition> {
  if (input.type === 'list') {
    if (!input.csv?.trim()) throw validation('Unggah daftar penerima (CSV)', [{ field: 'audience.csv', message: 'kosong' }]);
    return { type: 'list', ...parseAudienceCsv(input.csv, channel) };
  }
  const regions = [...new Set((input.regions ?? []).map((r) => r.trim()).filter(Boolean))];
  const categories = [...new Set((input.categories ?? []).map((c) => c.trim()).filter(Boolean))];
  const problems = [...(await checkCodes(db, 'regions', regions, 'audience.regions')), ...(await checkCodes(db, 'user_categories', categories, 'audience.categories'))];
  if (problems.length) throw validation('Filter penerima tidak valid', problems);
  return { type: 'contacts', regions, categories, institution: input.institution?.trim() || null };
}

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Each matching contact once, with its first deliverable address on the channel (else its first address). */
async function contactCandidates(db: Db, kind: 'phone' | 'email', a: Extract<AudienceDefinition, { type: 'contacts' }>) {
  let q = db
    .selectFrom('contacts')
    .innerJoin('contact_identities as ci', (join) => join.onRef('ci.contact_id', '=', 'contacts.id').on('ci.kind', '=', kind))
    .distinctOn('contacts.id')
    .select(['contacts.id', 'contacts.name', 'ci.value', 'ci.undeliverable'])
    .where('contacts.merged_into', 'is', null);
  // A province's code takes in its regencies.
  if (a.regions.length) {
    q = q.where('contacts.region_code', 'in', db.selectFrom('regions').select('code').where((eb) => eb.or([eb('code', 'in', a.regions), eb('province_code', 'in', a.regions)])));
  }
  if (a.categories.length) q = q.where('contacts.user_category', 'in', a.categories);
  if (a.institution) q = q.where('contacts.institution', 'ilike', likePattern(a.institution));
  const rows = await q.orderBy('contacts.id').orderBy('ci.undeliverable').orderBy('ci.created_at').orderBy('ci.value').execute();
  return rows.map((r) => ({ address: r.value, name: r.name, contactId: r.id, undeliverable: r.undeliverable }));
}

/** The list's addresses, with the contact each belongs to and whether it is undeliverable. */
async function listCandidates(db: Db, kind: 'phone' | 'email', entries: ListEntry[]) {
  const known = new Map<string, { contact_id: number; undeliverable: boolean }>();
  for (let i = 0; i < entries.length; i += CHUNK) {
    const values = entries.slice(i, i + CHUNK).map((e) => e.address);
    const rows = await db.selectFrom('contact_identities').select(['value', 'contact_id', 'undeliverable']).where('kind', '=', kind).where('value', 'in', values).execute();
    for (const r of rows) known.set(r.value, r);
  }
  return entries.map((e) => ({ ...e, contactId: known.get(e.address)?.contact_id ?? null, undeliverable: known.get(e.address)?.undeliverable ?? false }));
}

/**
 * The blast's recipients now: deduplicated by address, undeliverable addresses left out and
 * counted, opted-out addresses kept but marked (they get a `skipped_opt_out` row).
 */
export async function resolveAudience(db: Db, channel: BroadcastChannel, audience: AudienceDefinition): Promise<{ recipients: Candidate[]; summary: AudienceSummary }> {
  const kind = identityKind(channel);
  const found = audience.type === 'contacts' ? await contactCandidates(db, kind, audience) : await listCandidates(db, kind, audience.entries);
  const deliverable = found.filter((c) => !c.undeliverable);
  const optedOut = await optedOutAmong(db, kind, deliverable.map((c) => c.address));
  const recipients = deliverable.map((c) => ({ address: c.address, name: c.name, contactId: c.contactId, optedOut: optedOut.has(c.address) }));
  const listed = audience.type === 'list' ? audience : undefined;
  return {
    recipients,
    summary: {
      candidates: found.length + (listed?.duplicates ?? 0),
      duplicates: listed?.duplicates ?? 0,
      skipped_opt_out: optedOut.size,
      skipped_undeliverable: found.length - deliverable.length,
      invalid_rows: listed?.problems.length ?? 0,
    },
  };
}
