/**
 * The value formats of import files (docs/import.md): timestamps, dates, times, booleans,
 * numbers and codes. Each parser returns undefined for text it cannot read; the caller
 * says which column and why.
 */

// Indonesia (WIB) has had no DST since 1964: a fixed UTC+7 offset is exact.
const JAKARTA_OFFSET_MS = 7 * 3_600_000;

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;
const LOCAL_DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$/;
const DMY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: 00:00(?::00)?)?$/;
// Spreadsheets store a time of day as a date-time on 1899-12-30 (or 31).
const TIME = /^(?:1899-12-3[01] )?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validParts(p: Parts): boolean {
  return p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= daysInMonth(p.year, p.month)
    && p.hour <= 23 && p.minute <= 59 && p.second <= 59;
}

const num = (text: string | undefined): number => (text === undefined ? 0 : Number(text));

function partsOf(y: string | undefined, mo: string | undefined, d: string | undefined, h?: string, mi?: string, s?: string): Parts {
  return { year: num(y), month: num(mo), day: num(d), hour: num(h), minute: num(mi), second: num(s) };
}

function offsetMs(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000;
}

function instant(p: Parts, offset: number, fraction = 0): Date | undefined {
  if (!validParts(p)) return undefined;
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) + fraction - offset);
}

/** ISO 8601 with an offset, or `YYYY-MM-DD HH:MM[:SS]` / `DD/MM/YYYY HH:MM[:SS]` in Jakarta time. */
export function parseTimestamp(text: string): Date | undefined {
  const iso = ISO_WITH_OFFSET.exec(text);
  if (iso) {
    const fraction = iso[7] ? Math.floor(Number(`0.${iso[7]}`) * 1000) : 0;
    return instant(partsOf(iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]), offsetMs(iso[8] ?? 'Z'), fraction);
  }
  const local = LOCAL_ISO.exec(text);
  if (local) return instant(partsOf(local[1], local[2], local[3], local[4], local[5], local[6]), JAKARTA_OFFSET_MS);
  const dmy = LOCAL_DMY.exec(text);
  if (dmy) return instant(partsOf(dmy[3], dmy[2], dmy[1], dmy[4], dmy[5], dmy[6]), JAKARTA_OFFSET_MS);
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` or `DD/MM/YYYY` (a spreadsheet's midnight time after it is ignored) -> 'YYYY-MM-DD'. */
export function parseDate(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  const dmy = iso ? undefined : DMY_DATE.exec(text);
  const parts = iso ? partsOf(iso[1], iso[2], iso[3]) : dmy ? partsOf(dmy[3], dmy[2], dmy[1]) : undefined;
  if (!parts || !validParts(parts)) return undefined;
  return `${String(parts.year).padStart(4, '0')}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** `HH:MM` (also `H.MM`, with seconds ignored) -> 'HH:MM'. */
export function parseTime(text: string): string | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59 || num(m[3]) > 59) return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}

/** 'YYYY-MM' (a date in that month is accepted too: spreadsheets turn 2025-01 into a date). */
export function parseMonth(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? text : undefined;
  return parseDate(text)?.slice(0, 7);
}

const TRUE_WORDS = new Set(['true', '1', 'ya', 'y', 'yes']);
const FALSE_WORDS = new Set(['false', '0', 'tidak', 'n', 'no']);

/** true/false, 1/0, ya/tidak, y/n. */
export function parseBoolean(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** A whole number, optionally written as `12.0` by a spreadsheet. */
export function parseInteger(text: string): number | undefined {
  const m = /^(-?\d+)(?:\.0+)?$/.exec(text.trim());
  if (!m) return undefined;
  const value = Number(m[1]);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A number with a dot or (without thousands separators) a comma as the decimal mark. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  const normal = /^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (!/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(normal)) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/** The form in which codes and labels are compared: no case, spaces, punctuation or accents. */
export function matchKey(text: string): string {
  // Most codes are plain ASCII: Unicode normalisation only when there is something to fold.
  const ascii = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return ascii.toLowerCase().replace(/[^a-z0-9]/g, '');
}
