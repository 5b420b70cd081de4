/** Agents look up answers while they talk to a requester: Indonesian full text, ranked, highlighted. */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, KbArticleStatus } from '../db/schema.ts';
import { SEARCH_CONFIG } from '../tickets/search.ts';
import { readLinks } from './links.ts';
import type { Article } from './articles.ts';

type Db = Kysely<Database>;

/** What agents may quote: drafts and archived articles stay out of search. */
export const SEARCHABLE: KbArticleStatus[] = ['published', 'needs_review', 'reviewed'];

export interface SearchQuery {
  q: string;
  topic?: string | undefined;
  limit: number;
}

export interface SearchHit extends Pick<Article, 'id' | 'topic_code' | 'topic_label' | 'question' | 'answer' | 'links' | 'status' | 'version'> {
  rank: number;
  /** HTML-safe text with the matched words in <mark>...</mark>. */
  question_highlight: string;
  answer_highlight: string;
}

/** The text HTML-escaped first, so that only Sapa's own <mark> tags are markup. */
const escaped = (column: RawBuilder<string>) => sql<string>`replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

function headline(column: RawBuilder<string>, query: RawBuilder<unknown>, options: string) {
  return sql<string>`ts_headline(${sql.lit(SEARCH_CONFIG)}, ${escaped(column)}, ${query}, ${sql.lit(`StartSel=<mark>, StopSel=</mark>, ${options}`)})`;
}

/** Best matches first; "disalurkan" finds "penyaluran" because both stem to "salur". */
export async function searchArticles(db: Db, search: SearchQuery): Promise<SearchHit[]> {
  const query = sql`websearch_to_tsquery(${sql.lit(SEARCH_CONFIG)}, ${search.q.trim()})`;
  let hits = db.selectFrom('kb_articles')
    .select(['id', 'topic_code', 'question', 'answer', 'links', 'status', 'version', sql<number>`ts_rank(search, ${query})`.as('rank')])
    .where(sql<boolean>`search @@ ${query}`)
    .where('status', 'in', SEARCHABLE)
    .orderBy('rank', 'desc').orderBy('id').limit(search.limit);
  if (search.topic) hits = hits.where('topic_code', '=', search.topic);
  // Headlines are costly: only for the page of hits, not for every match.
  const rows = await db.selectFrom(hits.as('hits'))
    .leftJoin('topics', 'topics.code', 'hits.topic_code')
    .select([
      'hits.id', 'hits.topic_code', 'topics.label as topic_label', 'hits.question', 'hits.answer', 'hits.links', 'hits.status', 'hits.version', 'hits.rank',
      headline(sql.ref('hits.question'), query, 'HighlightAll=true').as('question_highlight'),
      headline(sql.ref('hits.answer'), query, 'MaxFragments=2, MaxWords=30, MinWords=10').as('answer_highlight'),
    ])
    .orderBy('hits.rank', 'desc').orderBy('hits.id')
    .execute();
  return rows.map((row) => ({ ...row, links: readLinks(row.links), rank: Number(row.rank) }));
}
