import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AuditActor } from '../auth/actor.ts';
import type { Cells } from './cells.ts';

export type Db = Kysely<Database>;

/** What one import run shares between its batches: who runs it and what it created. */
export interface ImportContext {
  actor: AuditActor;
  createdAgents: string[];
  createdTeams: string[];
}

export interface WriteCounts {
  inserted: number;
  updated: number;
}

/**
 * One kind of import file (docs/import.md): its header, how a row is read (throwing a
 * RowProblem for a bad one) and how a batch of good rows is written, set-based, inside
 * the batch's transaction.
 */
export interface KindSpec<Row, State> {
  /** Header columns without which the file cannot be imported. */
  required: readonly string[];
  /** A further header rule (outreach: figure or list columns); the message when broken. */
  checkHeader?(columns: ReadonlySet<string>): string | null;
  /** The column that identifies a record across imports; a repeated value in one file is rejected. */
  idColumn: string | null;
  prepare(db: Db): Promise<State>;
  parse(cells: Cells, state: State): Row;
  /** Rows with the same key go to different batches: one statement cannot update a record twice. */
  batchKey?(row: Row): string;
  write(trx: Db, rows: Row[], state: State, context: ImportContext): Promise<WriteCounts>;
}

export type AnyKindSpec = KindSpec<unknown, unknown>;

/** The registry holds kinds of different row types; the runner only passes rows back to their own kind. */
export const anyKind = <Row, State>(spec: KindSpec<Row, State>): AnyKindSpec => spec;

/**
 * `json_to_recordset(...) as x(...)`: a whole batch reaches the database as one JSON
 * parameter, the same on PostgreSQL and PGlite (json, not jsonb: read once, no need to
 * convert). Column names and types come from code only.
 */
export function recordset(rows: readonly object[], columns: Readonly<Record<string, string>>): RawBuilder<unknown> {
  const definition = Object.entries(columns).map(([name, type]) => `${name} ${type}`).join(', ');
  return sql`json_to_recordset(${JSON.stringify(rows)}::json) as x(${sql.raw(definition)})`;
}

/** A JSON array parameter of ids, for `where id in (select ... from json_array_elements_text(...))`. */
export const idList = (ids: readonly (number | string)[]): RawBuilder<unknown> =>
  sql`(select value::bigint from json_array_elements_text(${JSON.stringify(ids)}::json))`;

/** A JSON array parameter of texts, for `where ref in ...`. */
export const textList = (values: readonly string[]): RawBuilder<unknown> =>
  sql`(select value from json_array_elements_text(${JSON.stringify(values)}::json))`;

/** Counts `returning (xmax = 0) as inserted` rows of an upsert: a fresh row has no xmax. */
export function countUpserts(rows: readonly { inserted: boolean }[]): WriteCounts {
  const inserted = rows.filter((row) => row.inserted).length;
  return { inserted, updated: rows.length - inserted };
}
