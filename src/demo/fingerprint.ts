import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { jakartaMonthRange } from '../platform/month.ts';

/**
 * An md5 over the demo tickets in time order (channel, instant, status, region, topics): the
 * same seed and options give the same fingerprint, on PGlite and PostgreSQL alike.
 */
export async function demoFingerprint(db: Kysely<Database>, month?: string): Promise<string> {
  const { from, to } = month ? jakartaMonthRange(month) : { from: new Date(0), to: new Date('9999-01-01') };
  const result = await sql<{ md5: string | null }>`
    select md5(string_agg(concat_ws('|', t.channel, extract(epoch from t.created_at)::bigint, t.status, coalesce(t.region_code, '-'),
      t.inside_service_hours, tp.topics), ',' order by t.created_at, t.external_ref)) as md5
    from tickets t
    cross join lateral (select string_agg(topic_code, ';' order by topic_code) as topics from ticket_topics where ticket_id = t.id) tp
    where t.source = 'demo' and t.created_at >= ${from.toISOString()}::timestamptz and t.created_at < ${to.toISOString()}::timestamptz`.execute(db);
  return result.rows[0]?.md5 ?? '';
}
