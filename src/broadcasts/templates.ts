import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { recordAudit } from '../audit/service.ts';
import type { AuditActor } from '../auth/actor.ts';
import { validation, type ErrorDetail } from '../platform/errors.ts';

type Db = Kysely<Database>;

/**
 * The WhatsApp templates Meta approved for this number, as a supervisor copies them from
 * WhatsApp Manager (setting `broadcasts.whatsapp_templates`). A blast may use only these:
 * recipients are usually outside the 24-hour window, where free text fails with 131047.
 */
export interface ApprovedTemplate {
  name: string;
  /** Meta's language code: id, en, en_US. */
  language: string;
  /** The body as approved, with {{1}}, {{2}} ... where the parameters go. */
  body: string;
}

const SETTING = 'broadcasts.whatsapp_templates';
const NAME = /^[a-z0-9_]{1,512}$/;
const LANGUAGE = /^[a-z]{2,3}(_[A-Z]{2})?$/;
// Meta refuses body parameters with new lines, tabs or more than 4 spaces in a row (132018).
const BAD_PARAMETER = /[\n\r\t]| {5,}/;
const MAX_PARAMETER = 1024;
/** The recipient's name in a parameter, an email subject or body. */
export const NAME_PLACEHOLDER = '{{nama}}';

/** How many parameters a template body takes: its highest {{n}}. */
export function parameterCount(body: string): number {
  return Math.max(0, ...[...body.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1])));
}

/** The template's body with its parameters in place, as the recipient reads it. */
export const renderTemplate = (body: string, parameters: readonly string[]): string =>
  body.replace(/\{\{(\d+)\}\}/g, (whole, n: string) => parameters[Number(n) - 1] ?? whole);

/** `{{nama}}` becomes the recipient's name ("Bapak/Ibu" when unknown). */
export const personalise = (text: string, name: string): string => text.replaceAll(NAME_PLACEHOLDER, name.trim() || 'Bapak/Ibu');

export async function listTemplates(db: Db): Promise<ApprovedTemplate[]> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', SETTING).executeTakeFirst();
  return Array.isArray(row?.value) ? (row.value as ApprovedTemplate[]) : [];
}

function checkTemplate(t: ApprovedTemplate, i: number): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (!NAME.test(t.name)) problems.push({ field: `templates[${i}].name`, message: 'Nama template: huruf kecil, angka dan garis bawah (seperti di WhatsApp Manager)', value: t.name });
  if (!LANGUAGE.test(t.language)) problems.push({ field: `templates[${i}].language`, message: 'Kode bahasa Meta, mis. id atau en_US', value: t.language });
  if (!t.body.trim() || t.body.length > 1024) problems.push({ field: `templates[${i}].body`, message: 'Isi template 1-1024 karakter' });
  return problems;
}

/** Replaces the catalogue (admin, supervisor); audited with before and after. */
export async function saveTemplates(db: Db, actor: AuditActor, templates: ApprovedTemplate[]): Promise<ApprovedTemplate[]> {
  const problems = templates.flatMap(checkTemplate);
  const keys = templates.map((t) => `${t.name}/${t.language}`);
  keys.forEach((key, i) => {
    if (keys.indexOf(key) !== i) problems.push({ field: `templates[${i}]`, message: `Template ${key} disebut dua kali` });
  });
  if (problems.length) throw validation('Daftar template tidak valid', problems);
  const clean = templates.map((t) => ({ name: t.name, language: t.language, body: t.body }));
  return db.transaction().execute(async (trx) => {
    const before = await listTemplates(trx);
    await trx
      .insertInto('settings')
      .values({ key: SETTING, value: json(clean) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json(clean), updated_at: new Date() }))
      .execute();
    await recordAudit(trx, actor, { action: 'broadcast.templates', entity: 'setting', entityId: SETTING, before, after: clean });
    return clean;
  });
}

/** Problems with a blast's template choice: approved name and language, exact parameters. */
export function templateProblems(catalogue: ApprovedTemplate[], name: string, language: string, parameters: readonly string[]): ErrorDetail[] {
  const template = catalogue.find((t) => t.name === name && t.language === language);
  if (!template) {
    return [{ field: 'template.name', message: `Template ${name} (${language}) belum terdaftar sebagai template yang disetujui`, value: name }];
  }
  const expected = parameterCount(template.body);
  const problems: ErrorDetail[] = [];
  if (parameters.length !== expected) problems.push({ field: 'template.parameters', message: `Template ${name} membutuhkan ${expected} parameter, bukan ${parameters.length}` });
  parameters.forEach((p, i) => {
    if (!p.trim()) problems.push({ field: `template.parameters[${i}]`, message: 'Parameter tidak boleh kosong' });
    else if (p.length > MAX_PARAMETER || BAD_PARAMETER.test(p)) problems.push({ field: `template.parameters[${i}]`, message: 'Parameter tanpa baris baru, tab atau lebih dari 4 spasi berturut-turut (maks. 1024 karakter)', value: p });
  });
  return problems;
}

export const findTemplate = (catalogue: ApprovedTemplate[], name: string, language: string): ApprovedTemplate | undefined =>
  catalogue.find((t) => t.name === name && t.language === language);
