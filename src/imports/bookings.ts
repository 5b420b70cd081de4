import { sql } from 'kysely';
import type { BookingKind, BookingStatus } from '../db/schema.ts';
import type { RegionMatcher } from '../directory/region-matcher.ts';
import { getRegionMatcher } from '../directory/region-service.ts';
import { RowProblem, type Cells } from './cells.ts';
import { keyed, loadCodeTables, regionOf } from './lookups.ts';
import { matchKey } from './values.ts';
import { countUpserts, recordset, type KindSpec } from './spec.ts';

export interface BookingRow {
  ref: string;
  reference: string;
  kind: BookingKind;
  date: string;
  start_time: string | null;
  visitor: string;
  region_code: string | null;
  topics: string[];
  guests: number | null;
  status: BookingStatus;
  meeting_link: string | null;
}

interface BookingState {
  regions: RegionMatcher;
  topics: Map<string, string>;
}

const KINDS = keyed<BookingKind>([
  ['face_to_face', 'face_to_face'], ['Tatap Muka', 'face_to_face'], ['Kunjungan', 'face_to_face'],
  ['video', 'video'], ['Video Conference', 'video'], ['Vicon', 'video'], ['Video Konferensi', 'video'],
]);
const STATUSES = keyed<BookingStatus>([
  ['requested', 'requested'], ['diajukan', 'requested'],
  ['approved', 'approved'], ['disetujui', 'approved'],
  ['rejected', 'rejected'], ['ditolak', 'rejected'],
  ['held', 'held'], ['terlaksana', 'held'], ['selesai', 'held'],
  ['no_show', 'no_show'], ['tidak hadir', 'no_show'],
  ['cancelled', 'cancelled'], ['canceled', 'cancelled'], ['dibatalkan', 'cancelled'], ['batal', 'cancelled'],
]);

/** A topic code where one matches, otherwise the words as given ("DAU PPPK"). */
const topicsOf = (text: string, topics: ReadonlyMap<string, string>): string[] =>
  [...new Set(text.split(';').map((p) => p.trim()).filter(Boolean).map((p) => topics.get(matchKey(p)) ?? p))];

/** The given region; without one, the visitor when it is exactly a region's name ("Kab. Bogor"). */
function regionCodeOf(cells: Cells, state: BookingState, visitor: string): string | null {
  const text = cells.text('region');
  if (text) return regionOf(state.regions, text, 'region').code;
  const guess = state.regions.match(visitor);
  return guess.status === 'matched' && !guess.approximate ? guess.region.code : null;
}

function parseBooking(cells: Cells, state: BookingState): BookingRow {
  const ref = cells.required('id');
  const kind = cells.code('kind', KINDS, { id: 'jenis kunjungan', en: 'booking kind' }, 'face_to_face (Tatap Muka), video (Video Conference)');
  if (!kind) throw new RowProblem('kind', '', 'wajib diisi (required)');
  const date = cells.date('date');
  if (!date) throw new RowProblem('date', '', 'wajib diisi (required)');
  const visitor = cells.required('visitor');
  return {
    ref, reference: `IMP-${ref}`, kind, date, visitor,
    start_time: cells.time('start_time'),
    region_code: regionCodeOf(cells, state, visitor),
    topics: topicsOf(cells.text('topics'), state.topics),
    guests: cells.integer('guests', 0, 100_000),
    status: cells.code('status', STATUSES, { id: 'status', en: 'status' }, 'requested, approved, rejected, held, no_show, cancelled') ?? 'requested',
    meeting_link: cells.optional('meeting_link'),
  };
}

const COLUMNS = {
  ref: 'text', reference: 'text', kind: 'text', date: 'date', start_time: 'text', visitor: 'text', region_code: 'text',
  topics: 'jsonb', guests: 'integer', status: 'text', meeting_link: 'text',
} as const;

/** docs/import.md, bookings: face-to-face visits and video conferences, referenced IMP-<id>. */
export const BOOKINGS: KindSpec<BookingRow, BookingState> = {
  required: ['id', 'kind', 'date', 'visitor'],
  idColumn: 'id',
  prepare: async (db) => ({ regions: await getRegionMatcher(db), topics: (await loadCodeTables(db)).topics }),
  parse: parseBooking,
  async write(trx, rows) {
    const { rows: upserted } = await sql<{ inserted: boolean }>`
      insert into bookings (reference, kind, date, start_time, visitor, region_code, topics, guests, status, meeting_link, source, external_ref)
      select x.reference, x.kind, x.date, x.start_time, x.visitor, x.region_code, x.topics, x.guests, x.status, x.meeting_link, 'import', x.ref
      from ${recordset(rows, COLUMNS)}
      on conflict (source, external_ref) where external_ref is not null do update set
        kind = excluded.kind, date = excluded.date, start_time = excluded.start_time, visitor = excluded.visitor,
        region_code = excluded.region_code, topics = excluded.topics, guests = excluded.guests, status = excluded.status,
        meeting_link = excluded.meeting_link, updated_at = now()
      returning (xmax = 0) as inserted`.execute(trx);
    return countUpserts(upserted);
  },
};
