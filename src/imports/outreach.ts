import { sql } from 'kysely';
import { OUTREACH_LISTS, OUTREACH_METRICS } from '../outreach/metrics.ts';
import { RowProblem, type Cells } from './cells.ts';
import { keyed } from './lookups.ts';
import { matchKey } from './values.ts';
import { countUpserts, recordset, type Db, type KindSpec, type WriteCounts } from './spec.ts';

export type OutreachRow =
  | { type: 'figure'; month: string; metric: string; value: number }
  | { type: 'item'; month: string; list: string; date: string | null; title: string; item_type: string };

const METRICS = keyed(OUTREACH_METRICS.flatMap((m) => [[m.name, m.name], [m.label, m.name]] as const));
const LISTS = keyed(Object.entries(OUTREACH_LISTS).flatMap(([name, label]) => [[name, name], [label, name]] as const));
const NAME = /^[a-z][a-z0-9_]*$/;

/** A known metric or list by name or label; any other name as given, in lower snake case. */
function nameOf(cells: Cells, column: string, known: ReadonlyMap<string, string>): string {
  const text = cells.text(column);
  const name = known.get(matchKey(text)) ?? text;
  if (!NAME.test(name)) throw new RowProblem(column, text, 'nama harus huruf kecil_dengan_garis_bawah (lower snake case), misalnya website_active_users');
  return name;
}

function parseOutreach(cells: Cells): OutreachRow {
  const month = cells.month('month');
  if (!month) throw new RowProblem('month', '', 'wajib diisi (required)');
  const hasMetric = cells.text('metric') !== '';
  const hasList = cells.text('list') !== '';
  if (hasMetric === hasList) {
    throw new RowProblem(hasMetric ? 'list' : 'metric', '', 'isi metric (angka) atau list (daftar), salah satu (give either a metric or a list)');
  }
  if (hasMetric) {
    const value = cells.decimal('value');
    if (value === null) throw new RowProblem('value', '', 'wajib diisi untuk metric (required with a metric)');
    return { type: 'figure', month, metric: nameOf(cells, 'metric', METRICS), value };
  }
  return { type: 'item', month, list: nameOf(cells, 'list', LISTS), date: cells.date('date'), title: cells.required('title'), item_type: cells.text('type') };
}

async function writeFigures(trx: Db, rows: OutreachRow[], userId: number | null): Promise<WriteCounts> {
  if (!rows.length) return { inserted: 0, updated: 0 };
  const { rows: upserted } = await sql<{ inserted: boolean }>`
    insert into outreach_figures (month, metric, value, updated_by, updated_at)
    select x.month, x.metric, x.value, ${userId}, now() from ${recordset(rows, { month: 'text', metric: 'text', value: 'numeric' })}
    on conflict (month, metric) do update set value = excluded.value, updated_by = excluded.updated_by, updated_at = now()
    returning (xmax = 0) as inserted`.execute(trx);
  return countUpserts(upserted);
}

async function writeItems(trx: Db, rows: OutreachRow[]): Promise<WriteCounts> {
  if (!rows.length) return { inserted: 0, updated: 0 };
  const { rows: upserted } = await sql<{ inserted: boolean }>`
    insert into outreach_items (month, list, date, title, type, updated_at)
    select x.month, x.list, x.date, x.title, x.item_type, now()
    from ${recordset(rows, { month: 'text', list: 'text', date: 'date', title: 'text', item_type: 'text' })}
    on conflict (month, list, title, coalesce(date, '1900-01-01'::date)) do update set type = excluded.type, updated_at = now()
    returning (xmax = 0) as inserted`.execute(trx);
  return countUpserts(upserted);
}

/**
 * docs/import.md, outreach: long format, figure rows (month, metric, value) and list rows
 * (month, list, date, title, type) in one file. No id: a row for a (month, metric) or an
 * item already stored overwrites it and counts as updated.
 */
export const OUTREACH: KindSpec<OutreachRow, null> = {
  required: ['month'],
  checkHeader(columns) {
    const figures = columns.has('metric') && columns.has('value');
    const lists = columns.has('list') && columns.has('title');
    return figures || lists ? null
      : 'Kolom tidak lengkap: perlu metric dan value, atau list dan title (missing columns: metric and value, or list and title)';
  },
  idColumn: null,
  prepare: () => Promise.resolve(null),
  parse: parseOutreach,
  batchKey: (row) => (row.type === 'figure' ? `figure:${row.month}:${row.metric}` : `item:${row.month}:${row.list}:${row.title}:${row.date ?? ''}`),
  async write(trx, rows, _state, context) {
    const figures = await writeFigures(trx, rows.filter((r) => r.type === 'figure'), context.actor.userId);
    const items = await writeItems(trx, rows.filter((r) => r.type === 'item'));
    return { inserted: figures.inserted + items.inserted, updated: figures.updated + items.updated };
  },
};
