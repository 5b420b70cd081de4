import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ensureDemoStaff } from '../users/bootstrap.ts';
import { formatNumber } from '../platform/format.ts';
import { generateDemoData, progressLine } from './generate.ts';
import { parseDemoOptions, type DemoOptions } from './options.ts';

type Db = Kysely<Database>;

export interface DemoStartup {
  /** SAPA_DEMO (config.demo). */
  demo: boolean;
  /** The admin password Sapa just generated: the demo accounts get the same one. */
  adminPassword?: string | undefined;
  log?: (line: string) => void;
  /** Overrides of the defaults (STARTUP_MONTHS ending now), for tests. */
  generation?: Partial<DemoOptions>;
}

/**
 * 13 complete months plus the current, partial one: the last complete month's report then has
 * its previous month and the same month a year earlier.
 */
export const STARTUP_MONTHS = 14;

async function hasTickets(db: Db): Promise<boolean> {
  return (await db.selectFrom('tickets').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * `npm start` (serve --demo-if-empty): when SAPA_DEMO allows it, creates the demo accounts and,
 * on a database without tickets, STARTUP_MONTHS months of demo records. Returns the accounts created.
 */
export async function seedDemoIfEmpty(db: Db, startup: DemoStartup): Promise<string[]> {
  if (!startup.demo) return [];
  const log = startup.log ?? ((line: string) => console.log(line));
  const staff = startup.adminPassword ? await ensureDemoStaff(db, startup.adminPassword) : [];
  if (await hasTickets(db)) return staff;
  const options = { ...parseDemoOptions({}), months: STARTUP_MONTHS, ...startup.generation };
  log(`Database kosong: membuat data demo ${options.months} bulan (SAPA_DEMO=0 untuk melewati) ...`);
  const summary = await generateDemoData(db, options, (month) => log(progressLine(month)));
  log(`Data demo selesai: ${formatNumber(summary.tickets)} tiket dalam ${formatNumber(Math.round(summary.ms / 1000))} s.`);
  return staff;
}
