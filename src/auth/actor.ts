import type { Role } from '../db/schema.ts';

/** Who is making a request: a logged-in user (session cookie) or a script (API token). */
export interface Actor {
  userId: number;
  username: string;
  name: string;
  role: Role;
  teamId: number | null;
  via: 'session' | 'token';
  sessionId?: string;
  csrfToken?: string;
}

/** The audit log's view of who acted: a user, or the command line / system. */
export interface AuditActor {
  userId: number | null;
  label: string;
  ip?: string | null;
}

export const auditActorOf = (actor: Actor, ip?: string): AuditActor => ({ userId: actor.userId, label: actor.username, ip: ip ?? null });
export const CLI_ACTOR: AuditActor = { userId: null, label: 'cli' };
export const SYSTEM_ACTOR: AuditActor = { userId: null, label: 'system' };
