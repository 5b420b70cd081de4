import { AppError } from './errors.ts';

/** Indonesian (id-ID) formatting for reports and the UI; dates always in an explicit time zone. */

const LOCALE = 'id-ID';
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

export const MONTH_NAMES = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

// Fixed here rather than from ICU so chart labels ('Des-24') cannot drift between Node versions.
const SHORT_MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const;

// Building an Intl formatter is far slower than using one, so each option set is built once.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALE, options)));
  return f;
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(LOCALE, options)));
  return f;
}

/** ICU emits U+00A0 / U+202F in some patterns; plain spaces survive CSV, PDF and copy-paste. */
const plainSpaces = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

/** 1010 → '1.010'; with fractionDigits, exactly that many decimals: (118.7, 2) → '118,70'. */
export function formatNumber(n: number, fractionDigits = 0): string {
  return plainSpaces(
    numberFormat({ minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(n),
  );
}

/** At most `digits` decimals, trailing zeros dropped: (118.7, 2) → '118,7', (100, 1) → '100'. */
export function formatDecimal(n: number, digits: number): string {
  return plainSpaces(numberFormat({ maximumFractionDigits: digits }).format(n));
}

/** A fraction as a percentage with two decimals: 0.8158 → '81,58%'. */
export function formatShare(fraction: number): string {
  return plainSpaces(
    numberFormat({ style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fraction),
  );
}

/** A whole percentage: 16 → '16%'. */
export function formatPercent(wholePercent: number): string {
  return `${formatNumber(wholePercent)}%`;
}

/**
 * Rounds half away from zero (half up on the magnitude), as reports do by hand:
 * 16.5 → 17, -22.5 → -23, 2.4999 → 2. Math.round alone would give -22 for -22.5.
 */
export function roundHalfUp(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r; // no -0
}

/** Whole-percent change from base to value; null when base is 0 (no percentage exists). */
export function percentChange(value: number, base: number): number | null {
  if (base === 0) return null;
  // Multiply before dividing: for integer counts an exact .5 then stays exact (0.145 * 100 would not).
  return roundHalfUp(((value - base) * 100) / base);
}

/**
 * The words reports use for a change: 'naik 16%', 'turun 23%', 'sama', 'naik kurang dari 1%'.
 * From zero there is no percentage, so it is said in words: 'naik dari 0', or with a noun
 * (what is counted) 'naik dari 0 menjadi 5 pengaduan'.
 */
export function describeChange(value: number, base: number, noun?: string): string {
  if (value === base) return 'sama';
  const direction = value > base ? 'naik' : 'turun';
  const pct = percentChange(value, base);
  if (pct === null) return noun ? `${direction} dari 0 menjadi ${formatNumber(value)} ${noun}` : `${direction} dari 0`;
  if (pct === 0) return `${direction} kurang dari 1%`;
  return `${direction} ${formatPercent(Math.abs(pct))}`;
}

function checkInstant(instant: Date): Date {
  if (Number.isNaN(instant.getTime())) throw new AppError('validation', 'Invalid date/time: Invalid Date');
  return instant;
}

/** '05/01/2025' */
export function formatDate(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const f = dateFormat({ timeZone, day: '2-digit', month: '2-digit', year: 'numeric' });
  return plainSpaces(f.format(checkInstant(instant)));
}

/** '5 Januari 2025' */
export function formatDateLong(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const f = dateFormat({ timeZone, day: 'numeric', month: 'long', year: 'numeric' });
  return plainSpaces(f.format(checkInstant(instant)));
}

/**
 * '05/01/2025 08.15' (id-ID writes time with a dot). Date and time are formatted separately and
 * joined with a space, because the joining punctuation ICU uses has changed between versions.
 */
export function formatDateTime(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const time = dateFormat({ timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${formatDate(instant, timeZone)} ${plainSpaces(time.format(instant))}`;
}

/** 1 → 'Januari' .. 12 → 'Desember'. */
export function monthName(month1to12: number): string {
  const name = MONTH_NAMES[month1to12 - 1];
  if (!Number.isInteger(month1to12) || name === undefined) {
    throw new AppError('validation', `Invalid month ${month1to12}: expected 1-12`);
  }
  return name;
}

function parseYearMonth(yearMonth: string): { year: string; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  const month = m ? Number(m[2]) : NaN;
  if (!m?.[1] || !(month >= 1 && month <= 12)) {
    throw new AppError('validation', `Invalid month '${yearMonth}': expected YYYY-MM`, [
      { message: 'expected YYYY-MM', value: yearMonth },
    ]);
  }
  return { year: m[1], month };
}

/** '2025-01' → 'Januari 2025' */
export function formatMonthYear(yearMonth: string): string {
  const { year, month } = parseYearMonth(yearMonth);
  return `${monthName(month)} ${year}`;
}

/** '2024-12' → 'Des-24', the chart-axis label. */
export function formatMonthShort(yearMonth: string): string {
  const { year, month } = parseYearMonth(yearMonth);
  return `${SHORT_MONTH_NAMES[month - 1] ?? ''}-${year.slice(2)}`;
}
