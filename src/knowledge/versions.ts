/** Version history: every change to an article stores its whole new state, who and why. */
import type { Kysely, Updateable } from 'kysely';
import type { Database, KbArticlesTable, KbVersionChange } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import type { AuditActor } from '../auth/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { notFound } from '../platform/errors.ts';
import type { ArticleRow } from './articles.ts';
import { readLinks } from './links.ts';

type Db = Kysely<Database>;

/** What the history and the audit log keep of an article (the search index is derived). */
function snapshot(row: ArticleRow) {
  return {
    topic_code: row.topic_code, question: row.question, answer: row.answer, links: readLinks(row.links),
    status: row.status, version: row.version, flagged_at: row.flagged_at, flag_note: row.flag_note, reviewed_at: row.reviewed_at,
  };
}

function versionValues(row: ArticleRow, change: KbVersionChange, by: number | null, note: string | null, at: Date) {
  return {
    article_id: row.id, version: row.version, change, note, topic_code: row.topic_code, question: row.question,
    answer: row.answer, links: json(readLinks(row.links)), status: row.status, changed_by: by, changed_at: at,
  };
}

/** The first version of a new article. */
export async function recordFirstVersion(trx: Db, row: ArticleRow, actor: AuditActor): Promise<void> {
  await trx.insertInto('kb_article_versions').values(versionValues(row, 'create', actor.userId, null, row.created_at)).execute();
  await recordAudit(trx, actor, { action: 'kb_article.create', entity: 'kb_article', entityId: row.id, after: snapshot(row) });
}

/**
 * Applies a change to a locked article as its next version, with the history row and the audit
 * entry in the same transaction. An imported article has no history yet: its state before the
 * first change is kept as the version it came with.
 */
export async function commitChange(
  trx: Db, actor: AuditActor, before: ArticleRow, set: Updateable<KbArticlesTable>, change: KbVersionChange, note: string | null = null,
): Promise<ArticleRow> {
  await trx.insertInto('kb_article_versions').values(versionValues(before, 'import', null, null, before.updated_at))
    .onConflict((oc) => oc.columns(['article_id', 'version']).doNothing()).execute();
  const now = new Date();
  const after = await trx.updateTable('kb_articles').set({ ...set, version: before.version + 1, updated_at: now })
    .where('id', '=', before.id).returningAll().executeTakeFirstOrThrow();
  await trx.insertInto('kb_article_versions').values(versionValues(after, change, actor.userId, note, now)).execute();
  await recordAudit(trx, actor, { action: `kb_article.${change}`, entity: 'kb_article', entityId: before.id, before: snapshot(before), after: { ...snapshot(after), note } });
  return after;
}

const versionColumns = [
  'v.version', 'v.change', 'v.note', 'v.topic_code', 'v.question', 'v.answer', 'v.links', 'v.status', 'v.changed_by',
  'users.name as changed_by_name', 'v.changed_at',
] as const;

const selectVersions = (db: Db, articleId: number) =>
  db.selectFrom('kb_article_versions as v').leftJoin('users', 'users.id', 'v.changed_by').select(versionColumns).where('v.article_id', '=', articleId);

/** The history of an article, newest first. */
export async function listVersions(db: Db, articleId: number) {
  const rows = await selectVersions(db, articleId).orderBy('v.version', 'desc').execute();
  if (rows.length === 0 && !(await db.selectFrom('kb_articles').select('id').where('id', '=', articleId).executeTakeFirst())) throw notFound(`Artikel ${articleId}`);
  return rows.map((row) => ({ ...row, links: readLinks(row.links) }));
}

export async function getVersion(db: Db, articleId: number, version: number) {
  const row = await selectVersions(db, articleId).where('v.version', '=', version).executeTakeFirst();
  if (!row) throw notFound(`Versi ${version} artikel ${articleId}`);
  return { ...row, links: readLinks(row.links) };
}
