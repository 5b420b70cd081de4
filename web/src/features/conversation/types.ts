// JSON shapes of the APIs the conversation uses (src/tickets/detail.ts, src/contacts/routes.ts, ...).

export type Channel = 'whatsapp' | 'email' | 'phone' | 'helpdesk' | 'livechat';
export type TicketStatus = 'open' | 'pending' | 'escalated' | 'resolved' | 'closed';
export type DeliveryStatus = 'queued' | 'sent' | 'delivered' | 'read' | 'failed';

export interface Attachment {
  id: number;
  filename: string;
  mime_type: string;
  size_bytes: number;
  url: string;
}

export interface Message {
  id: number;
  direction: 'inbound' | 'outbound' | 'internal';
  /** text, template, escalation, l2_answer, l2_question, image, document, ... */
  kind: string;
  body: string;
  created_at: string;
  delivery_status: DeliveryStatus | null;
  delivery_error: { code?: number | string | null; message?: string; details?: string | null } | null;
  metadata: unknown;
  author: string | null;
  author_name: string | null;
  attachments: Attachment[];
}

export interface Person {
  id: number;
  username: string;
  name: string;
}

export interface Escalation {
  id: number;
  team_id: number;
  team_code: string;
  team_name: string;
  escalated_at: string;
  note: string;
  status: 'open' | 'answered' | 'returned';
  answered_at: string | null;
  score: number | null;
}

export interface Requester {
  id: number;
  name: string;
  phone: string | null;
  email: string | null;
  phones: string[];
  emails: string[];
  institution: string | null;
  region_code: string | null;
  user_category: string | null;
}

export interface TicketDetail {
  id: number;
  number: number;
  channel: Channel;
  subject: string;
  status: TicketStatus;
  user_category: string | null;
  region_code: string | null;
  zone: string | null;
  complaint: boolean;
  spam: boolean;
  created_at: string;
  last_inbound_at: string | null;
  requester: Requester;
  topics: string[];
  assignee: Person | null;
  team: { id: number; code: string; name: string } | null;
  messages: Message[];
  escalations: Escalation[];
  reply_window_expires_at: string | null;
}

export interface ContactTicket {
  id: number;
  number: number;
  channel: Channel;
  status: TicketStatus;
  subject: string;
  created_at: string;
}

export interface Topic { code: string; label: string; kind: string; description: string; active: boolean }
export interface UserCategory { code: string; label: string; active: boolean }
export interface Team { id: number; code: string; name: string; unit_name: string; active: boolean }
export interface Region { code: string; name: string; level: 'province' | 'regency'; province_code: string; zone: string }
export interface Assignee { id: number; username: string; name: string; role: string; available: boolean }
export interface CannedResponse { id: number; title: string; body: string; topic_code: string | null }
export interface ApprovedTemplate { name: string; language: string; body: string }

export interface KnowledgeHit {
  id: number;
  topic_label: string | null;
  question: string;
  answer: string;
  links: { title: string; url?: string }[];
  question_highlight: string;
  answer_highlight: string;
}
