import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { randomSecret, sha256 } from './secrets.ts';
import type { Actor } from './actor.ts';

type Db = Kysely<Database>;

export interface NewSession {
  /** The cookie value; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Db,
  userId: number,
  hours: number,
  client: { ip?: string; userAgent?: string | undefined },
): Promise<NewSession> {
  const token = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: expiresAt,
      ip: client.ip ?? null,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** The actor behind a session cookie, or undefined when it is unknown, expired or its user inactive. */
export async function actorFromSession(db: Db, token: string): Promise<Actor | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.csrf_token', 'users.id as user_id', 'users.username', 'users.name', 'users.role', 'users.team_id'])
    .where('sessions.id', '=', sha256(token))
    .where('sessions.expires_at', '>', new Date())
    .where('users.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    userId: row.user_id,
    username: row.username,
    name: row.name,
    role: row.role,
    teamId: row.team_id,
    via: 'session',
    sessionId: row.id,
    csrfToken: row.csrf_token,
  };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
}
