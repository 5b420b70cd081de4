import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Config } from '../platform/config.ts';
import { PermanentJobError, type JobInfo, type JobRegistry } from '../jobs/worker.ts';
import { SEND_JOB } from '../channels/whatsapp/process.ts';
import { GraphApiError } from '../channels/whatsapp/client.ts';
import { createMailTransport, type MailTransport } from '../channels/email/sender.ts';
import { isOpen } from './answers.ts';
import { sendSurveyEmail } from './email.ts';
import { SURVEY_SEND_JOB, SURVEY_SEND_MAX_ATTEMPTS } from './queue.ts';
import { questionMessage } from './texts.ts';
import type { SurveyRow } from './token.ts';

type Db = Kysely<Database>;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Meta refused a free-form message: the 24-hour window had closed (131047). */
const outsideWindow = (error: unknown): boolean =>
  error instanceof Error && error.cause instanceof GraphApiError && error.cause.kind === 'outside_window';

async function mark(db: Db, surveyId: number, set: { delivery: 'sent' | 'failed'; error?: string; expire?: boolean }): Promise<void> {
  await db.updateTable('survey_requests')
    .set({
      delivery: set.delivery, delivery_error: set.error ?? null,
      ...(set.delivery === 'sent' ? { sent_at: new Date() } : {}),
      // Nothing reached the requester and nothing can now: the survey is over.
      ...(set.expire ? { expires_at: new Date() } : {}),
    })
    .where('id', '=', surveyId)
    .execute();
}

/**
 * The `survey.send` job: sends question 1 through the WhatsApp channel's own send job (so the
 * number's rate limit and error handling apply), or the survey email through the relay.
 * A WhatsApp send refused for the closed 24-hour window ends the survey (expired).
 */
export function registerSurveyJobs(registry: JobRegistry, db: Db, config: Config): void {
  let transport: MailTransport | undefined;
  const smtp = config.email.smtp;

  async function deliver(survey: SurveyRow & { number: number; phone: string | null }, job: JobInfo): Promise<void> {
    if (survey.channel === 'email') {
      if (!smtp) throw new PermanentJobError('No outbound mail relay is configured (SMTP_URL and MAIL_FROM)');
      transport ??= createMailTransport(smtp.url);
      return sendSurveyEmail(db, smtp, transport, survey, config.publicUrl);
    }
    const send = registry.get(SEND_JOB);
    if (!send) throw new PermanentJobError('The WhatsApp channel is not configured');
    if (!survey.phone) throw new PermanentJobError('The requester has no WhatsApp number');
    await send({ to: survey.phone, message: questionMessage(survey, 'service', survey.number) }, job);
  }

  registry.register(SURVEY_SEND_JOB, async (payload, job) => {
    const { surveyId, nonce } = payload as { surveyId: number; nonce: string };
    const survey = await db.selectFrom('survey_requests')
      .innerJoin('tickets', 'tickets.id', 'survey_requests.ticket_id')
      .leftJoin('contact_identities as phone', (join) => join.onRef('phone.contact_id', '=', 'tickets.contact_id').on('phone.kind', '=', 'phone').on('phone.undeliverable', '=', false))
      .selectAll('survey_requests')
      .select(['tickets.number', 'phone.value as phone'])
      .where('survey_requests.id', '=', surveyId)
      .executeTakeFirst();
    // Superseded by a later resolution, or already sent before a crash.
    if (!survey || survey.nonce !== nonce || survey.delivery !== 'queued') return;
    if (!isOpen(survey)) return mark(db, surveyId, { delivery: 'failed', error: 'The survey expired before it could be sent' });
    try {
      await deliver(survey, job);
    } catch (error) {
      if (outsideWindow(error)) return mark(db, surveyId, { delivery: 'failed', error: messageOf(error), expire: true });
      if (error instanceof PermanentJobError || job.attempts >= SURVEY_SEND_MAX_ATTEMPTS) await mark(db, surveyId, { delivery: 'failed', error: messageOf(error) });
      throw error;
    }
    await mark(db, surveyId, { delivery: 'sent' });
  });
}
