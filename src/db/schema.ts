import type { ColumnType, Generated } from 'kysely';

/** Table types. Each feature adds its tables here with its migration. */
/** A timestamp column; optional on insert when the table has a default. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** jsonb: read as parsed values, written as JSON text (see db/sql.ts json()). */
type Json = ColumnType<unknown, string, string>;

export type Role = 'admin' | 'supervisor' | 'agent' | 'l2';
export const ROLES: readonly Role[] = ['admin', 'supervisor', 'agent', 'l2'];

export interface RegionsTable {
  code: string;
  name: string;
  level: 'province' | 'regency';
  kind: 'provinsi' | 'kabupaten' | 'kota';
  province_code: string;
  zone: 'WIB' | 'WITA' | 'WIT';
  time_zone: string;
  administrative: Generated<boolean>;
}

export interface UserCategoriesTable {
  code: string;
  label: string;
  description: string;
  sort_order: Generated<number>;
  active: Generated<boolean>;
}

export interface TopicsTable {
  code: string;
  label: string;
  kind: 'technical' | 'other';
  description: string;
  sort_order: Generated<number>;
  active: Generated<boolean>;
}

export interface UnitsTable {
  code: string;
  name: string;
}

export interface TeamsTable {
  id: Generated<number>;
  code: string;
  name: string;
  unit_code: string;
  active: Generated<boolean>;
}

export interface HolidaysTable {
  date: string;
  name: string;
  kind: 'national' | 'cuti_bersama';
}

export interface SettingsTable {
  key: string;
  value: Json;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  name: string;
  email: string | null;
  role: Role;
  team_id: number | null;
  password_hash: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_login_at: NullableTimestamp;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  created_by: number | null;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_user_id: number | null;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json | null;
  after: Json | null;
  ip: string | null;
}

export type Channel = 'whatsapp' | 'email' | 'phone' | 'helpdesk' | 'livechat';
export const CHANNELS: readonly Channel[] = ['whatsapp', 'email', 'phone', 'helpdesk', 'livechat'];
export type TicketStatus = 'open' | 'pending' | 'escalated' | 'resolved' | 'closed';
export const TICKET_STATUSES: readonly TicketStatus[] = ['open', 'pending', 'escalated', 'resolved', 'closed'];
export type Zone = 'WIB' | 'WITA' | 'WIT';
export type MessageDirection = 'inbound' | 'outbound' | 'internal';
export type DeliveryStatus = 'queued' | 'sent' | 'delivered' | 'read' | 'failed';

export interface ContactsTable {
  id: Generated<number>;
  name: Generated<string>;
  institution: string | null;
  region_code: string | null;
  user_category: string | null;
  merged_into: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ContactIdentitiesTable {
  kind: 'phone' | 'email';
  value: string;
  contact_id: number;
  undeliverable: Generated<boolean>;
  created_at: Timestamp;
}

export interface TicketsTable {
  id: Generated<number>;
  number: Generated<number>;
  channel: Channel;
  contact_id: number;
  subject: Generated<string>;
  status: Generated<TicketStatus>;
  assignee_id: number | null;
  team_id: number | null;
  user_category: string | null;
  region_code: string | null;
  zone: Zone | null;
  inside_service_hours: boolean;
  complaint: Generated<boolean>;
  spam: Generated<boolean>;
  source: Generated<string>;
  external_ref: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_message_at: Timestamp;
  last_inbound_at: NullableTimestamp;
  first_response_at: NullableTimestamp;
  resolved_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  search: ColumnType<string, string | undefined, string>;
}

export interface TicketTopicsTable {
  ticket_id: number;
  topic_code: string;
}

export interface MessagesTable {
  id: Generated<number>;
  ticket_id: number;
  direction: MessageDirection;
  kind: Generated<string>;
  body: Generated<string>;
  author_user_id: number | null;
  author_label: string | null;
  external_id: string | null;
  delivery_status: DeliveryStatus | null;
  delivery_error: Json | null;
  metadata: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Timestamp;
}

export interface AttachmentsTable {
  id: Generated<number>;
  message_id: number;
  filename: string;
  mime_type: string;
  size_bytes: number;
  sha256: string | null;
  storage_key: string;
  /** The file itself, kept in the database so that every instance can serve it. */
  content: Buffer | null;
  created_at: Timestamp;
}

export interface EscalationsTable {
  id: Generated<number>;
  ticket_id: number;
  team_id: number;
  escalated_by: number | null;
  escalated_at: Timestamp;
  note: Generated<string>;
  status: Generated<'open' | 'answered' | 'returned'>;
  answered_at: NullableTimestamp;
  answered_by: number | null;
  answer_message_id: number | null;
}

export interface CannedResponsesTable {
  id: Generated<number>;
  title: string;
  body: string;
  topic_code: string | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AgentPresenceTable {
  user_id: number;
  available: Generated<boolean>;
  last_assigned_at: NullableTimestamp;
  updated_at: Timestamp;
}

export interface WhatsappInboundTable {
  wamid: string;
  wa_id: string;
  received_at: Timestamp;
}

export interface Database {
  regions: RegionsTable;
  user_categories: UserCategoriesTable;
  topics: TopicsTable;
  units: UnitsTable;
  teams: TeamsTable;
  holidays: HolidaysTable;
  settings: SettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  contacts: ContactsTable;
  contact_identities: ContactIdentitiesTable;
  tickets: TicketsTable;
  ticket_topics: TicketTopicsTable;
  messages: MessagesTable;
  attachments: AttachmentsTable;
  escalations: EscalationsTable;
  canned_responses: CannedResponsesTable;
  agent_presence: AgentPresenceTable;
  whatsapp_inbound: WhatsappInboundTable;
  outbox: OutboxTable;
  chatbot_flows: ChatbotFlowsTable;
  chatbot_sessions: ChatbotSessionsTable;
  csat_ratings: CsatRatingsTable;
  bookings: BookingsTable;
  broadcasts: BroadcastsTable;
  outreach_figures: OutreachFiguresTable;
  outreach_items: OutreachItemsTable;
  kb_articles: KbArticlesTable;
  report_notes: ReportNotesTable;
  import_runs: ImportRunsTable;
  kb_article_versions: KbArticleVersionsTable;
  kb_flags: KbFlagsTable;
  topic_reviewers: TopicReviewersTable;
  survey_requests: SurveyRequestsTable;
}

export type OutboxStatus = 'pending' | 'running' | 'done' | 'failed';

export interface OutboxTable {
  id: Generated<number>;
  type: string;
  payload: Json;
  status: Generated<OutboxStatus>;
  /** How many times a run started (a crash while running counts too). */
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_at: Timestamp;
  locked_until: NullableTimestamp;
  locked_by: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  ordering_key: string | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface ChatbotFlowsTable {
  id: Generated<number>;
  version: number;
  definition: Json;
  active: Generated<boolean>;
  updated_by: number | null;
  updated_at: Timestamp;
}

export type ChatbotEndReason = 'handoff' | 'idle' | 'completed';

export interface ChatbotSessionsTable {
  id: Generated<number>;
  channel: 'whatsapp';
  /** The normalised phone (E.164) for WhatsApp. */
  contact_key: string;
  contact_id: number | null;
  started_at: Timestamp;
  last_activity_at: Timestamp;
  state: ColumnType<unknown, string | undefined, string>;
  registration_complete: Generated<boolean>;
  /** The report label of the first top-level item chosen; null until chosen. */
  menu: string | null;
  /** Titles of the items chosen, in order. */
  menu_path: ColumnType<string[], string | undefined, string>;
  handed_to_agent: Generated<boolean>;
  ticket_id: number | null;
  ended_at: NullableTimestamp;
  end_reason: ChatbotEndReason | null;
  name: string | null;
  region_code: string | null;
  institution: string | null;
  email: string | null;
  question: string | null;
  flow_version: number | null;
  source: Generated<string>;
  external_ref: string | null;
}

/** jsonb holding an array of strings (topics, names, links). */
type JsonStrings = ColumnType<string[], string | undefined, string>;

export interface CsatRatingsTable {
  id: Generated<number>;
  ticket_id: number;
  agent_id: number | null;
  contact_id: number | null;
  /** Kepuasan Layanan, 1-5. */
  service: number;
  /** Substansi Jawaban, 1-5. */
  substance: number;
  comment: string | null;
  rated_at: Timestamp;
  source: Generated<string>;
}

export type BookingKind = 'face_to_face' | 'video';
export type BookingStatus = 'requested' | 'approved' | 'rejected' | 'held' | 'no_show' | 'cancelled';
export const BOOKING_STATUSES: readonly BookingStatus[] = ['requested', 'approved', 'rejected', 'held', 'no_show', 'cancelled'];

export interface BookingsTable {
  id: Generated<number>;
  reference: string;
  kind: BookingKind;
  /** The visit's day, YYYY-MM-DD (Asia/Jakarta). */
  date: string;
  /** HH:MM, Asia/Jakarta; null when unknown (imported history). */
  start_time: string | null;
  /** The institution or region visiting ("Kab. Bogor", "Bank BJB"). */
  visitor: string;
  region_code: string | null;
  contact_id: number | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  /** Topic codes where known, otherwise the words as given ("DAU PPPK"). */
  topics: JsonStrings;
  guests: number | null;
  guest_names: JsonStrings;
  actual_guests: number | null;
  status: Generated<BookingStatus>;
  meeting_link: string | null;
  notes: string | null;
  decided_by: number | null;
  decided_at: NullableTimestamp;
  source: Generated<string>;
  external_ref: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type BroadcastChannel = 'email' | 'whatsapp';
export type BroadcastStatus = 'draft' | 'scheduled' | 'sending' | 'sent' | 'cancelled';

export interface BroadcastsTable {
  id: Generated<number>;
  channel: BroadcastChannel;
  subject: string;
  body: Generated<string>;
  status: Generated<BroadcastStatus>;
  scheduled_at: NullableTimestamp;
  sent_at: NullableTimestamp;
  recipients: Generated<number>;
  created_by: number | null;
  source: Generated<string>;
  external_ref: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OutreachFiguresTable {
  month: string;
  metric: string;
  value: number;
  updated_by: number | null;
  updated_at: Timestamp;
}

export interface OutreachItemsTable {
  id: Generated<number>;
  month: string;
  /** publications, webinars, top_pages, ppid_topics, ... */
  list: string;
  date: string | null;
  title: string;
  type: Generated<string>;
  updated_at: Timestamp;
}

export type KbArticleStatus = 'draft' | 'published' | 'needs_review' | 'reviewed' | 'archived';

export interface KbArticlesTable {
  id: Generated<number>;
  topic_code: string | null;
  question: string;
  answer: Generated<string>;
  links: JsonStrings;
  status: Generated<KbArticleStatus>;
  version: Generated<number>;
  flagged_at: NullableTimestamp;
  flagged_by: number | null;
  flag_note: string | null;
  reviewed_at: NullableTimestamp;
  reviewed_by: number | null;
  source: Generated<string>;
  external_ref: string | null;
  search: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReportNotesTable {
  month: string;
  evaluation: Generated<string>;
  updated_by: number | null;
  updated_at: Timestamp;
}

export interface ImportRunsTable {
  id: Generated<number>;
  kind: string;
  filename: string;
  status: Generated<'running' | 'done' | 'failed'>;
  read: Generated<number>;
  inserted: Generated<number>;
  updated: Generated<number>;
  rejected: Generated<number>;
  rejected_csv: string | null;
  summary: Json | null;
  error: string | null;
  started_by: number | null;
  started_at: Timestamp;
  finished_at: NullableTimestamp;
}

export type SurveyDelivery = 'queued' | 'sent' | 'failed' | 'none';
export type SurveyStep = 'service' | 'substance' | 'comment' | 'done';

/** The satisfaction survey of a ticket's latest resolution (migration 0010). */
export interface SurveyRequestsTable {
  id: Generated<number>;
  ticket_id: number;
  channel: Channel;
  contact_id: number | null;
  /** The agent assigned when the ticket was resolved: the rating is theirs. */
  agent_id: number | null;
  /** Random per resolution; the signed link covers it, so older links stop working. */
  nonce: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  delivery: Generated<SurveyDelivery>;
  delivery_error: string | null;
  sent_at: NullableTimestamp;
  /** What the WhatsApp dialogue waits for. */
  step: Generated<SurveyStep>;
  step_at: Timestamp;
  /** The requester wrote something else meanwhile: typed digits no longer count as scores. */
  interrupted: Generated<boolean>;
  service: number | null;
  substance: number | null;
  answered_at: NullableTimestamp;
}

export type KbVersionChange = 'create' | 'edit' | 'flag' | 'review' | 'reject' | 'archive' | 'import';
export type KbFlagStatus = 'open' | 'accepted' | 'rejected';

/** Every state of a knowledge-base article, one row per change (migration 0011). */
export interface KbArticleVersionsTable {
  article_id: number;
  version: number;
  change: KbVersionChange;
  note: string | null;
  topic_code: string | null;
  question: string;
  answer: string;
  links: ColumnType<unknown, string | undefined, string>;
  status: KbArticleStatus;
  changed_by: number | null;
  changed_at: Timestamp;
}

/** A request to correct an article; open until the topic's reviewers accept or reject it. */
export interface KbFlagsTable {
  id: Generated<number>;
  article_id: number;
  note: string;
  flagged_by: number | null;
  flagged_at: Timestamp;
  status: Generated<KbFlagStatus>;
  resolved_by: number | null;
  resolved_at: NullableTimestamp;
  resolution_note: string | null;
}

/** The Layer 2 teams that review the articles of a topic. */
export interface TopicReviewersTable {
  topic_code: string;
  team_id: number;
}

/** Columns migration 0012 adds to broadcasts (merged into BroadcastsTable above). */
export interface BroadcastsTable {
  /** WhatsApp: an approved template (name, language, body parameters); null for email. */
  template_name: string | null;
  template_language: string | null;
  template_parameters: JsonStrings;
  /** Who receives it: contacts by filters, or an uploaded list (see broadcasts/audience.ts). */
  audience: Json | null;
  /** Candidates, duplicates and skipped addresses, written when the audience is resolved. */
  audience_summary: Json | null;
  audience_resolved_at: NullableTimestamp;
  /** When every recipient reached a final status (status 'sent'). */
  completed_at: NullableTimestamp;
  updated_by: number | null;
}

export type BroadcastRecipientStatus = 'queued' | 'sent' | 'delivered' | 'read' | 'failed' | 'skipped_opt_out';
export const BROADCAST_RECIPIENT_STATUSES: readonly BroadcastRecipientStatus[] = ['queued', 'sent', 'delivered', 'read', 'failed', 'skipped_opt_out'];

/** One address of one blast (migration 0012). */
export interface BroadcastRecipientsTable {
  id: Generated<number>;
  broadcast_id: number;
  contact_id: number | null;
  /** E.164 phone (WhatsApp) or lower-case email. */
  address: string;
  name: Generated<string>;
  status: Generated<BroadcastRecipientStatus>;
  error: string | null;
  /** The WhatsApp wamid or the email Message-ID (without brackets). */
  external_id: string | null;
  sent_at: NullableTimestamp;
  delivered_at: NullableTimestamp;
  read_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An address that asked to receive no more blasts (migration 0012). */
export interface OptOutsTable {
  kind: 'phone' | 'email';
  value: string;
  /** Where the request came from: whatsapp (keyword), email (unsubscribe link), console. */
  channel: string;
  at: Timestamp;
  /** Details: the keyword, the broadcast whose link was used, the user who entered it. */
  source: Generated<string>;
}

/** Tables of migration 0012 (merged into Database above). */
export interface Database {
  broadcast_recipients: BroadcastRecipientsTable;
  opt_outs: OptOutsTable;
}

// Tables of bookings (0012): filled in by that work (declaration merging into Database).
/** Column added by migration 0012 (merged into BookingsTable above). */
export interface BookingsTable {
  /** Why staff rejected or cancelled the booking; shown to the requester. */
  reason: string | null;
}

// Tables of helpdesk (0013): filled in by that work (declaration merging into Database).

// Tables of phone (0014): filled in by that work (declaration merging into Database).

export type CallStatus = 'ringing' | 'answered' | 'draft' | 'completed' | 'missed';
export const CALL_STATUSES: readonly CallStatus[] = ['ringing', 'answered', 'draft', 'completed', 'missed'];
export type CallEventKind = 'ringing' | 'answered' | 'ended';

/** An agent's desk phone on the PBX (one each). */
export interface PhoneExtensionsTable {
  extension: string;
  user_id: number;
  updated_at: Timestamp;
}

/** A phone call: logged by an agent (manual) or followed from the PBX's events (pbx). */
export interface CallsTable {
  id: Generated<number>;
  source: 'pbx' | 'manual';
  pbx_call_id: string | null;
  direction: Generated<'in' | 'out'>;
  status: CallStatus;
  /** The number as the PBX or the agent gave it; caller_phone is its E.164 form when it is one. */
  caller_number: string | null;
  caller_phone: string | null;
  contact_id: number | null;
  extension: string | null;
  agent_id: number | null;
  ringing_at: NullableTimestamp;
  answered_at: NullableTimestamp;
  ended_at: NullableTimestamp;
  duration_seconds: number | null;
  ticket_id: number | null;
  completed_by: number | null;
  completed_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A PBX event as received (one per call and kind). */
export interface CallEventsTable {
  id: Generated<number>;
  call_id: number;
  kind: CallEventKind;
  at: Timestamp;
  caller_number: string | null;
  extension: string | null;
  received_at: Timestamp;
}

export interface Database {
  phone_extensions: PhoneExtensionsTable;
  calls: CallsTable;
  call_events: CallEventsTable;
}

// Tables of livechat (0015): filled in by that work (declaration merging into Database).

/** A browser that filled in the live-chat pre-chat form (migration 0015). */
export interface LivechatVisitorsTable {
  /** Random; named by the signed token the widget keeps in localStorage. */
  id: string;
  name: string;
  email: string;
  institution: string;
  region_code: string | null;
  contact_id: number | null;
  /** The visitor's current conversation: a livechat ticket, or a helpdesk ticket when agents were away. */
  ticket_id: number | null;
  /** The site the widget ran on. */
  origin: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

/** A spam challenge already answered: each one starts one chat (migration 0015). */
export interface LivechatChallengesTable {
  nonce: string;
  expires_at: Timestamp;
}

export interface Database {
  livechat_visitors: LivechatVisitorsTable;
  livechat_challenges: LivechatChallengesTable;
}
