import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Config } from '../../platform/config.ts';
import { surveyLinkFor } from '../../surveys/token.ts';
import { followPage, type FollowPageView } from './follow-page.ts';
import { unknownTicketPage } from './html.ts';
import { checkFiles } from './limits.ts';
import type { PostedForm } from './multipart.ts';
import { HELPDESK_PATH, ticketIdOfToken } from './link.ts';
import { newSubmissionId, submissionIdOf, type PageResult } from './pages.ts';
import { addRequesterReply } from './service.ts';
import { followedTicket } from './thread.ts';

type Db = Kysely<Database>;

const MAX_REPLY = 4000;
export const SENT_PARAM = 'terkirim';

export const followPath = (token: string): string => `${HELPDESK_PATH}/tiket/${token}`;

type Shown = Pick<FollowPageView, 'reply' | 'errors' | 'sent' | 'filesDropped'> & { submissionId?: string | undefined };

async function render(db: Db, config: Config, token: string, shown: Shown, status: number): Promise<PageResult> {
  const ticketId = await ticketIdOfToken(db, token);
  const ticket = ticketId === undefined ? undefined : await followedTicket(db, ticketId);
  if (!ticket) return { status: 404, html: unknownTicketPage() };
  const surveyLink = await surveyLinkFor(db, ticket.id, config.publicUrl);
  return { status, html: followPage({ ...shown, ticket, path: followPath(token), surveyLink, submissionId: shown.submissionId ?? newSubmissionId() }) };
}

/** The follow page; a forged or malformed token is a 404. Records nothing. */
export function showFollow(db: Db, config: Config, token: string, sent: boolean): Promise<PageResult> {
  return render(db, config, token, { reply: '', errors: {}, sent, filesDropped: false }, 200);
}

/**
 * The requester's reply: stored on the same ticket (a resolved one reopens), then the page is
 * shown again by a redirect, so that reloading it does not post twice.
 */
export async function submitReply(db: Db, config: Config, token: string, posted: PostedForm, afterCommit: () => void): Promise<PageResult> {
  const ticketId = await ticketIdOfToken(db, token);
  if (ticketId === undefined) return { status: 404, html: unknownTicketPage() };
  const reply = (posted.fields.pesan ?? '').slice(0, MAX_REPLY * 2);
  const text = reply.trim();
  const files = checkFiles(posted.files, posted.total);
  const errors: FollowPageView['errors'] = {};
  if (!text) errors.pesan = 'Tanggapan wajib diisi.';
  else if (text.length > MAX_REPLY) errors.pesan = `Tanggapan terlalu panjang: ${text.length} karakter, paling banyak ${MAX_REPLY}.`;
  if (files.problems.length > 0) errors.lampiran = files.problems.join(' ');
  const submissionId = submissionIdOf(posted.fields);
  if (errors.pesan || errors.lampiran) {
    return render(db, config, token, { reply, errors, sent: false, filesDropped: posted.total.count > 0, submissionId }, 422);
  }
  await addRequesterReply(db, ticketId, text, files.attachments, submissionId);
  afterCommit();
  return { redirect: `${followPath(token)}?${SENT_PARAM}=1` };
}
