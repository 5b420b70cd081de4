import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { getServiceHours, loadCalendar } from '../platform/calendar-service.ts';
import { formatMonthYear, formatNumber, formatDecimal } from '../platform/format.ts';
import { getBookingRules } from '../bookings/rules.ts';
import { ensureContactPool, loadRegions } from './contacts.ts';
import { demoStaff } from './staff.ts';
import { generateMonth, type GenerationContext, type DemoMonthResult } from './generate-month.ts';
import { replaceKnowledgeBase } from './knowledge.ts';
import { writeDemoNote } from './notes.ts';
import { monthsEnding } from './options.ts';
import type { DemoOptions } from './options.ts';
import { elapsedShare } from './volume.ts';
import { jakartaMonthRange } from '../platform/month.ts';

type Db = Kysely<Database>;

export type { DemoMonthResult };

export interface DemoSummary {
  months: DemoMonthResult[];
  tickets: number;
  knowledgeBase: number;
  /** The month that got the "Evaluasi dan Saran" text (the last complete one), if any. */
  noteMonth: string | null;
  /** Demo accounts created by this run, without a password. */
  createdAccounts: string[];
  ms: number;
}

async function context(db: Db, options: DemoOptions): Promise<GenerationContext> {
  const staff = await demoStaff(db);
  const flow = await db.selectFrom('chatbot_flows').select('version').where('active', '=', true).executeTakeFirst();
  const rules = await getBookingRules(db);
  return {
    options, staff, flowVersion: flow?.version ?? null, maxGuests: rules.max_guests, slotTimes: rules.slot_times,
    pool: await ensureContactPool(db, options.seed), regions: await loadRegions(db),
    calendar: await loadCalendar(db), hours: await getServiceHours(db),
  };
}

/**
 * Generates demo records for every section of the monthly report, month by month (one
 * transaction each), replacing earlier demo rows of those months; then the knowledge base and
 * the last complete month's evaluation. The same options give the same data.
 */
export async function generateDemoData(db: Db, options: DemoOptions, onMonth?: (result: DemoMonthResult) => void): Promise<DemoSummary> {
  const started = Date.now();
  const ctx = await context(db, options);
  const results: DemoMonthResult[] = [];
  for (const month of monthsEnding(options.endMonth, options.months)) {
    const result = await db.transaction().execute((trx) => generateMonth(trx, ctx, month));
    results.push(result);
    onMonth?.(result);
  }
  // Let the planner see the new rows before the first report query.
  await sql`analyze tickets`.execute(db);
  const endOfRange = jakartaMonthRange(options.endMonth).to;
  const until = new Date(Math.min(options.now.getTime(), endOfRange.getTime()));
  const knowledgeBase = await replaceKnowledgeBase(db, options.seed, until, ctx.staff);
  const complete = results.filter((r) => elapsedShare(r.month, options.now) === 1).at(-1)?.month ?? null;
  if (complete) await writeDemoNote(db, complete, ctx.maxGuests);
  return { months: results, tickets: results.reduce((sum, r) => sum + r.tickets, 0), knowledgeBase, noteMonth: complete, createdAccounts: ctx.staff.created, ms: Date.now() - started };
}

/** "Data demo: Januari 2025 ... 1.000 tiket, 67 eskalasi, 512 sesi chatbot, 28 kunjungan (1,4 s)" */
export function progressLine(r: DemoMonthResult): string {
  return `Data demo: ${formatMonthYear(r.month)} ... ${formatNumber(r.tickets)} tiket, ${formatNumber(r.escalations)} eskalasi, `
    + `${formatNumber(r.sessions)} sesi chatbot, ${formatNumber(r.bookings)} kunjungan (${formatDecimal(r.ms / 1000, 1)} s)`;
}
