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
}
