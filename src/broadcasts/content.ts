import type { Kysely } from 'kysely';
import type { BroadcastChannel, Database } from '../db/schema.ts';
import { validation, type ErrorDetail } from '../platform/errors.ts';
import { findTemplate, listTemplates, personalise, renderTemplate, templateProblems } from './templates.ts';

type Db = Kysely<Database>;

export interface TemplateChoice {
  name: string;
  language: string;
  parameters: string[];
}

/** What a blast says: an email's subject and text, or a WhatsApp blast's title and approved template. */
export interface BroadcastContent {
  channel: BroadcastChannel;
  /** The email subject; for WhatsApp, the blast's title in lists and the report. */
  subject: string;
  /** The email text ({{nama}} = the recipient's name). */
  body: string;
  template: TemplateChoice | null;
}

/** The message one recipient receives. */
export type RenderedMessage =
  | { channel: 'email'; subject: string; text: string }
  | { channel: 'whatsapp'; template: string; language: string; parameters: string[]; text: string };

const MAX_SUBJECT = 250;
const MAX_EMAIL_BODY = 100_000;

/** Checks the content for its channel; a WhatsApp template must be approved, with the right parameters. */
export async function checkContent(db: Db, content: BroadcastContent): Promise<void> {
  const problems: ErrorDetail[] = [];
  const subject = content.subject.trim();
  if (!subject || subject.length > MAX_SUBJECT || /[\r\n]/.test(subject)) {
    problems.push({ field: 'subject', message: `Judul/subjek 1-${MAX_SUBJECT} karakter pada satu baris` });
  }
  if (content.channel === 'email') {
    if (!content.body.trim() || content.body.length > MAX_EMAIL_BODY) problems.push({ field: 'body', message: `Isi email 1-${MAX_EMAIL_BODY} karakter` });
    if (content.template) problems.push({ field: 'template', message: 'Template hanya untuk siaran WhatsApp' });
  } else if (!content.template) {
    problems.push({ field: 'template', message: 'Siaran WhatsApp memakai template yang disetujui (penerima biasanya di luar jendela 24 jam)' });
  } else {
    const t = content.template;
    problems.push(...templateProblems(await listTemplates(db), t.name, t.language, t.parameters));
  }
  if (problems.length) throw validation('Isi siaran tidak valid', problems);
}

/** What goes out to `name` (the template's text is left empty: WhatsApp renders it). */
export function messageFor(content: BroadcastContent, name: string): RenderedMessage {
  if (content.channel === 'email' || !content.template) {
    return { channel: 'email', subject: personalise(content.subject, name), text: personalise(content.body, name) };
  }
  const t = content.template;
  return { channel: 'whatsapp', template: t.name, language: t.language, parameters: t.parameters.map((p) => personalise(p, name)), text: '' };
}

/** The message as `name` reads it; a template's text comes from the approved catalogue. */
export async function renderMessage(db: Db, content: BroadcastContent, name: string): Promise<RenderedMessage> {
  const message = messageFor(content, name);
  if (message.channel === 'email') return message;
  const approved = findTemplate(await listTemplates(db), message.template, message.language);
  return { ...message, text: approved ? renderTemplate(approved.body, message.parameters) : '' };
}

/** The content columns of a broadcast row. */
export const contentOf = (row: {
  channel: BroadcastChannel;
  subject: string;
  body: string;
  template_name: string | null;
  template_language: string | null;
  template_parameters: string[];
}): BroadcastContent => ({
  channel: row.channel,
  subject: row.subject,
  body: row.body,
  template: row.template_name && row.template_language ? { name: row.template_name, language: row.template_language, parameters: row.template_parameters } : null,
});
