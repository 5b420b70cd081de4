import { percentChange } from '../platform/format.ts';
import type { Comparable } from './types.ts';
import type { ReportMonths } from './month.ts';

export function comparable(value: number, previous: number, lastYear: number): Comparable {
  return {
    value,
    previous,
    last_year: lastYear,
    change_previous_pct: percentChange(value, previous),
    change_last_year_pct: percentChange(value, lastYear),
  };
}

export interface PerMonth<T> {
  month: T;
  previous: T;
  lastYear: T;
}

/** Runs the same query for the three report months at once (independent, so in parallel). */
export async function acrossMonths<T>(months: ReportMonths, query: (month: string) => Promise<T>): Promise<PerMonth<T>> {
  const [month, previous, lastYear] = await Promise.all([query(months.month), query(months.previous), query(months.lastYear)]);
  return { month, previous, lastYear };
}

/** A comparable from a count per month. */
export async function compareCounts(months: ReportMonths, count: (month: string) => Promise<number>): Promise<Comparable> {
  const c = await acrossMonths(months, count);
  return comparable(c.month, c.previous, c.lastYear);
}

/** A comparable of one key from per-month count maps (absent = 0). */
export function comparableOf(maps: PerMonth<ReadonlyMap<string, number>>, key: string): Comparable {
  return comparable(maps.month.get(key) ?? 0, maps.previous.get(key) ?? 0, maps.lastYear.get(key) ?? 0);
}

/** Share of a total, 0 when the total is 0 (no division by zero in JSON). */
export const shareOf = (count: number, total: number): number => (total === 0 ? 0 : count / total);
