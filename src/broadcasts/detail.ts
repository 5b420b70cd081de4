import { sql, type Kysely } from 'kysely';
import { BROADCAST_RECIPIENT_STATUSES, type BroadcastRecipientStatus, type Database } from '../db/schema.ts';
import { notFound } from '../platform/errors.ts';
import { jakartaMonthRange } from '../platform/month.ts';
import type { AudienceDefinition, AudienceSummary } from './audience.ts';
import { contentOf } from './content.ts';

type Db = Kysely<Database>;

export type StatusCounts = Record<BroadcastRecipientStatus, number>;

const COLUMNS = [
  'id', 'channel', 'subject', 'body', 'status', 'scheduled_at', 'sent_at', 'completed_at', 'recipients', 'template_name', 'template_language',
  'template_parameters', 'audience', 'audience_summary', 'source', 'created_by', 'created_at', 'updated_at',
] as const;

const zeroCounts = (): StatusCounts => Object.fromEntries(BROADCAST_RECIPIENT_STATUSES.map((s) => [s, 0])) as StatusCounts;

/** Recipients per status, for each broadcast (absent statuses are 0). */
export async function statusCounts(db: Db, ids: readonly number[]): Promise<Map<number, StatusCounts>> {
  const out = new Map(ids.map((id) => [id, zeroCounts()]));
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('broadcast_recipients')
    .select(['broadcast_id', 'status', sql<number>`count(*)`.as('n')])
    .where('broadcast_id', 'in', ids)
    .groupBy(['broadcast_id', 'status'])
    .execute();
  for (const r of rows) out.get(r.broadcast_id)![r.status] = Number(r.n);
  return out;
}

/** The stored audience without the uploaded addresses themselves (they can be thousands). */
function audienceView(audience: unknown) {
  const a = audience as AudienceDefinition | null;
  if (!a) return null;
  if (a.type === 'contacts') return a;
  return { type: 'list' as const, rows: a.rows, addresses: a.entries.length, duplicates: a.duplicates, problems: a.problems };
}

type Row = Awaited<ReturnType<ReturnType<typeof loadRows>['execute']>>[number];

function loadRows(db: Db) {
  return db.selectFrom('broadcasts').select([...COLUMNS]);
}

function view(row: Row, counts: StatusCounts) {
  const content = contentOf(row);
  return {
    id: row.id, channel: row.channel, subject: row.subject, body: row.body, template: content.template, status: row.status,
    scheduled_at: row.scheduled_at, sent_at: row.sent_at, completed_at: row.completed_at, recipients: row.recipients,
    audience: audienceView(row.audience), audience_summary: (row.audience_summary as AudienceSummary | null) ?? null,
    counts, source: row.source, created_by: row.created_by, created_at: row.created_at, updated_at: row.updated_at,
  };
}

export type BroadcastView = ReturnType<typeof view>;

export async function getBroadcast(db: Db, id: number): Promise<BroadcastView> {
  const row = await loadRows(db).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Broadcast ${id}`);
  return view(row, (await statusCounts(db, [id])).get(id)!);
}

/**
 * The month's blasts (Asia/Jakarta): sent in it, or planned or drafted in it and not sent yet;
 * newest first, with recipients per status. Without a month, the latest 100.
 */
export async function listBroadcasts(db: Db, month?: string): Promise<BroadcastView[]> {
  let q = loadRows(db);
  if (month) {
    const { from, to } = jakartaMonthRange(month);
    const when = sql<Date>`coalesce(sent_at, scheduled_at, created_at)`;
    q = q.where(when, '>=', from).where(when, '<', to);
  }
  const rows = await q.orderBy(sql`coalesce(sent_at, scheduled_at, created_at)`, 'desc').orderBy('id', 'desc').limit(month ? 1000 : 100).execute();
  const counts = await statusCounts(db, rows.map((r) => r.id));
  return rows.map((r) => view(r, counts.get(r.id)!));
}

export interface RecipientQuery {
  status?: BroadcastRecipientStatus | undefined;
  limit: number;
  offset: number;
}

/** One page of a blast's recipients, in the order they were queued. */
export async function listRecipients(db: Db, broadcastId: number, query: RecipientQuery) {
  await getBroadcast(db, broadcastId);
  let q = db
    .selectFrom('broadcast_recipients')
    .select(['id', 'contact_id', 'address', 'name', 'status', 'error', 'external_id', 'sent_at', 'delivered_at', 'read_at'])
    .where('broadcast_id', '=', broadcastId);
  if (query.status) q = q.where('status', '=', query.status);
  return q.orderBy('id').limit(query.limit).offset(query.offset).execute();
}

/** The stored audience with every uploaded address (for resolving it), and the content. */
export async function loadForSending(db: Db, id: number) {
  const row = await loadRows(db).select(['audience_resolved_at']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Broadcast ${id}`);
  return { ...row, content: contentOf(row), audience: row.audience as AudienceDefinition | null };
}
