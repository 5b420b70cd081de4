import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Config } from '../../platform/config.ts';
import { listRegions } from '../../directory/region-service.ts';
import { shortRegionName } from '../../chatbot/registration.ts';
import { getServiceHours } from '../../platform/calendar-service.ts';
import { describeServiceHours } from '../email/channel.ts';
import { HONEYPOT_FIELD, SUBMISSION_FIELD, SUBMISSION_ID, emptyValues, validateForm, valuesOf, type FormErrors, type FormValues } from './form.ts';
import { formPage, receivedPage } from './form-page.ts';
import { messagePage } from './html.ts';
import { checkFiles } from './limits.ts';
import type { PostedForm } from './multipart.ts';
import { formOptions, openHelpdeskTicket } from './service.ts';
import { helpdeskFollowUrl } from './link.ts';

type Db = Kysely<Database>;

/** A whole HTML page with its status, or a redirect after a successful post. */
export type PageResult = { status: number; html: string } | { redirect: string };

export const newSubmissionId = (): string => randomBytes(18).toString('base64url');

/** The id a form carried, if well-formed (a re-shown form keeps it: nothing was stored). */
export const submissionIdOf = (fields: Record<string, string>): string | undefined => {
  const id = fields[SUBMISSION_FIELD];
  return id !== undefined && SUBMISSION_ID.test(id) ? id : undefined;
};

async function renderForm(db: Db, values: FormValues, errors: FormErrors, submissionId: string, filesDropped: boolean): Promise<string> {
  const [options, regions, hours] = await Promise.all([formOptions(db), listRegions(db), getServiceHours(db)]);
  return formPage({
    values, errors, submissionId, filesDropped,
    categories: options.categories, topics: options.topics,
    regions: regions.map((r) => shortRegionName(r)),
    serviceHours: describeServiceHours(hours),
  });
}

/** The empty consultation form. */
export async function showForm(db: Db): Promise<PageResult> {
  return { status: 200, html: await renderForm(db, emptyValues(), {}, newSubmissionId(), false) };
}

/** Bots fill every field they find; a person never sees this one. */
export const filledHoneypot = (fields: Record<string, string>): boolean => (fields[HONEYPOT_FIELD] ?? '').trim() !== '';

export const honeypotPage = (): string =>
  messagePage('Formulir Tidak Dapat Diproses', 'Formulir ini terlihat dikirim oleh program otomatis, sehingga tidak kami proses. Muat ulang halaman, lalu isi dan kirim kembali.');

/**
 * A posted consultation: every problem (fields and attachments) is shown beside its field
 * with the values kept, and nothing is stored; a valid one opens the ticket and shows its
 * number and the private follow link.
 */
export async function submitForm(db: Db, config: Config, posted: PostedForm, afterCommit: () => void): Promise<PageResult> {
  if (filledHoneypot(posted.fields)) return { status: 400, html: honeypotPage() };
  const values = valuesOf(posted.fields);
  const submissionId = submissionIdOf(posted.fields) ?? newSubmissionId();
  const checked = validateForm(values, await formOptions(db));
  const files = checkFiles(posted.files, posted.total);
  const errors: FormErrors = 'errors' in checked ? { ...checked.errors } : {};
  if (files.problems.length > 0) errors.lampiran = files.problems.join(' ');
  if (!('consultation' in checked) || files.problems.length > 0) {
    return { status: 422, html: await renderForm(db, values, errors, submissionId, posted.total.count > 0) };
  }
  const opened = await openHelpdeskTicket(db, config, checked.consultation, files.attachments, submissionIdOf(posted.fields));
  afterCommit();
  const link = await helpdeskFollowUrl(db, config, opened.ticketId);
  return { status: 200, html: receivedPage({ number: opened.number, link, email: config.email.smtp ? checked.consultation.email : null }) };
}
