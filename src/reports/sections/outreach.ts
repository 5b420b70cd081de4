import { METRIC_FROM_LIST, OUTREACH_METRICS, outreachLabel } from '../../outreach/metrics.ts';
import type { MonthlyReport } from '../types.ts';
import { comparable } from '../comparable.ts';
import type { ReportMonths } from '../month.ts';
import { byText, type Db } from './scope.ts';

type Outreach = MonthlyReport['outreach'];

const catalogueOrder = new Map(OUTREACH_METRICS.map((m, i) => [m.name, i]));
const byCatalogue = (a: string, b: string): number =>
  (catalogueOrder.get(a) ?? Infinity) - (catalogueOrder.get(b) ?? Infinity) || a.localeCompare(b);

/**
 * Every outreach metric recorded for the month, compared with M-1 and M-12 (a month without the
 * figure counts 0). Publications and webinars not recorded as figures are counted from their lists.
 */
export async function outreachSection(db: Db, months: ReportMonths): Promise<Outreach> {
  const three = [months.month, months.previous, months.lastYear];
  const [figures, listCounts, items] = await Promise.all([
    db.selectFrom('outreach_figures').where('month', 'in', three).select(['month', 'metric', 'value']).execute(),
    db.selectFrom('outreach_items')
      .where('month', 'in', three).where('list', 'in', Object.values(METRIC_FROM_LIST))
      .select((eb) => ['month', 'list', eb.fn.countAll<number>().as('count')])
      .groupBy(['month', 'list'])
      .execute(),
    db.selectFrom('outreach_items').where('month', '=', months.month)
      .select(['list', 'date', 'title', 'type'])
      .orderBy(byText('list')).orderBy('date').orderBy('id')
      .execute(),
  ]);
  const recorded = new Map(figures.map((f) => [`${f.month}|${f.metric}`, Number(f.value)]));
  const listed = new Map(listCounts.map((c) => [`${c.month}|${c.list}`, Number(c.count)]));
  const valueOf = (metric: string, month: string): number | undefined => {
    const list = METRIC_FROM_LIST[metric];
    return recorded.get(`${month}|${metric}`) ?? (list === undefined ? undefined : listed.get(`${month}|${list}`));
  };
  const names = new Set([...figures.filter((f) => f.month === months.month).map((f) => f.metric), ...Object.keys(METRIC_FROM_LIST)]);
  const metrics: Outreach['metrics'] = {};
  for (const name of [...names].sort(byCatalogue)) {
    const value = valueOf(name, months.month);
    if (value === undefined) continue;
    metrics[name] = { ...comparable(value, valueOf(name, months.previous) ?? 0, valueOf(name, months.lastYear) ?? 0), label: outreachLabel(name) };
  }
  const lists: Outreach['lists'] = {};
  for (const item of items) (lists[item.list] ??= []).push({ date: item.date, title: item.title, type: item.type });
  return { metrics, lists };
}
