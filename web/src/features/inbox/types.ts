// The shapes of GET /api/tickets and GET /api/tickets/counts (src/tickets/schemas.ts, inbox.ts).

export const CHANNELS = ['whatsapp', 'email', 'phone', 'helpdesk', 'livechat'] as const;
export type Channel = (typeof CHANNELS)[number];

export const STATUSES = ['open', 'pending', 'escalated', 'resolved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

export const ZONES = ['WIB', 'WITA', 'WIT', 'none'] as const;
export type ZoneFilter = (typeof ZONES)[number];

export interface Person {
  id: number;
  username: string;
  name: string;
}

export interface Requester {
  name: string;
  phone: string | null;
  email: string | null;
  region_code: string | null;
  institution: string | null;
  user_category: string | null;
}

export interface TicketListItem {
  id: number;
  number: number;
  channel: string;
  status: string;
  subject: string;
  created_at: string;
  last_message_at: string;
  last_inbound_at: string | null;
  first_response_at: string | null;
  requester: Requester | null;
  topics: string[];
  assignee: Person | null;
  team_id: number | null;
  zone: string | null;
  region_code: string | null;
  user_category: string | null;
  complaint: boolean;
  spam: boolean;
}

export interface TicketPage {
  items: TicketListItem[];
  sort: string;
  next_cursor: string | null;
}

export type TicketCounts = Record<Status | 'total', number> & { at_least: Status[] };

export interface Topic {
  code: string;
  label: string;
  kind: string;
  active: boolean;
}

export interface Team {
  id: number;
  code: string;
  name: string;
  unit_name: string;
  active: boolean;
}

/** GET /api/assignees: who tickets can be assigned to. */
export interface Assignee {
  id: number;
  username: string;
  name: string;
  role: string;
  available: boolean;
}
