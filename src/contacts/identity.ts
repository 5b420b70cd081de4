import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Recognising one requester across channels: a WhatsApp wa_id, a number typed into a web form and an
 * e-mail address are reduced to one canonical string each, so they can be compared and stored.
 */

// A phone number with letters is a vanity number, a note ("0811... (WA)") or not a number at all.
const HAS_LETTER = /\p{L}/u;
// WhatsApp wa_ids and many forms give the country code without a plus. Indonesians dial national
// numbers with a leading 0, so bare digits starting with 62 are far likelier to be +62 than a number
// in the 062x area codes; libphonenumber alone reads "62213450123" as national.
const PREFIXLESS_INDONESIAN = /^62\d+$/;
const FORMATTING = /[\s().\-\u2010-\u2015]/g;

/** E.164 ("+628111504207") for Indonesian numbers in any usual form and foreign numbers with a plus; else null. */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '' || HAS_LETTER.test(trimmed)) return null;

  const compact = trimmed.replace(FORMATTING, '');
  const candidates = PREFIXLESS_INDONESIAN.test(compact) ? [`+${compact}`, trimmed] : [trimmed];
  for (const candidate of candidates) {
    const parsed = parsePhoneNumberFromString(candidate, 'ID');
    // Too short or too long for its country: service numbers such as 150420 or 112 are not a person's phone.
    if (parsed?.isPossible()) return parsed.number;
  }
  return null;
}

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;
// Characters that cannot appear unquoted in an address; quoted local parts are too rare to support.
const LOCAL_PART = /^[^\s@<>()[\]\\,;:"]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/** "Budi <budi@x.id>", "<budi@x.id>", "mailto:budi@x.id?subject=..." → "budi@x.id". */
function extractAddress(input: string): string {
  let s = input.trim();
  const open = s.lastIndexOf('<');
  if (open !== -1 && s.endsWith('>')) s = s.slice(open + 1, -1).trim();
  if (/^mailto:/i.test(s)) {
    s = s.slice('mailto:'.length);
    // In a mailto URI, '?' starts the headers (subject, body).
    const query = s.indexOf('?');
    if (query !== -1) s = s.slice(0, query);
  }
  return s;
}

/** A pragmatic syntax check (no DNS): one @, no spaces, a dotted domain of well-formed labels. */
function isAddress(address: string): boolean {
  if (address.length > MAX_EMAIL_LENGTH) return false;
  const parts = address.split('@');
  if (parts.length !== 2) return false;
  const [local = '', domain = ''] = parts;
  if (local.length === 0 || local.length > MAX_LOCAL_PART_LENGTH || !LOCAL_PART.test(local)) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  // A numeric top-level label means an IP address or a typo, not a mailbox we can reach.
  const tld = labels[labels.length - 1] ?? '';
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && HAS_LETTER.test(tld);
}

/**
 * Trimmed and lower-cased address, without a display name, angle brackets or "mailto:"; null when it
 * is not a plausible address. Lower-casing the local part is technically lossy, but no mail system we
 * meet treats Budi@ and budi@ as different people.
 */
export function normaliseEmail(input: string): string | null {
  const address = extractAddress(input).toLowerCase();
  return isAddress(address) ? address : null;
}

/** Whether normaliseEmail can make an address of the input. */
export function isValidEmail(input: string): boolean {
  return normaliseEmail(input) !== null;
}
