// The shapes of GET /api/escalations/queue (src/tickets/l2-queue.ts), GET /api/l2/scores
// (src/tickets/scores.ts) and GET /api/teams (src/directory/routes.ts).
export type { TeamScore } from '../dashboard/types.ts';

export interface QueueItem {
  id: number;
  ticket_id: number;
  ticket_number: number;
  ticket_status: string;
  channel: string;
  subject: string;
  team_id: number;
  team_code: string;
  team_name: string;
  note: string;
  status: 'open' | 'answered' | 'returned';
  escalated_at: string;
  answered_at: string | null;
  escalated_by: string | null;
  requester_name: string;
  requester_institution: string | null;
  region_code: string | null;
  question: string | null;
  /** null while unanswered and H+3 has not passed. */
  score: 120 | 100 | 80 | null;
  workingDays: number | null;
  pending: boolean;
  /** H+3 (YYYY-MM-DD): the last day that still earns 100. */
  dueBy: string;
}

export interface Team {
  id: number;
  code: string;
  name: string;
  unit_code: string;
  unit_name: string;
  active: boolean;
}
