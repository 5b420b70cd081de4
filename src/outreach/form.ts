import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { validation } from '../platform/errors.ts';
import { OUTREACH_LISTS, OUTREACH_METRICS, type OutreachMetric } from './metrics.ts';

type Db = Kysely<Database>;

export type OutreachListName = keyof typeof OUTREACH_LISTS;
export const OUTREACH_LIST_NAMES = Object.keys(OUTREACH_LISTS) as OutreachListName[];

export interface OutreachItem {
  date: string | null;
  title: string;
  type: string;
}

export interface OutreachFormView {
  month: string;
  previous_month: string;
  last_year_month: string;
  /** Every catalogue metric, in catalogue order; null where nothing was recorded. */
  metrics: (OutreachMetric & { value: number | null; previous: number | null; last_year: number | null })[];
  lists: Record<OutreachListName, OutreachItem[]>;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Throws a 400 unless `month` is YYYY-MM. */
export function checkMonth(month: string): string {
  if (!MONTH.test(month)) throw validation(`Bulan tidak valid: ${month}`, [{ field: 'month', message: 'Gunakan YYYY-MM, mis. 2025-01', value: month }]);
  return month;
}

/** '2025-01' shifted by -1 -> '2024-12'; by -12 -> '2024-01'. */
export function shiftMonth(month: string, by: number): string {
  const [year, index] = checkMonth(month).split('-').map(Number) as [number, number];
  const total = year * 12 + index - 1 + by;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The month's figures beside the previous month's and the same month a year earlier, and its lists. */
export async function getOutreachMonth(db: Db, month: string): Promise<OutreachFormView> {
  const previous = shiftMonth(month, -1);
  const lastYear = shiftMonth(month, -12);
  const rows = await db.selectFrom('outreach_figures').select(['month', 'metric', 'value']).where('month', 'in', [month, previous, lastYear]).execute();
  const value = (m: string, metric: string): number | null => {
    const row = rows.find((r) => r.month === m && r.metric === metric);
    return row ? Number(row.value) : null;
  };
  const items = await db
    .selectFrom('outreach_items')
    .select(['list', 'date', 'title', 'type'])
    .where('month', '=', month)
    .where('list', 'in', OUTREACH_LIST_NAMES)
    .orderBy('list')
    .orderBy('date')
    .orderBy('id')
    .execute();
  const lists = Object.fromEntries(OUTREACH_LIST_NAMES.map((name) => [name, [] as OutreachItem[]])) as Record<OutreachListName, OutreachItem[]>;
  for (const item of items) lists[item.list as OutreachListName].push({ date: item.date, title: item.title, type: item.type });
  return {
    month,
    previous_month: previous,
    last_year_month: lastYear,
    metrics: OUTREACH_METRICS.map((m) => ({ ...m, value: value(month, m.name), previous: value(previous, m.name), last_year: value(lastYear, m.name) })),
    lists,
  };
}
