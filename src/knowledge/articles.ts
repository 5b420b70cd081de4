/** Reading knowledge-base articles: the shape every route returns. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, KbArticlesTable, KbArticleStatus } from '../db/schema.ts';
import { notFound } from '../platform/errors.ts';
import { readLinks, type KbLink } from './links.ts';

type Db = Kysely<Database>;
export type ArticleRow = Selectable<KbArticlesTable>;

export interface Article {
  id: number;
  topic_code: string | null;
  topic_label: string | null;
  question: string;
  answer: string;
  links: KbLink[];
  status: KbArticleStatus;
  version: number;
  flagged_at: Date | null;
  flagged_by: number | null;
  flag_note: string | null;
  reviewed_at: Date | null;
  reviewed_by: number | null;
  /** Correction requests still waiting for the topic's reviewers. */
  open_flags: number;
  source: string;
  created_at: Date;
  updated_at: Date;
}

export interface ArticleFilter {
  topic?: string | undefined;
  status?: KbArticleStatus | undefined;
  limit: number;
  offset: number;
}

function selectArticles(db: Db) {
  return db.selectFrom('kb_articles')
    .leftJoin('topics', 'topics.code', 'kb_articles.topic_code')
    .select([
      'kb_articles.id', 'kb_articles.topic_code', 'topics.label as topic_label', 'kb_articles.question', 'kb_articles.answer',
      'kb_articles.links', 'kb_articles.status', 'kb_articles.version', 'kb_articles.flagged_at', 'kb_articles.flagged_by',
      'kb_articles.flag_note', 'kb_articles.reviewed_at', 'kb_articles.reviewed_by', 'kb_articles.source',
      'kb_articles.created_at', 'kb_articles.updated_at',
      sql<number>`(select count(*) from kb_flags f where f.article_id = kb_articles.id and f.status = 'open')`.as('open_flags'),
    ]);
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectArticles>['executeTakeFirstOrThrow']>>;
const toArticle = (row: Selected): Article => ({ ...row, links: readLinks(row.links), open_flags: Number(row.open_flags) });

export async function getArticle(db: Db, id: number): Promise<Article> {
  const row = await selectArticles(db).where('kb_articles.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Artikel ${id}`);
  return toArticle(row);
}

/** Articles by topic then question; archived ones only when asked for. */
export async function listArticles(db: Db, filter: ArticleFilter): Promise<Article[]> {
  let query = selectArticles(db).orderBy('topics.sort_order').orderBy('kb_articles.question').orderBy('kb_articles.id').limit(filter.limit).offset(filter.offset);
  if (filter.topic) query = query.where('kb_articles.topic_code', '=', filter.topic);
  query = filter.status ? query.where('kb_articles.status', '=', filter.status) : query.where('kb_articles.status', '<>', 'archived');
  return (await query.execute()).map(toArticle);
}

/** The stored row, locked until the transaction ends: changes to one article take turns. */
export async function lockArticle(trx: Db, id: number): Promise<ArticleRow> {
  const row = await trx.selectFrom('kb_articles').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound(`Artikel ${id}`);
  return row;
}
