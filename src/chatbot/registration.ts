/**
 * The registration form the bot asks for (seed page 19): Nama, Daerah, Instansi/SKPD, Email and
 * Pertanyaan "dengan format". People type it in many ways, so parsing is tolerant: any case,
 * extra spaces, a missing colon, WhatsApp bold, bullets, a hint in brackets ("Email (contoh:
 * zzz@yyy.com) :"), values on the line after their label, and a question over several lines.
 */
import type { RegionMatcher } from '../directory/region-matcher.ts';
import type { Region } from '../directory/regions.ts';
import { normaliseEmail } from '../contacts/identity.ts';

export type Field = 'name' | 'region' | 'institution' | 'email' | 'question';
export const FIELDS: readonly Field[] = ['name', 'region', 'institution', 'email', 'question'];

export const FIELD_LABELS: Readonly<Record<Field, string>> = {
  name: 'Nama',
  region: 'Daerah',
  institution: 'Instansi/SKPD',
  email: 'Email',
  question: 'Pertanyaan',
};

/** What people write for each label, longest first so that "nama lengkap" wins over "nama". */
const ALIASES: readonly (readonly [string, Field])[] = (
  [
    ['nama lengkap', 'name'],
    ['nama', 'name'],
    ['asal daerah', 'region'],
    ['daerah', 'region'],
    ['instansi / skpd', 'institution'],
    ['instansi/ skpd', 'institution'],
    ['instansi /skpd', 'institution'],
    ['instansi/skpd', 'institution'],
    ['instansi/opd', 'institution'],
    ['instansi', 'institution'],
    ['skpd', 'institution'],
    ['opd', 'institution'],
    ['alamat email', 'email'],
    ['alamat e-mail', 'email'],
    ['e-mail', 'email'],
    ['e mail', 'email'],
    ['email', 'email'],
    ['surel', 'email'],
    ['pertanyaan', 'question'],
  ] as const
).toSorted((a, b) => b[0].length - a[0].length);

export interface ParsedForm {
  /** Non-empty values by field; a label left empty is absent. */
  fields: Partial<Record<Field, string>>;
  /** Text before the first label (all of it when there is no label). */
  unlabelled: string;
}

interface LabelLine {
  field: Field;
  rest: string;
}

// Bullets, numbering and WhatsApp emphasis before a label: "- ", "1. ", "*Nama*".
const LINE_PREFIX = /^[\s*_~•·\-–—]*(?:\d{1,2}[.)]\s*)?[*_~]*/u;
// After the label: optional emphasis, an optional hint in brackets, then a colon (or = or -).
const AFTER_LABEL = /^[*_~]*\s*(\([^)]*\))?\s*[*_~]*\s*([:：=]|-(?=\s))?[*_~]*\s*/u;

/** The label a line starts with, and what follows it; strict lines need a colon. */
function labelOf(line: string, strict: boolean): LabelLine | null {
  const prefix = LINE_PREFIX.exec(line)?.[0] ?? '';
  const body = line.slice(prefix.length);
  const lower = body.toLowerCase();
  for (const [alias, field] of ALIASES) {
    if (!lower.startsWith(alias)) continue;
    const next = body.charAt(alias.length);
    // "Namanya Budi" is not the label "Nama".
    if (next !== '' && !/[\s:：=(*_~-]/u.test(next)) continue;
    const after = AFTER_LABEL.exec(body.slice(alias.length));
    const separator = after?.[2];
    if (strict && separator === undefined) continue;
    return { field, rest: body.slice(alias.length + (after?.[0].length ?? 0)) };
  }
  return null;
}

const oneLine = (lines: string[]): string => lines.join(' ').replace(/\s+/g, ' ').trim();
const manyLines = (lines: string[]): string => lines.map((l) => l.trimEnd()).join('\n').trim();

/**
 * Splits a message into labelled fields. A value runs from its label to the next label. A label
 * without a colon ("Nama Budi") counts only where a value cannot be meant: not on the line after
 * an empty label ("Daerah:" then "Daerah Istimewa Yogyakarta"), and not inside the question, so
 * "Daerah kami belum menerima DAU" stays in the question while "Email: ..." still starts a field.
 */
export function parseRegistration(text: string): ParsedForm {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fields: Partial<Record<Field, string>> = {};
  const before: string[] = [];
  let current: { field: Field; lines: string[] } | null = null;
  const flush = (): void => {
    if (current === null) return;
    const value = current.field === 'question' ? manyLines(current.lines) : oneLine(current.lines);
    if (value !== '') fields[current.field] = value;
  };
  for (const line of lines) {
    const strict = current !== null && (current.field === 'question' || current.lines.every((l) => l.trim() === ''));
    const label = labelOf(line, strict);
    if (label === null) {
      (current?.lines ?? before).push(line);
      continue;
    }
    flush();
    current = { field: label.field, lines: [label.rest] };
  }
  flush();
  return { fields, unlabelled: manyLines(before) };
}

/** "Nama: \nDaerah: " for the given fields, prefilled with values where given. */
export function formatTemplate(fields: readonly Field[], values: Partial<Record<Field, string>> = {}): string {
  return fields.map((field) => `${FIELD_LABELS[field]}: ${values[field] ?? ''}`).join('\n');
}

/** What the bot has collected so far (valid values only). */
export interface Registration {
  name?: string;
  regionCode?: string;
  regionName?: string;
  institution?: string;
  email?: string;
  question?: string;
}

export type RegionChoice = Pick<Region, 'code' | 'name'>;

export type Problem =
  | { field: 'region'; kind: 'unknown'; value: string }
  | { field: 'email'; kind: 'invalid'; value: string };

export interface Review {
  registration: Registration;
  problems: Problem[];
  /** Set when the typed region names several places: ask which one. */
  regionChoices?: RegionChoice[];
}

const MAX_TEXT = { name: 200, institution: 200, question: 4000 } as const;
const clip = (value: string, max: number): string => value.replace(/[ \t]+/g, ' ').trim().slice(0, max);

/** Folds typed fields into what was collected: valid values replace old ones, invalid ones are reported. */
export function applyFields(collected: Registration, fields: Partial<Record<Field, string>>, matcher: RegionMatcher): Review {
  const registration: Registration = { ...collected };
  const problems: Problem[] = [];
  let regionChoices: RegionChoice[] | undefined;
  if (fields.name !== undefined) registration.name = clip(fields.name, MAX_TEXT.name);
  if (fields.institution !== undefined) registration.institution = clip(fields.institution, MAX_TEXT.institution);
  if (fields.question !== undefined) registration.question = fields.question.trim().slice(0, MAX_TEXT.question);
  if (fields.email !== undefined) {
    const email = normaliseEmail(fields.email);
    if (email === null) problems.push({ field: 'email', kind: 'invalid', value: fields.email });
    else registration.email = email;
  }
  if (fields.region !== undefined) {
    const match = matcher.match(fields.region);
    if (match.status === 'matched') {
      registration.regionCode = match.region.code;
      registration.regionName = match.region.name;
    } else if (match.status === 'ambiguous') {
      regionChoices = match.candidates.map((r) => ({ code: r.code, name: r.name }));
    } else {
      problems.push({ field: 'region', kind: 'unknown', value: fields.region });
    }
  }
  return regionChoices === undefined ? { registration, problems } : { registration, problems, regionChoices };
}

const HAS: Readonly<Record<Field, (r: Registration) => boolean>> = {
  name: (r) => !!r.name,
  region: (r) => !!r.regionCode,
  institution: (r) => !!r.institution,
  email: (r) => !!r.email,
  question: (r) => !!r.question,
};

/** Fields still without a valid value, in form order. */
export const missingFields = (registration: Registration): Field[] => FIELDS.filter((field) => !HAS[field](registration));

/** "Kabupaten Pasuruan" → "Kab. Pasuruan", a province → "Prov. Jawa Timur": short enough for a button. */
export function shortRegionName(region: RegionChoice): string {
  if (!region.code.includes('.')) return `Prov. ${region.name}`;
  return region.name.replace(/^Kabupaten /, 'Kab. ');
}

/** Which of the offered regions a reply means: its number, its name (short or full), or null. */
export function pickRegion(choices: readonly RegionChoice[], reply: string, matcher: RegionMatcher): RegionChoice | null {
  const typed = reply.trim();
  if (/^\d{1,2}$/.test(typed)) return choices[Number(typed) - 1] ?? null;
  const lower = typed.toLowerCase();
  const byName = choices.find((c) => c.name.toLowerCase() === lower || shortRegionName(c).toLowerCase() === lower);
  if (byName) return byName;
  const match = matcher.match(typed);
  return match.status === 'matched' ? (choices.find((c) => c.code === match.region.code) ?? null) : null;
}
