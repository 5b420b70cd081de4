// The kinds of docs/import.md (src/imports/run.ts IMPORT_KINDS) with their columns; required ones first.

export type ImportKind = 'tickets' | 'chatbot_sessions' | 'bookings' | 'broadcasts' | 'outreach' | 'kb_articles';

export interface KindColumns {
  kind: ImportKind;
  required: string[];
  optional: string[];
}

export const IMPORT_KINDS: KindColumns[] = [
  {
    kind: 'tickets', required: ['id', 'created_at', 'channel'],
    optional: ['requester_name', 'requester_email', 'requester_phone', 'region', 'institution', 'user_category', 'topics', 'agent', 'status', 'first_response_at', 'resolved_at', 'escalated_team', 'escalated_at', 'l2_answered_at', 'complaint', 'subject', 'csat_service', 'csat_substance'],
  },
  { kind: 'chatbot_sessions', required: ['id', 'started_at'], optional: ['phone', 'name', 'region', 'institution', 'email', 'menu', 'handed_to_agent'] },
  { kind: 'bookings', required: ['id', 'kind', 'date', 'visitor'], optional: ['start_time', 'region', 'topics', 'guests', 'status', 'meeting_link'] },
  { kind: 'broadcasts', required: ['id', 'channel', 'subject'], optional: ['sent_at', 'recipients'] },
  { kind: 'outreach', required: ['month'], optional: ['metric', 'value', 'list', 'date', 'title', 'type'] },
  { kind: 'kb_articles', required: ['id', 'question'], optional: ['topic', 'answer', 'status', 'flagged_at', 'reviewed_at'] },
];

/** src/imports/schemas.ts ImportRunSchema */
export interface ImportRun {
  id: number;
  kind: string;
  filename: string;
  status: 'running' | 'done' | 'failed';
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
  summary: {
    kind: string; file: string; read: number; inserted: number; updated: number; rejected: number;
    rejectedFile: string | null; createdAgents: string[]; createdTeams: string[];
  } | null;
  error: string | null;
  started_by: number | null;
  started_at: string;
  finished_at: string | null;
}

export const runKeys = {
  list: ['imports', 'runs'] as const,
  run: (id: number) => ['imports', 'runs', id] as const,
};
