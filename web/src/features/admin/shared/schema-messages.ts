import type { Language } from '../../../lib/i18n.tsx';

// The server's schema validator (Ajv) words its messages in English; the most common ones are
// said here in the console's language. Messages from Sapa's own rules pass through unchanged.
const RULES: [RegExp, Record<Language, (m: RegExpExecArray) => string>][] = [
  [/^must NOT have fewer than 1 characters?$|^must have required property/, { id: () => 'Wajib diisi.', en: () => 'Required.' }],
  [/^must NOT have fewer than (\d+) characters$/, { id: (m) => `Minimal ${m[1]} karakter.`, en: (m) => `At least ${m[1]} characters.` }],
  [/^must NOT have more than (\d+) characters$/, { id: (m) => `Maksimal ${m[1]} karakter.`, en: (m) => `At most ${m[1]} characters.` }],
  [/^must match format "email"$/, { id: () => 'Alamat email tidak valid.', en: () => 'Not a valid email address.' }],
  [/^must match pattern/, { id: () => 'Formatnya tidak sesuai.', en: () => 'The format is not valid.' }],
  [/^must be >= (\S+)$/, { id: (m) => `Minimal ${m[1]}.`, en: (m) => `At least ${m[1]}.` }],
  [/^must be <= (\S+)$/, { id: (m) => `Maksimal ${m[1]}.`, en: (m) => `At most ${m[1]}.` }],
  [/^must be integer$/, { id: () => 'Harus bilangan bulat.', en: () => 'Must be a whole number.' }],
];

/** A field message in the console's language when it is one of the schema validator's. */
export function sayFieldMessage(message: string, language: Language): string {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(message);
    if (match) return say[language](match);
  }
  return message;
}
