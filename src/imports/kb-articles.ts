import { sql } from 'kysely';
import type { KbArticleStatus } from '../db/schema.ts';
import { SEARCH_CONFIG } from '../tickets/search.ts';
import { type Cells } from './cells.ts';
import { keyed, loadCodeTables } from './lookups.ts';
import { countUpserts, recordset, type KindSpec } from './spec.ts';

export interface KbArticleRow {
  ref: string;
  topic_code: string | null;
  question: string;
  answer: string;
  status: KbArticleStatus;
  flagged_at: Date | null;
  reviewed_at: Date | null;
}

const STATUSES = keyed<KbArticleStatus>([
  ['published', 'published'], ['terbit', 'published'], ['diterbitkan', 'published'],
  ['needs_review', 'needs_review'], ['perlu ditinjau', 'needs_review'], ['perlu review', 'needs_review'],
  ['reviewed', 'reviewed'], ['ditinjau', 'reviewed'], ['sudah ditinjau', 'reviewed'],
]);

function parseArticle(cells: Cells, topics: Map<string, string>): KbArticleRow {
  return {
    ref: cells.required('id'),
    topic_code: cells.code('topic', topics, { id: 'topik', en: 'topic' }, 'kode atau label topik, misalnya DBH, DAK Fisik, JF AKPD'),
    question: cells.required('question'),
    answer: cells.text('answer'),
    status: cells.code('status', STATUSES, { id: 'status', en: 'status' }, 'published, needs_review, reviewed') ?? 'published',
    flagged_at: cells.timestamp('flagged_at'),
    reviewed_at: cells.timestamp('reviewed_at'),
  };
}

const COLUMNS = {
  ref: 'text', topic_code: 'text', question: 'text', answer: 'text', status: 'text', flagged_at: 'timestamptz', reviewed_at: 'timestamptz',
} as const;

/** docs/import.md, kb_articles: knowledge-base answers and their review state, searchable like tickets. */
export const KB_ARTICLES: KindSpec<KbArticleRow, Map<string, string>> = {
  required: ['id', 'question'],
  idColumn: 'id',
  prepare: async (db) => (await loadCodeTables(db)).topics,
  parse: parseArticle,
  async write(trx, rows) {
    const { rows: upserted } = await sql<{ inserted: boolean }>`
      insert into kb_articles (topic_code, question, answer, status, flagged_at, reviewed_at, source, external_ref, search)
      select x.topic_code, x.question, x.answer, x.status, x.flagged_at, x.reviewed_at, 'import', x.ref,
        to_tsvector(${sql.lit(SEARCH_CONFIG)}, x.question || ' ' || x.answer)
      from ${recordset(rows, COLUMNS)}
      on conflict (source, external_ref) where external_ref is not null do update set
        topic_code = excluded.topic_code, question = excluded.question, answer = excluded.answer, status = excluded.status,
        flagged_at = excluded.flagged_at, reviewed_at = excluded.reviewed_at, search = excluded.search, updated_at = now()
      returning (xmax = 0) as inserted`.execute(trx);
    return countUpserts(upserted);
  },
};
