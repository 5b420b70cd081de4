/** Words the seed report uses for figures and comparisons (numbers id-ID, changes rounded half up). */
import { describeChange, formatDecimal, formatMonthYear, formatNumber, formatPercent, formatShare, monthName, roundHalfUp } from '../../platform/format.ts';
import type { Comparable, MonthlyReport } from '../types.ts';

export type ReportFigures = Omit<MonthlyReport, 'narrative' | 'narrative_by_section'>;

export const n = (value: number): string => formatNumber(value);
/** Decimals only where the figure has them: 36 -> '36', 12.5 -> '12,5'. */
export const d = (value: number, digits = 2): string => formatDecimal(value, digits);
export const share = formatShare;
/** A part of a whole as a whole percentage, rounded half up: (3, 42) -> '7%'. */
export const wholePercent = (part: number, whole: number): string => formatPercent(whole === 0 ? 0 : roundHalfUp((part * 100) / whole));
/** '2025-01-07' -> '7 Januari 2025' (a calendar day, no time zone involved). */
export const longDate = (isoDate: string): string =>
  `${Number(isoDate.slice(8, 10))} ${monthName(Number(isoDate.slice(5, 7)))} ${isoDate.slice(0, 4)}`;

/** The months as the seed names them. */
export interface MonthNames {
  /** 'Januari 2025' */
  month: string;
  /** 'Januari' */
  monthOnly: string;
  /** 'Januari 2024' */
  lastYear: string;
}

export const monthNames = (r: Pick<ReportFigures, 'month' | 'last_year_month'>): MonthNames => ({
  month: formatMonthYear(r.month),
  monthOnly: monthName(Number(r.month.slice(5, 7))),
  lastYear: formatMonthYear(r.last_year_month),
});

/** 'naik 25%', 'turun 4%', 'sama', 'naik kurang dari 1%' (platform/format.ts). */
export const change = (value: number, base: number): string => describeChange(value, base);

/** A change followed by its comparison word: 'naik 25% dibandingkan', or 'sama dengan' when equal. */
export function versus(value: number, base: number, connector = 'dibandingkan'): string {
  if (value !== base) return `${change(value, base)} ${connector}`;
  return connector.startsWith('dibanding') ? 'sama dengan' : `sama ${connector}`;
}

/** 'juga ' when the second change goes the same way as the first ("... juga turun 5%"). */
export const also = (value: number, first: number, second: number): string =>
  value !== first && value !== second && Math.sign(value - first) === Math.sign(value - second) ? 'juga ' : '';

/** 'a', 'a dan b', 'a, b, dan c' */
export function list(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' dan ');
  return `${items.slice(0, -1).join(', ')}, dan ${items.at(-1) ?? ''}`;
}

export interface Subject {
  /** 'Jumlah pengaduan' */
  what: string;
  /** 'pengaduan' */
  noun: string;
  /** How a figure is written; whole numbers by default. */
  format?: (value: number) => string;
}

/** With no base there is no percentage: said in words ("Pada bulan sebelumnya tidak ada pengaduan, ..."). */
function noBase(subject: Subject, baseWhen: string, thisWhen: string, value: number): string {
  return `Pada ${baseWhen} tidak ada ${subject.noun}, sedangkan pada ${thisWhen} terdapat ${(subject.format ?? n)(value)} ${subject.noun}.`;
}

/** None this month: one sentence that says what the other months had. */
function noneThisMonth(subject: Subject, thisWhen: string, bases: readonly (readonly [number, string])[]): string {
  const fmt = subject.format ?? n;
  const had = bases.filter(([base]) => base > 0).map(([base, when]) => `pada ${when} terdapat ${fmt(base)}`);
  const alike = bases.filter(([base]) => base === 0).map(([, when]) => `sama seperti ${when}, `).join('');
  return `Pada ${thisWhen} tidak ada ${subject.noun}, ${alike}sedangkan ${had.join(' dan ')}.`;
}

/**
 * The seed's sentences when the month and both bases have figures; otherwise plain sentences that
 * state the month's figure, in words where a figure is 0 (no percentage from zero).
 */
export function compared(figure: Comparable, subject: Subject, names: MonthNames, seedWords: () => string[]): string[] {
  if (figure.value > 0 && figure.previous > 0 && figure.last_year > 0) return seedWords();
  const fmt = subject.format ?? n;
  const thisWhen = `bulan ${names.month}`;
  const bases = [[figure.previous, 'bulan sebelumnya'], [figure.last_year, `bulan ${names.lastYear}`]] as const;
  if (figure.value === 0 && figure.previous === 0 && figure.last_year === 0) {
    return [`Tidak ada ${subject.noun} pada ${thisWhen}, bulan sebelumnya, maupun bulan ${names.lastYear}.`];
  }
  if (figure.value === 0) return [noneThisMonth(subject, thisWhen, bases)];
  return bases.map(([base, when]) =>
    base === 0
      ? noBase(subject, when, thisWhen, figure.value)
      : `${subject.what} pada ${thisWhen} sebanyak ${fmt(figure.value)}, ${versus(figure.value, base)} ${when} (${fmt(base)}).`);
}
