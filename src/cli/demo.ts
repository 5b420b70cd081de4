import type { Command } from 'commander';
import { loadConfig } from '../platform/config.ts';
import { formatDecimal, formatNumber } from '../platform/format.ts';
import { generateDemoData, progressLine } from '../demo/generate.ts';
import { DEFAULT_DEMO, parseDemoOptions, type RawDemoOptions } from '../demo/options.ts';
import { withDatabase } from './database.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Generate realistic demo records for every section of the monthly report (tickets, escalations, ratings, chatbot, bookings, broadcasts, outreach, knowledge base); re-running replaces the demo records of those months')
    .option('--months <n>', 'how many months, ending with --end-month', String(DEFAULT_DEMO.months))
    .option('--seed <n>', 'the same seed gives the same data', String(DEFAULT_DEMO.seed))
    .option('--end-month <YYYY-MM>', 'the last month (default: the current month in Asia/Jakarta, filled up to now)')
    .option('--tickets-per-month <n>', 'tickets of an average month', String(DEFAULT_DEMO.ticketsPerMonth))
    .option('--scale-month <YYYY-MM>', 'one month that gets --scale-tickets tickets instead (benchmarks)')
    .option('--scale-tickets <n>', 'tickets of --scale-month, e.g. 1000000')
    .action(async (raw: RawDemoOptions) => {
      const options = parseDemoOptions(raw);
      const summary = await withDatabase(loadConfig(), (h) => generateDemoData(h.db, options, (month) => console.log(progressLine(month))));
      console.log(`Data demo selesai: ${summary.months.length} bulan, ${formatNumber(summary.tickets)} tiket, `
        + `${formatNumber(summary.knowledgeBase)} artikel knowledge base${summary.noteMonth ? `, evaluasi ${summary.noteMonth}` : ''} `
        + `(${formatDecimal(summary.ms / 1000, 1)} s).`);
      if (summary.createdAccounts.length > 0) {
        console.log(`Demo accounts created without a password (set one to log in): ${summary.createdAccounts.join(', ')}`);
      }
    });
}
