import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { SYSTEM_ACTOR, type AuditActor } from '../auth/actor.ts';
import { AppError } from '../platform/errors.ts';
import { columnName } from './cells.ts';
import { openSource, type Source } from './source.ts';
import { RejectedWriter, rejectedPathOf } from './rejected.ts';
import { importRows, type ImportCounts } from './rows.ts';
import { KIND_SPECS } from './kinds.ts';
import type { AnyKindSpec, ImportContext } from './spec.ts';

export type ImportKind = 'tickets' | 'chatbot_sessions' | 'bookings' | 'broadcasts' | 'outreach' | 'kb_articles';
export const IMPORT_KINDS: readonly ImportKind[] = ['tickets', 'chatbot_sessions', 'bookings', 'broadcasts', 'outreach', 'kb_articles'];

export interface ImportProgress {
  rows: number;
  bytes: number;
  totalBytes: number;
}

export interface ImportSummary {
  kind: ImportKind;
  file: string;
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
  rejectedFile: string | null;
  createdAgents: string[];
  createdTeams: string[];
}

export type { ImportCounts } from './rows.ts';

export interface ImportOptions {
  actor?: AuditActor;
  onProgress?: (p: ImportProgress) => void;
  /** Rows per transaction (default 1000). */
  batchSize?: number;
  /** Where the rejected rows go (default: FILE.rejected.csv beside the input). */
  rejectedPath?: string;
  /** Called after every committed batch with the counts so far (the API stores them on the import run). */
  onBatch?: (counts: ImportCounts) => void | Promise<void>;
}

export const DEFAULT_BATCH_SIZE = 1000;

export const isImportKind = (value: string): value is ImportKind => (IMPORT_KINDS as readonly string[]).includes(value);

function specOf(kind: string): AnyKindSpec {
  if (!isImportKind(kind)) {
    throw new AppError('validation', `Jenis impor tidak dikenal: ${kind}. Gunakan ${IMPORT_KINDS.join(', ')} (unknown import kind)`);
  }
  return KIND_SPECS[kind];
}

/** A missing required column is fatal, and named. */
function checkHeader(spec: AnyKindSpec, source: Source): void {
  const columns = new Set(source.header.map(columnName).filter(Boolean));
  const missing = spec.required.filter((column) => !columns.has(column));
  if (missing.length) {
    throw new AppError('validation', `Kolom wajib tidak ada: ${missing.join(', ')} (missing required column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')})`,
      missing.map((column) => ({ field: column, message: 'kolom wajib (required column)' })));
  }
  const problem = spec.checkHeader?.(columns);
  if (problem) throw new AppError('validation', problem);
}

/**
 * Imports a CSV or XLSX file of one kind (docs/import.md): streams the rows, rejects bad
 * ones into FILE.rejected.csv with their reasons, and writes the good ones in batches, each
 * in its own transaction, so that an interrupted import can simply be run again. A row whose
 * id was imported before updates its record. read = inserted + updated + rejected.
 */
export async function runImport(db: Kysely<Database>, kind: ImportKind, filePath: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const spec = specOf(kind);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new AppError('validation', `Ukuran batch tidak valid: ${batchSize} (batch size must be a whole number >= 1)`);
  const source = await openSource(filePath);
  try {
    checkHeader(spec, source);
    const state = await spec.prepare(db);
    const rejected = await RejectedWriter.create(options.rejectedPath ?? rejectedPathOf(filePath), source.header, source);
    const context: ImportContext = { actor: options.actor ?? SYSTEM_ACTOR, createdAgents: [], createdTeams: [] };
    let counts: ImportCounts;
    try {
      counts = await importRows({ db, spec, state, context, source, rejected, batchSize, onProgress: options.onProgress, onBatch: options.onBatch });
    } finally {
      await rejected.close();
    }
    return {
      kind, file: filePath, ...counts,
      rejectedFile: counts.rejected ? rejected.path : null,
      createdAgents: context.createdAgents, createdTeams: context.createdTeams,
    };
  } finally {
    source.close();
  }
}
