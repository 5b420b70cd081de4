import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { PermanentJobError } from '../jobs/worker.ts';
import { formatDateLong } from '../platform/format.ts';
import { displayNameOf, domainOf, mailThreadOf, sendMail, threadHeaders, ticketToken, type MailTransport, type SmtpSettings } from '../channels/email/sender.ts';
import { CENTER_NAME, QUESTIONS, SCORE_LABELS, SCORES } from './texts.ts';
import { surveyPathOf, type SurveyRow } from './token.ts';
import { escapeHtml } from './html.ts';

type Db = Kysely<Database>;

/** The query parameter that prefills question 1 on the page (GET records nothing). */
export const FIRST_SCORE_PARAM = 'layanan';

interface Letter {
  name: string;
  number: number;
  signature: string;
  expires: Date;
  links: { score: number; url: string }[];
}

function surveyText(o: Letter): string {
  return [
    `Yth. Bapak/Ibu${o.name ? ` ${o.name}` : ''},`,
    '',
    `Terima kasih telah menghubungi ${o.signature}. Konsultasi Anda (tiket #${o.number}) telah selesai. Mohon luangkan waktu sejenak untuk menilai layanan kami.`,
    '',
    `${QUESTIONS.service.label}: ${QUESTIONS.service.prompt} Klik salah satu nilai:`,
    ...o.links.map((l) => `  ${l.score} - ${SCORE_LABELS[l.score]}: ${l.url}`),
    '',
    `Di halaman yang terbuka, Anda dapat menilai ${QUESTIONS.substance.label} dan menulis komentar. Survei ini terbuka sampai ${formatDateLong(o.expires)}.`,
    '',
    'Hormat kami,',
    o.signature,
  ].join('\n');
}

function surveyHtml(o: Letter): string {
  const button = (l: Letter['links'][number]) =>
    `<a href="${escapeHtml(l.url)}" style="display:block;margin:6px 0;padding:10px 14px;border:1px solid #1c5d99;border-radius:6px;color:#1c5d99;text-decoration:none">${l.score} - ${escapeHtml(SCORE_LABELS[l.score] ?? '')}</a>`;
  return `<!doctype html>
<html lang="id"><body style="font-family:sans-serif;max-width:560px;margin:auto;line-height:1.5">
<p>Yth. Bapak/Ibu${o.name ? ` ${escapeHtml(o.name)}` : ''},</p>
<p>Terima kasih telah menghubungi ${escapeHtml(o.signature)}. Konsultasi Anda (tiket #${o.number}) telah selesai. Mohon luangkan waktu sejenak untuk menilai layanan kami.</p>
<p><strong>${QUESTIONS.service.label}</strong>: ${QUESTIONS.service.prompt}</p>
${o.links.map(button).join('\n')}
<p>Di halaman yang terbuka, Anda dapat menilai ${QUESTIONS.substance.label} dan menulis komentar. Survei ini terbuka sampai ${formatDateLong(o.expires)}.</p>
<p>Hormat kami,<br>${escapeHtml(o.signature)}</p>
</body></html>
`;
}

/**
 * The survey as one email: a link per score of question 1, each opening the survey page with
 * that score chosen. Marked automatic, threaded with the requester's mails, and with a
 * Message-ID derived from the resolution so that a retried send carries the same id.
 */
export async function sendSurveyEmail(db: Db, smtp: SmtpSettings, transport: MailTransport, survey: SurveyRow, baseUrl: string): Promise<void> {
  const row = await db.selectFrom('tickets')
    .innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
    .select(['tickets.number', 'tickets.contact_id', 'contacts.name'])
    .where('tickets.id', '=', survey.ticket_id)
    .executeTakeFirstOrThrow();
  const email = await db.selectFrom('contact_identities').select('value')
    .where('contact_id', '=', row.contact_id).where('kind', '=', 'email').where('undeliverable', '=', false)
    .orderBy('created_at').executeTakeFirst();
  if (!email) throw new PermanentJobError('The requester has no deliverable email address');
  const page = await surveyPathOf(db, survey, baseUrl);
  const letter: Letter = {
    name: row.name, number: row.number, signature: displayNameOf(smtp.from) ?? CENTER_NAME, expires: new Date(survey.expires_at),
    links: SCORES.map((score) => ({ score, url: `${page}?${FIRST_SCORE_PARAM}=${score}` })),
  };
  await sendMail(transport, {
    from: smtp.from,
    to: row.name ? { name: row.name, address: email.value } : email.value,
    subject: `Bagaimana layanan kami? Survei kepuasan ${ticketToken(row.number)}`,
    messageId: `<sapa-survey-${survey.id}-${survey.nonce.slice(0, 8)}@${domainOf(smtp.from)}>`,
    ...threadHeaders(await mailThreadOf(db, survey.ticket_id)),
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'X-Sapa-Ticket': String(row.number) },
    text: surveyText(letter),
    html: surveyHtml(letter),
  });
}
