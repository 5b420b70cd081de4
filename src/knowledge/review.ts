/** The technical team closes a review: the correction is accepted (maybe with a new answer) or rejected. */
import type { Kysely, Updateable } from 'kysely';
import type { Database, KbArticlesTable } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { conflict, forbidden, validation } from '../platform/errors.ts';
import { getArticle, lockArticle, type Article } from './articles.ts';
import { readLinks, type KbLink } from './links.ts';
import { canReview } from './reviewers.ts';
import { commitChange } from './versions.ts';

type Db = Kysely<Database>;

export interface ReviewInput {
  decision: 'accept' | 'reject';
  /** Why (required to reject): what was changed, or why no change is needed. */
  note?: string | undefined;
  /** The flags this decision closes; all open ones when absent. */
  flag_ids?: number[] | undefined;
  question?: string | undefined;
  answer?: string | undefined;
  links?: KbLink[] | undefined;
}

function checkInput(input: ReviewInput): { note: string | null; content: Updateable<KbArticlesTable> } {
  const note = input.note?.trim() || null;
  const content: Updateable<KbArticlesTable> = {};
  if (input.question !== undefined) content.question = input.question.trim();
  if (input.answer !== undefined) content.answer = input.answer.trim();
  if (input.links !== undefined) content.links = json(readLinks(input.links));
  if (content.question === '') throw validation('Pertanyaan tidak boleh kosong', [{ field: 'question', message: 'Tulis pertanyaannya' }]);
  if (input.decision === 'reject') {
    if (!note) throw validation('Sebutkan alasan penolakan', [{ field: 'note', message: 'Alasan wajib diisi untuk menolak usulan perbaikan' }]);
    if (Object.keys(content).length > 0) throw validation('Usulan yang ditolak tidak mengubah artikel', [{ field: 'answer', message: 'Terima usulan untuk mengubah isi artikel' }]);
  }
  return { note, content };
}

async function openFlagIds(trx: Db, articleId: number, wanted: number[] | undefined): Promise<number[]> {
  const open = (await trx.selectFrom('kb_flags').select('id').where('article_id', '=', articleId).where('status', '=', 'open').execute()).map((f) => f.id);
  if (wanted === undefined) return open;
  const stray = wanted.filter((id) => !open.includes(id));
  if (stray.length > 0) throw validation('Sebagian usulan tidak terbuka pada artikel ini', stray.map((id) => ({ field: 'flag_ids', message: 'Bukan usulan terbuka artikel ini', value: id })));
  return wanted;
}

/**
 * Only the Layer 2 teams mapped to the article's topic (and admins) close a review. When no
 * open flag remains the article is "reviewed" (status 0 in the seed); otherwise it keeps waiting.
 */
export async function reviewArticle(db: Db, actor: Actor, id: number, input: ReviewInput, ip?: string): Promise<Article> {
  const { note, content } = checkInput(input);
  await db.transaction().execute(async (trx) => {
    const before = await lockArticle(trx, id);
    if (!(await canReview(trx, actor, before.topic_code))) throw forbidden('Hanya Tim Teknis (Layer 2) topik artikel ini atau admin yang menutup reviu');
    if (before.status !== 'needs_review') throw conflict(`Artikel ${id} tidak sedang menunggu reviu`);
    const closing = await openFlagIds(trx, id, input.flag_ids);
    const now = new Date();
    if (closing.length > 0) {
      await trx.updateTable('kb_flags')
        .set({ status: input.decision === 'accept' ? 'accepted' : 'rejected', resolved_by: actor.userId, resolved_at: now, resolution_note: note })
        .where('id', 'in', closing).execute();
    }
    const left = await trx.selectFrom('kb_flags').select('id').where('article_id', '=', id).where('status', '=', 'open').execute();
    const done: Updateable<KbArticlesTable> = left.length === 0 ? { status: 'reviewed', reviewed_at: now, reviewed_by: actor.userId } : {};
    const audit = auditActorOf(actor, ip);
    if (Object.keys(content).length === 0 && left.length > 0) {
      await recordAudit(trx, audit, { action: `kb_article.${input.decision === 'accept' ? 'review' : 'reject'}`, entity: 'kb_article', entityId: id, after: { flags: closing, note } });
      return;
    }
    await commitChange(trx, audit, before, { ...content, ...done }, input.decision === 'accept' ? 'review' : 'reject', note);
  });
  return getArticle(db, id);
}
