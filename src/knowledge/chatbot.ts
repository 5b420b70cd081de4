/** The chatbot's sub-menu answers that come from the knowledge base: always the article's current text. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { linksAsText, readLinks } from './links.ts';
import { SEARCHABLE } from './search.ts';

type Db = Kysely<Database>;

/** WhatsApp's text limit (chatbot/flow.ts LIMITS.text). */
const TEXT_LIMIT = 4096;
export const ARTICLE_UNAVAILABLE = 'Mohon maaf, informasi ini sedang diperbarui.';

/** A flow node's reference: the article, and the node's own answer for when the article is withdrawn. */
export interface ArticleRef {
  id: number;
  fallback?: string | undefined;
}

/** The text the bot sends: the answer with its regulations; drafts and archived articles are not sent. */
export async function articleReplyText(db: Db, ref: ArticleRef): Promise<string> {
  const row = await db.selectFrom('kb_articles').select(['answer', 'links']).where('id', '=', ref.id).where('status', 'in', SEARCHABLE).executeTakeFirst();
  if (!row || !row.answer.trim()) return ref.fallback ?? ARTICLE_UNAVAILABLE;
  const links = linksAsText(readLinks(row.links));
  const body = links ? `${row.answer}\n\n${links}` : row.answer;
  return body.length <= TEXT_LIMIT ? body : `${body.slice(0, TEXT_LIMIT - 1)}…`;
}

/** The ids among these that a flow may not use: unknown, draft or archived articles. */
export async function unusableArticleIds(db: Db, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const usable = await db.selectFrom('kb_articles').select('id').where('id', 'in', [...ids]).where('status', 'in', SEARCHABLE).execute();
  const ok = new Set(usable.map((row) => row.id));
  return ids.filter((id) => !ok.has(id));
}
