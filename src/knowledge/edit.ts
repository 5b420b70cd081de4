/** Writing articles: create, edit, archive; each change is a new version, audited. */
import type { Kysely, Updateable } from 'kysely';
import type { Database, KbArticlesTable } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { conflict, forbidden, validation } from '../platform/errors.ts';
import { getArticle, lockArticle, type Article, type ArticleRow } from './articles.ts';
import { readLinks, type KbLink } from './links.ts';
import { canReview } from './reviewers.ts';
import { commitChange, recordFirstVersion } from './versions.ts';

type Db = Kysely<Database>;

export interface ArticleContent {
  topic_code?: string | null | undefined;
  question?: string | undefined;
  answer?: string | undefined;
  links?: KbLink[] | undefined;
}

export interface ArticleChanges extends ArticleContent {
  /** Editors publish or withdraw; review and archive have their own steps. */
  status?: 'draft' | 'published' | undefined;
  /** The version the editor started from: a newer one means somebody else saved meanwhile. */
  expected_version?: number | undefined;
}

/** Staff edit any article; a Layer 2 account only those of its team's topics. */
async function assertCanEdit(db: Db, actor: Actor, ...topics: (string | null)[]): Promise<void> {
  if (actor.role !== 'l2') return;
  for (const topic of topics) {
    if (!(await canReview(db, actor, topic))) throw forbidden('Tim Layer 2 hanya mengubah artikel topik yang direviu timnya');
  }
}

async function assertTopic(db: Db, topic: string | null | undefined): Promise<void> {
  if (topic === null || topic === undefined) return;
  const found = await db.selectFrom('topics').select('code').where('code', '=', topic).executeTakeFirst();
  if (!found) throw validation(`Topik ${topic} tidak dikenal`, [{ field: 'topic_code', message: 'Tidak ada topik dengan kode ini', value: topic }]);
}

function contentSet(input: ArticleContent): Updateable<KbArticlesTable> {
  const set: Updateable<KbArticlesTable> = {};
  if (input.topic_code !== undefined) set.topic_code = input.topic_code;
  if (input.question !== undefined) set.question = input.question.trim();
  if (input.answer !== undefined) set.answer = input.answer.trim();
  if (input.links !== undefined) set.links = json(readLinks(input.links));
  if (set.question === '') throw validation('Pertanyaan tidak boleh kosong', [{ field: 'question', message: 'Tulis pertanyaannya' }]);
  return set;
}

export async function createArticle(db: Db, actor: Actor, input: ArticleContent & { question: string; status?: 'draft' | 'published' | undefined }, ip?: string): Promise<Article> {
  const id = await db.transaction().execute(async (trx) => {
    await assertTopic(trx, input.topic_code);
    await assertCanEdit(trx, actor, input.topic_code ?? null);
    const set = contentSet(input);
    const row = await trx.insertInto('kb_articles')
      .values({ question: input.question.trim(), ...set, status: input.status ?? 'published' })
      .returningAll().executeTakeFirstOrThrow();
    await recordFirstVersion(trx, row, auditActorOf(actor, ip));
    return row.id;
  });
  return getArticle(db, id);
}

/** A content edit by someone outside the topic's reviewers takes the "reviewed" mark away. */
async function statusAfterEdit(db: Db, actor: Actor, before: ArticleRow, changes: ArticleChanges, topic: string | null) {
  if (changes.status !== undefined) {
    if (before.status === 'needs_review') throw conflict('Artikel menunggu reviu Tim Teknis; statusnya berubah saat reviu ditutup');
    return changes.status;
  }
  if (before.status === 'reviewed' && !(await canReview(db, actor, topic))) return 'published';
  return before.status;
}

export async function updateArticle(db: Db, actor: Actor, id: number, changes: ArticleChanges, ip?: string): Promise<Article> {
  await db.transaction().execute(async (trx) => {
    const before = await lockArticle(trx, id);
    if (changes.expected_version !== undefined && changes.expected_version !== before.version) {
      throw conflict(`Artikel sudah diubah orang lain (versi ${before.version}); muat ulang lalu ulangi perubahan`);
    }
    const topic = changes.topic_code === undefined ? before.topic_code : changes.topic_code;
    await assertTopic(trx, changes.topic_code);
    await assertCanEdit(trx, actor, before.topic_code, topic);
    const set = contentSet(changes);
    const status = await statusAfterEdit(trx, actor, before, changes, topic);
    if (Object.keys(set).length === 0 && status === before.status) return;
    await commitChange(trx, auditActorOf(actor, ip), before, { ...set, status }, 'edit');
  });
  return getArticle(db, id);
}

/** Archived articles leave search and the chatbot; history stays. Open flags close with it. */
export async function archiveArticle(db: Db, actor: Actor, id: number, note: string | null, ip?: string): Promise<Article> {
  if (actor.role !== 'admin' && actor.role !== 'supervisor') throw forbidden('Hanya admin atau supervisor yang mengarsipkan artikel');
  await db.transaction().execute(async (trx) => {
    const before = await lockArticle(trx, id);
    if (before.status === 'archived') throw conflict(`Artikel ${id} sudah diarsipkan`);
    await trx.updateTable('kb_flags')
      .set({ status: 'rejected', resolved_by: actor.userId, resolved_at: new Date(), resolution_note: note ?? 'Artikel diarsipkan' })
      .where('article_id', '=', id).where('status', '=', 'open').execute();
    await commitChange(trx, auditActorOf(actor, ip), before, { status: 'archived' }, 'archive', note);
  });
  return getArticle(db, id);
}
