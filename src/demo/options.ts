import { validation } from '../platform/errors.ts';
import { jakartaMonthRange } from '../platform/month.ts';

/** What `sapa demo` generates. */
export interface DemoOptions {
  /** How many months, ending with endMonth. */
  months: number;
  /** The same seed gives the same data. */
  seed: number;
  /** YYYY-MM; not after the current month. */
  endMonth: string;
  /** Tickets of an average full month (each month varies with a seasonal wave and noise). */
  ticketsPerMonth: number;
  /** One month filled with exactly this many tickets (benchmarks). */
  scale?: { month: string; tickets: number } | undefined;
  /** Records stop here: the current month gets data up to now only. */
  now: Date;
}

export const DEFAULT_DEMO = { months: 13, seed: 1, ticketsPerMonth: 1000 } as const;
const MAX_TICKETS = 10_000_000;

/** The month (YYYY-MM) an instant falls in, in Asia/Jakarta. */
export function jakartaMonthOf(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);
}

export function shiftMonth(month: string, delta: number): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  const d = new Date(Date.UTC(year, index - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

/** The `count` months ending with `end`, oldest first. */
export function monthsEnding(end: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(end, i - count + 1));
}

function wholeNumber(field: string, raw: string | number | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw validation(`--${field} must be a whole number from ${min} to ${max}`, [{ field, message: `a whole number from ${min} to ${max}`, value: raw }]);
  }
  return value;
}

function month(field: string, raw: string, now: Date): string {
  jakartaMonthRange(raw); // validates YYYY-MM
  if (raw > jakartaMonthOf(now)) throw validation(`--${field} ${raw} is in the future`, [{ field, message: 'not after the current month', value: raw }]);
  return raw;
}

export interface RawDemoOptions {
  months?: string | number;
  seed?: string | number;
  endMonth?: string;
  ticketsPerMonth?: string | number;
  scaleMonth?: string;
  scaleTickets?: string | number;
}

/** Checks the command's options; the defaults make 13 months ending with the current one. */
export function parseDemoOptions(raw: RawDemoOptions, now = new Date()): DemoOptions {
  const endMonth = raw.endMonth ? month('end-month', raw.endMonth, now) : jakartaMonthOf(now);
  if ((raw.scaleMonth === undefined) !== (raw.scaleTickets === undefined)) {
    throw validation('--scale-month and --scale-tickets go together', [{ field: 'scale-month', message: 'give both or neither' }]);
  }
  const options: DemoOptions = {
    months: wholeNumber('months', raw.months, DEFAULT_DEMO.months, 1, 120),
    seed: wholeNumber('seed', raw.seed, DEFAULT_DEMO.seed, 0, 1_000_000),
    endMonth,
    ticketsPerMonth: wholeNumber('tickets-per-month', raw.ticketsPerMonth, DEFAULT_DEMO.ticketsPerMonth, 0, MAX_TICKETS),
    now,
  };
  if (raw.scaleMonth !== undefined) {
    const scaleMonth = month('scale-month', raw.scaleMonth, now);
    if (!monthsEnding(endMonth, options.months).includes(scaleMonth)) {
      throw validation(`--scale-month ${scaleMonth} is not one of the generated months`, [{ field: 'scale-month', message: `between ${shiftMonth(endMonth, 1 - options.months)} and ${endMonth}`, value: scaleMonth }]);
    }
    options.scale = { month: scaleMonth, tickets: wholeNumber('scale-tickets', raw.scaleTickets, 0, 0, MAX_TICKETS) };
  }
  return options;
}
