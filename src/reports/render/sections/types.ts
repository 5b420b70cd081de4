import type { ReportChart } from '../charts.ts';

/** How a cell is shown: counts and decimals in id-ID, shares as '81,58%', changes as '+16%'. */
export type CellKind = 'text' | 'integer' | 'decimal' | 'share' | 'percent' | 'change';

export interface Column {
  header: string;
  kind: CellKind;
  /** Relative width within the table. */
  width: number;
}

/** integer/decimal: the number; share: a fraction (0.8158); percent: whole percent (305.58); change: whole percent or null. */
export type Cell = string | number | null;

export interface SectionTable {
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Figures a chart of the same section already shows: kept in the XLSX, left off crowded slides and pages. */
  sheetOnly?: boolean;
}

export type SectionKey =
  | 'channels' | 'consultations' | 'technical_topics' | 'other_topics' | 'complaints' | 'user_categories'
  | 'top_regions' | 'service_hours' | 'whatsapp' | 'chatbot' | 'phone' | 'helpdesk' | 'livechat' | 'email'
  | 'video_conferences' | 'face_to_face' | 'broadcasts' | 'publications' | 'webinars' | 'website_visits'
  | 'social_media' | 'ppid' | 'employee_advocacy' | 'knowledge_base' | 'satisfaction' | 'layer2' | 'evaluation';

/** One slide, one PDF page, one sheet: built once from the report and shared by every renderer. */
export interface ReportSection {
  key: SectionKey;
  title: string;
  /** A worksheet name: at most 31 characters, none of []:*?/\ . */
  sheetName: string;
  /** The report's sentences for this section. */
  narrative: string[];
  /** Short fixed lines: rules, totals, or the empty-data message. */
  notes: string[];
  charts: ReportChart[];
  tables: SectionTable[];
  /** Shows region names or zones: the region data's attribution goes with it. */
  showsRegions: boolean;
  /** No figure at all for the month: shown with the empty-data message only. */
  empty: boolean;
}
