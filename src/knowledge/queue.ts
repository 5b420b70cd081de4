/** Articles awaiting the technical team's review, per topic and with their age (seed page 32). */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;
const DAY_SECONDS = 86_400;

export interface QueueScope {
  /** Ages are measured up to this instant. */
  now: Date;
  /** Only the topics this Layer 2 team reviews. */
  teamId?: number | null | undefined;
  topic?: string | undefined;
}

export interface TopicQueue {
  topic_code: string | null;
  topic_label: string | null;
  count: number;
  oldest_flagged_at: Date | null;
  /** Mean days since the articles were flagged, one decimal; null when no flag time is known. */
  mean_age_days: number | null;
}

/** Age in days, one decimal, computed by the database from the flag time. */
const ageDays = (now: Date) => sql<number | null>`round((extract(epoch from (${now}::timestamptz - kb_articles.flagged_at)) / ${DAY_SECONDS})::numeric, 1)`;

function awaiting(db: Db, scope: QueueScope) {
  let query = db.selectFrom('kb_articles').leftJoin('topics', 'topics.code', 'kb_articles.topic_code').where('kb_articles.status', '=', 'needs_review');
  if (scope.teamId !== undefined && scope.teamId !== null) {
    const teamId = scope.teamId;
    query = query.where('kb_articles.topic_code', 'in', (eb) => eb.selectFrom('topic_reviewers').select('topic_code').where('team_id', '=', teamId));
  }
  if (scope.topic) query = query.where('kb_articles.topic_code', '=', scope.topic);
  return query;
}

/** Per topic: how many articles wait, since when, and for how long on average; most first. */
export async function reviewQueueByTopic(db: Db, scope: QueueScope): Promise<TopicQueue[]> {
  const rows = await awaiting(db, scope)
    .select([
      'kb_articles.topic_code', 'topics.label as topic_label',
      sql<number>`count(*)`.as('count'),
      sql<Date | null>`min(kb_articles.flagged_at)`.as('oldest_flagged_at'),
      sql<number | null>`round((avg(extract(epoch from (${scope.now}::timestamptz - kb_articles.flagged_at))) / ${DAY_SECONDS})::numeric, 1)`.as('mean_age_days'),
    ])
    .groupBy(['kb_articles.topic_code', 'topics.label', 'topics.sort_order'])
    .orderBy('count', 'desc').orderBy('topics.sort_order').orderBy('kb_articles.topic_code')
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count), mean_age_days: row.mean_age_days === null ? null : Number(row.mean_age_days) }));
}

/** The articles themselves, longest waiting first (a reviewer's work list). */
export async function reviewQueueArticles(db: Db, scope: QueueScope) {
  const rows = await awaiting(db, scope)
    .select([
      'kb_articles.id', 'kb_articles.topic_code', 'topics.label as topic_label', 'kb_articles.question', 'kb_articles.flagged_at',
      'kb_articles.flag_note', 'kb_articles.version', ageDays(scope.now).as('age_days'),
      sql<number>`(select count(*) from kb_flags f where f.article_id = kb_articles.id and f.status = 'open')`.as('open_flags'),
    ])
    .orderBy(sql`kb_articles.flagged_at asc nulls last`).orderBy('kb_articles.id')
    .execute();
  return rows.map((row) => ({ ...row, open_flags: Number(row.open_flags), age_days: row.age_days === null ? null : Number(row.age_days) }));
}
