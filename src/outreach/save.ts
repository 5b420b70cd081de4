import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { recordAudit } from '../audit/service.ts';
import type { AuditActor } from '../auth/actor.ts';
import { validation, type ErrorDetail } from '../platform/errors.ts';
import { outreachMetric } from './metrics.ts';
import { checkMonth, getOutreachMonth, OUTREACH_LIST_NAMES, type OutreachFormView, type OutreachItem, type OutreachListName } from './form.ts';

type Db = Kysely<Database>;

export interface OutreachChanges {
  /** metric -> value; null deletes the month's figure. Metrics left out stay as they are. */
  figures: Record<string, number | null>;
  /** A list given replaces the month's list; lists left out stay as they are. */
  lists?: Partial<Record<string, { date?: string | null | undefined; title: string; type?: string | undefined }[]>> | undefined;
}

const MAX_VALUE = 1e12;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isDate = (text: string): boolean => {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().startsWith(text);
};

function checkFigures(figures: OutreachChanges['figures']): ErrorDetail[] {
  return Object.entries(figures).flatMap(([name, value]): ErrorDetail[] => {
    if (!outreachMetric(name)) return [{ field: `figures.${name}`, message: 'bukan metrik yang dikenal', value: name }];
    if (value !== null && !(Number.isFinite(value) && value >= 0 && value <= MAX_VALUE)) return [{ field: `figures.${name}`, message: 'angka 0 atau lebih', value }];
    return [];
  });
}

function cleanLists(lists: NonNullable<OutreachChanges['lists']>, problems: ErrorDetail[]): Map<OutreachListName, OutreachItem[]> {
  const out = new Map<OutreachListName, OutreachItem[]>();
  for (const [name, items] of Object.entries(lists)) {
    if (!OUTREACH_LIST_NAMES.includes(name as OutreachListName)) {
      problems.push({ field: `lists.${name}`, message: `bukan daftar yang dikenal (${OUTREACH_LIST_NAMES.join(', ')})`, value: name });
      continue;
    }
    const seen = new Set<string>();
    const clean = (items ?? []).map((item, i): OutreachItem => {
      const at = `lists.${name}[${i}]`;
      const title = item.title.trim().replace(/\s+/g, ' ');
      const date = item.date?.trim() || null;
      if (!title || title.length > 500) problems.push({ field: `${at}.title`, message: 'judul 1-500 karakter' });
      if (date && !isDate(date)) problems.push({ field: `${at}.date`, message: 'tanggal YYYY-MM-DD', value: date });
      if (seen.has(`${date}|${title}`)) problems.push({ field: at, message: 'judul dan tanggal yang sama disebut dua kali', value: title });
      seen.add(`${date}|${title}`);
      return { date, title, type: (item.type ?? '').trim().slice(0, 200) };
    });
    out.set(name as OutreachListName, clean);
  }
  return out;
}

async function writeFigures(trx: Db, month: string, figures: OutreachChanges['figures'], userId: number | null): Promise<void> {
  for (const [metric, value] of Object.entries(figures)) {
    if (value === null) {
      await trx.deleteFrom('outreach_figures').where('month', '=', month).where('metric', '=', metric).execute();
      continue;
    }
    await trx
      .insertInto('outreach_figures')
      .values({ month, metric, value, updated_by: userId })
      .onConflict((oc) => oc.columns(['month', 'metric']).doUpdateSet({ value, updated_by: userId, updated_at: new Date() }))
      .execute();
  }
}

async function writeLists(trx: Db, month: string, lists: Map<OutreachListName, OutreachItem[]>): Promise<void> {
  for (const [list, items] of lists) {
    await trx.deleteFrom('outreach_items').where('month', '=', month).where('list', '=', list).execute();
    if (items.length) await trx.insertInto('outreach_items').values(items.map((item) => ({ month, list, ...item }))).execute();
  }
}

/** What changed, for the audit log: the figures and lists touched, before and after. */
function auditPart(view: OutreachFormView, figures: string[], lists: OutreachListName[]) {
  return {
    figures: Object.fromEntries(figures.map((name) => [name, view.metrics.find((m) => m.name === name)?.value ?? null])),
    lists: Object.fromEntries(lists.map((name) => [name, view.lists[name]])),
  };
}

/** Saves the month's form (admin, supervisor): validated names and values, audited with before and after. */
export async function saveOutreachMonth(db: Db, actor: AuditActor, month: string, changes: OutreachChanges): Promise<OutreachFormView> {
  checkMonth(month);
  const problems = checkFigures(changes.figures);
  const lists = cleanLists(changes.lists ?? {}, problems);
  if (problems.length) throw validation('Angka kehumasan tidak valid', problems);
  const names = Object.keys(changes.figures);
  const listNames = [...lists.keys()];
  return db.transaction().execute(async (trx) => {
    const before = await getOutreachMonth(trx, month);
    await writeFigures(trx, month, changes.figures, actor.userId);
    await writeLists(trx, month, lists);
    const after = await getOutreachMonth(trx, month);
    await recordAudit(trx, actor, { action: 'outreach.update', entity: 'outreach_month', entityId: month, before: auditPart(before, names, listNames), after: auditPart(after, names, listNames) });
    return after;
  });
}
