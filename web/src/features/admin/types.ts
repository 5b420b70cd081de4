// JSON shapes of the admin APIs, as the server's TypeBox schemas declare them.
import type { Role } from '../../lib/session.ts';

export interface TeamRef { id: number; code: string; name: string }

/** src/users/schemas.ts UserSchema */
export interface AdminUser {
  id: number;
  username: string;
  name: string;
  email: string | null;
  role: Role;
  team: TeamRef | null;
  active: boolean;
  can_login: boolean;
  created_at: string;
  last_login_at: string | null;
}

/** src/auth/routes.ts TokenSchema */
export interface ApiToken {
  id: number;
  user_id: number;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** src/directory/routes.ts TeamSchema */
export interface Team { id: number; code: string; name: string; unit_code: string; unit_name: string; active: boolean }
export type Unit = { code: string; name: string };
export type Topic = { code: string; label: string; kind: 'technical' | 'other'; description: string; sort_order: number; active: boolean };
// Code-table rows are type aliases so that they fit the generic editor's Record<string, unknown>.
export type UserCategory = { code: string; label: string; description: string; sort_order: number; active: boolean };
/** src/knowledge/reviewers.ts */
export interface TopicReviewers { topic_code: string; topic_label: string; teams: TeamRef[] }

export interface Holiday { date: string; name: string; kind: 'national' | 'cuti_bersama' }
/** Weekday "0" (Sunday) .. "6": open/close HH:MM Asia/Jakarta, or null when closed. */
export type ServiceHours = Record<string, { open: string; close: string } | null>;

export interface AuditRow {
  id: number;
  at: string;
  actor_user_id: number | null;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface WhatsAppTemplate { name: string; language: string; body: string }
/** The booking rules: one shape for the admin card and the bookings page. */
export type { BookingRules } from '../bookings/api.ts';
export interface PhoneExtension { extension: string; user_id: number; username: string; name: string; updated_at: string }
