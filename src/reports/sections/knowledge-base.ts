import { sql } from 'kysely';
import type { MonthlyReport } from '../types.ts';
import { byText, type Db } from './scope.ts';

/** Label of articles without a topic. */
export const NO_TOPIC_LABEL = 'Tanpa topik';

/** Knowledge-base articles flagged for review (status needs_review) per topic, as they stand now. */
export async function knowledgeBaseSection(db: Db): Promise<MonthlyReport['knowledge_base']> {
  const rows = await db.selectFrom('kb_articles')
    .leftJoin('topics', 'topics.code', 'kb_articles.topic_code')
    .where('kb_articles.status', '=', 'needs_review')
    .select((eb) => [
      'kb_articles.topic_code', 'topics.label',
      eb.fn.countAll<number>().as('count'),
      sql<Date | null>`min(kb_articles.flagged_at)`.as('oldest'),
    ])
    .groupBy(['kb_articles.topic_code', 'topics.label'])
    .orderBy('count', 'desc').orderBy(byText('topics.label')).orderBy(byText('kb_articles.topic_code'))
    .execute();
  const awaiting = rows.map((r) => ({
    topic: r.topic_code ?? '',
    label: r.label ?? r.topic_code ?? NO_TOPIC_LABEL,
    count: Number(r.count),
    oldest_flagged_at: r.oldest === null ? null : new Date(r.oldest).toISOString(),
  }));
  return { awaiting_review: awaiting, total_awaiting_review: awaiting.reduce((n, a) => n + a.count, 0) };
}
