import type { ParsedEmail } from './parse.ts';

// A letter (surat masuk) names itself with these words in its subject or its first lines.
const LETTER_WORDS = [/\bsurat\b/i, /\bnomor\s+surat\b/i, /^\s*(nomor|no\.?)\s*:/im, /\bperihal\b/i, /\blampiran\b/i, /\bpermohonan\b/i, /\bundangan\b/i, /\bnota\s+dinas\b/i];
// Formal letters arrive as a scan or a document.
const DOCUMENT_TYPES = [/^application\/pdf$/, /^application\/msword$/, /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml/, /^application\/vnd\.oasis\.opendocument\.text$/];
const DOCUMENT_NAMES = /\.(pdf|docx?|odt)$/i;
const FIRST_LINES = 10;

/** Words from LETTER_WORDS found in the subject or the first lines (for explaining the verdict). */
export function letterWords(parsed: ParsedEmail): string[] {
  const start = parsed.text.split('\n').slice(0, FIRST_LINES).join('\n');
  const haystack = `${parsed.subject}\n${start}`;
  return LETTER_WORDS.flatMap((re) => {
    const found = re.exec(haystack);
    return found ? [found[0].trim().toLowerCase()] : [];
  });
}

const hasDocument = (parsed: ParsedEmail): boolean =>
  parsed.attachments.some((a) => !a.inline && (DOCUMENT_TYPES.some((re) => re.test(a.mimeType)) || DOCUMENT_NAMES.test(a.filename)));

/** Without an attached document, the letter must be typed in the mail: several letter words. */
const WORDS_WITHOUT_DOCUMENT = 3;

/** A letter submission: it names itself a letter and carries it as a document (or is clearly typed out). */
export function looksLikeLetter(parsed: ParsedEmail): boolean {
  const words = letterWords(parsed).length;
  return words >= WORDS_WITHOUT_DOCUMENT || (words > 0 && hasDocument(parsed));
}
