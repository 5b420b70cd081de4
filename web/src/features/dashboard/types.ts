// The shape of GET /api/dashboard (src/dashboard/routes.ts, figures.ts).

export const CHANNELS = ['whatsapp', 'email', 'phone', 'helpdesk', 'livechat'] as const;
export type Channel = (typeof CHANNELS)[number];
export const STATUSES = ['open', 'pending', 'escalated', 'resolved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export const ZONE_KEYS = ['WIB', 'WITA', 'WIT', 'unidentified'] as const;
export type ZoneKey = (typeof ZONE_KEYS)[number];
export type Period = 'today' | 'month';

export interface TeamScore {
  team_id: number;
  team: string;
  team_code: string;
  unit: string;
  count: number;
  share: number;
  score: number | null;
  pending: number;
  mean_working_days: number | null;
}

export interface AgentRating {
  agent: string;
  name: string;
  ratings: number;
  raters: number;
  service: number | null;
  substance: number | null;
  score: number | null;
  meets_minimum: boolean;
}

export interface Dashboard {
  period: Period;
  month: string;
  generated_at: string;
  from: string;
  to: string;
  tickets: { total: number; by_channel: Record<Channel, number>; by_status: Record<Status, number> };
  queue: { open: number; pending: number; escalated: number };
  first_response: { answered: number; waiting: number; median_minutes: number | null; average_minutes: number | null };
  service_hours: { inside: Record<ZoneKey, number>; outside: Record<ZoneKey, number> };
  timeline: { bucket: string; count: number }[];
  l2_scores: TeamScore[];
  ratings: { minimum: { ratings: number; raters: number }; agents: AgentRating[] };
}
