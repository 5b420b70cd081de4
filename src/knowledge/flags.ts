/** Anyone on the team asks for a correction; the article then waits for its topic's reviewers. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { conflict, validation } from '../platform/errors.ts';
import { getArticle, lockArticle, type Article } from './articles.ts';
import { commitChange } from './versions.ts';

type Db = Kysely<Database>;

/**
 * Adds an open flag. The first open flag moves the article to needs_review and its time is
 * the article's flagged_at (the age of the wait); later flags join it until the review.
 */
export async function flagArticle(db: Db, actor: Actor, id: number, note: string, ip?: string): Promise<Article> {
  const text = note.trim();
  if (!text) throw validation('Tuliskan apa yang perlu diperbaiki', [{ field: 'note', message: 'Catatan perbaikan wajib diisi' }]);
  await db.transaction().execute(async (trx) => {
    const before = await lockArticle(trx, id);
    if (before.status === 'archived' || before.status === 'draft') throw conflict(`Artikel ${id} berstatus ${before.status}: tidak dapat ditandai untuk perbaikan`);
    const now = new Date();
    const flag = await trx.insertInto('kb_flags').values({ article_id: id, note: text, flagged_by: actor.userId, flagged_at: now }).returningAll().executeTakeFirstOrThrow();
    const audit = auditActorOf(actor, ip);
    if (before.status === 'needs_review') {
      await recordAudit(trx, audit, { action: 'kb_article.flag', entity: 'kb_article', entityId: id, after: flag });
      return;
    }
    await commitChange(trx, audit, before, { status: 'needs_review', flagged_at: now, flagged_by: actor.userId, flag_note: text }, 'flag', text);
  });
  return getArticle(db, id);
}

/** Every flag of an article, open ones first, then newest first. */
export function listFlags(db: Db, articleId: number) {
  return db.selectFrom('kb_flags as f')
    .leftJoin('users as flagger', 'flagger.id', 'f.flagged_by')
    .leftJoin('users as resolver', 'resolver.id', 'f.resolved_by')
    .select([
      'f.id', 'f.article_id', 'f.note', 'f.flagged_by', 'flagger.name as flagged_by_name', 'f.flagged_at', 'f.status',
      'f.resolved_by', 'resolver.name as resolved_by_name', 'f.resolved_at', 'f.resolution_note',
    ])
    .where('f.article_id', '=', articleId)
    .orderBy((eb) => eb.case().when('f.status', '=', 'open').then(0).else(1).end())
    .orderBy('f.flagged_at', 'desc').orderBy('f.id', 'desc')
    .execute();
}
